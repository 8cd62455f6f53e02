// wasmtime-tiers: the categories of the tier tables, and every spelling Wasmtime has used for them.
#ifndef WASMTIME_TIERS_CATEGORY_HPP
#define WASMTIME_TIERS_CATEGORY_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <wasmtime_tiers/detail/defer.hpp>
#include <type_traits>

#include <wasmtime_tiers/detail/encoding.hpp>
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
template <class T = void>
constexpr auto namespace_of(category c) noexcept {
  constexpr detail::literal names[] = {"target", "backend", "wasm", "wasi", "api", "misc"};
  return detail::names_for<T>::name(names[static_cast<std::size_t>(c)]);
}

// to_string(c): the category in words, as diagnostics and the command-line tool print it.
template <class T = void>
constexpr auto to_string(category c) noexcept {
  constexpr detail::literal names[] = {"target",        "compiler backend", "WebAssembly proposal",
                                       "WASI proposal", "embedding API",    "misc"};
  return detail::names_for<T>::name(names[static_cast<std::size_t>(c)]);
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

namespace detail {
template <class C>
struct identifier_needs_its_header {
  static_assert(
      sizeof(C) == 0,
      "wasmtime_tiers::identifier_of / qualified_identifier_of: the C++ names of entities "
      "are in <wasmtime_tiers/identifier.hpp>, which <wasmtime_tiers.hpp> leaves out: "
      "#include <wasmtime_tiers/identifier.hpp>");
  static constexpr int value = 0;
};
} // namespace detail

// Without <wasmtime_tiers/identifier.hpp>, a call of identifier_of or qualified_identifier_of
// chooses one of these templates, whose error names the header; with it, the functions
// identifier.hpp declares (not templates) win.
template <class C>
  requires std::is_same_v<C, category>
constexpr auto identifier_of(C, detail::literal) noexcept {
  return detail::identifier_needs_its_header<C>::value;
}
template <class C>
  requires std::is_same_v<C, category>
constexpr auto qualified_identifier_of(C, detail::literal) noexcept {
  return detail::identifier_needs_its_header<C>::value;
}

} // namespace wasmtime_tiers

// The names this header declares are std::string_views (see detail/names.hpp).
#include <wasmtime_tiers/detail/names.hpp>

#endif
