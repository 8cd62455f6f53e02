// wasmtime-tiers: the C++ names of entities: identifier_of(c, name) ("gc") and
// qualified_identifier_of(c, name) ("wasm::gc"), as the generator names the tag types.
// <wasmtime_tiers.hpp> leaves it out; explain.hpp and the catalog include it.
#ifndef WASMTIME_TIERS_IDENTIFIER_HPP
#define WASMTIME_TIERS_IDENTIFIER_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <string_view>

#include <wasmtime_tiers/detail/names.hpp>
#include <wasmtime_tiers/category.hpp>
#include <wasmtime_tiers/detail/text.hpp>

namespace wasmtime_tiers {

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
