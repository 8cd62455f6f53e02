// wasmtime-tiers: the categories of the tier tables, and every spelling Wasmtime has used for them.
#ifndef WASMTIME_TIERS_CATEGORY_HPP
#define WASMTIME_TIERS_CATEGORY_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <cstddef>
#include <string_view>

#include <wasmtime_tiers/detail/encoding.hpp>
#include <wasmtime_tiers/detail/text.hpp>
#include <wasmtime_tiers/generated/category_spellings.hpp>

namespace wasmtime_tiers {

// category: what kind of thing an entity is. Each category is also the C++ namespace of its tag
// types (see namespace_of).
enum class category : unsigned char {
  target,        // namespace target:  compile targets ("Target", "Cranelift Target")
  backend,       // namespace backend: compilers and execution backends
  wasm_proposal, // namespace wasm:    WebAssembly proposals
  wasi_proposal, // namespace wasi:    WASI proposals, without their "wasi-" prefix
  embedding_api, // namespace api:     embedding APIs (Rust, C, C++)
  misc,          // namespace misc:    the document's "*misc*" rows
};

inline constexpr std::size_t category_count = 6;

// namespace_of(c): the namespace of the tag types of category c.
constexpr std::string_view namespace_of(category c) noexcept {
  constexpr detail::literal names[] = {"target", "backend", "wasm", "wasi", "api", "misc"};
  return names[static_cast<std::size_t>(c)];
}

// to_string(c): the category in words, as diagnostics and the command-line tool print it.
constexpr std::string_view to_string(category c) noexcept {
  constexpr detail::literal names[] = {"target",        "compiler backend", "WebAssembly proposal",
                                       "WASI proposal", "embedding API",    "misc"};
  return names[static_cast<std::size_t>(c)];
}

// category_spelling: one way a release's text writes a category, in a tier table's "Category"
// column or before the colon of an item of the "Unsupported features and platforms" list. The
// library's own generation refuses a spelling that is not here; the tables store an index into
// this list, so new spellings are appended, never inserted. A release added after the library
// (`gen --add-release`) may spell a known category anew: its generated headers append that
// spelling here (WASMTIME_TIERS_DETAIL_ADDED_CATEGORY_SPELLINGS, empty in the library's own).
struct category_spelling {
  detail::literal text;
  category of;
};

// clang-format off
inline constexpr category_spelling category_spellings[] = {
  {"Target",               category::target},
  {"Cranelift Target",     category::target},
  {"Compiler Backend",     category::backend},
  {"Compiler",             category::backend},
  {"Execution Backend",    category::backend},
  {"WebAssembly Proposal", category::wasm_proposal},
  {"WebAssembly proposal", category::wasm_proposal},
  {"WASI Proposal",        category::wasi_proposal},
  {"WASI proposal",        category::wasi_proposal},
  {"Embedding API",        category::embedding_api},
  {"misc",                 category::misc},
  WASMTIME_TIERS_DETAIL_ADDED_CATEGORY_SPELLINGS
};
// clang-format on

// identifier_of(c, name): the C++ name of an entity's tag type within its category's namespace.
// The rule: a WASI proposal loses its "wasi-" or "wasi_" prefix; '+' becomes 'p'; letters are
// lowered; every run of other characters becomes one '_' (none at either end); a leading digit
// gets an 'n' before it; a C++ keyword (or "host") gets a trailing '_'.
constexpr detail::text<96> identifier_of(category c, std::string_view name) noexcept {
  if (c == category::wasi_proposal && name.size() > 5 &&
      (name.substr(0, 5) == "wasi-" || name.substr(0, 5) == "wasi_"))
    name.remove_prefix(5);
  detail::text<96> id;
  bool separator = false;
  for (char ch : name) {
    if (ch == '+') ch = 'p';
    const bool alpha = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    const bool digit = ch >= '0' && ch <= '9';
    if (alpha || digit) {
      if (separator && id.size() != 0) id += '_';
      separator = false;
      if (id.size() == 0 && digit) id += 'n';
      id += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
    } else {
      separator = true;
    }
  }
  if (id.size() == 0) id += "unnamed";
  if (detail::is_cpp_keyword(id.view())) id += '_';
  return id;
}

// qualified_identifier_of(c, name): "wasm::gc".
constexpr detail::text<112> qualified_identifier_of(category c, std::string_view name) noexcept {
  detail::text<112> q;
  q += namespace_of(c);
  q += "::";
  q += identifier_of(c, name).view();
  return q;
}

namespace detail {
// The former names of identifier_of and qualified_identifier_of.
using wasmtime_tiers::identifier_of;
using wasmtime_tiers::qualified_identifier_of;
} // namespace detail

} // namespace wasmtime_tiers

#endif
