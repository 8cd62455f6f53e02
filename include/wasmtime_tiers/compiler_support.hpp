// wasmtime-tiers: the "Compiler Support" tables of Wasmtime's tiers document (Wasmtime 34 on):
// what <wasmtime_tiers/compiler_cells.hpp> holds (the architectures, the compilers, a cell's
// support, support_of), and their names, the architecture of a target triple, the compiler of a
// name, and the `compiler` concept. <wasmtime_tiers.hpp> includes only compiler_cells.hpp;
// text_tables.hpp, which support_of needs, includes this header.
#ifndef WASMTIME_TIERS_COMPILER_SUPPORT_HPP
#define WASMTIME_TIERS_COMPILER_SUPPORT_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check

#include <wasmtime_tiers/compiler_cells.hpp>
#include <wasmtime_tiers/detail/text_table.hpp>
#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/release.hpp>

namespace wasmtime_tiers {

namespace detail {
// name_text(a): what to_string below hands out, as the library reads it. (A switch, not a constexpr
// array, which would be measured at the definition: see detail/encoding.hpp.)
constexpr literal name_text(architecture a) noexcept {
  switch (a) {
  case architecture::x86_64: return "x86_64";
  case architecture::aarch64: return "aarch64";
  case architecture::s390x: return "s390x";
  case architecture::riscv64: return "riscv64";
  case architecture::pulley: return "Pulley";
  }
  return "?";
}
} // namespace detail

// to_string(a): the architecture as the tables' headings write it ("x86_64", "Pulley").
template <class T = void>
constexpr auto to_string(architecture a) noexcept {
  return detail::names_for<T>::name(detail::name_text(a));
}

// architecture_match: what architecture_of finds: an architecture, or none. Reads as a
// std::optional<architecture> does (`if (auto a = architecture_of(t)) use(*a);`), without the
// cost of <optional> in every translation unit that includes the library.
struct architecture_match {
  architecture value = architecture::pulley; // pulley where none is found
  bool found = false;

  constexpr bool has_value() const noexcept { return found; }
  constexpr explicit operator bool() const noexcept { return found; }
  constexpr architecture operator*() const noexcept { return value; }
  // a == b: both none, or both the same architecture.
  constexpr bool operator==(const architecture_match& o) const noexcept {
    return found == o.found && value == o.value;
  }
};

// architecture_of(triple): the architecture whose compiler support table covers a target, from
// the first part of its triple: "x86_64-unknown-linux-gnu" is x86_64, "riscv64gc-unknown-linux-gnu"
// riscv64; none for a name that is no triple ("Support for #![no_std]") and for architectures
// without a table of their own (Pulley runs there).
constexpr architecture_match architecture_of(detail::literal triple) noexcept {
  if (triple.starts_with("x86_64-")) return {architecture::x86_64, true};
  if (triple.starts_with("aarch64-")) return {architecture::aarch64, true};
  if (triple.starts_with("s390x-")) return {architecture::s390x, true};
  if (triple.starts_with("riscv64") && triple.find('-') != detail::packed::npos)
    return {architecture::riscv64, true};
  return {};
}

namespace detail {
// name_text(c): what to_string below hands out, as the library reads it.
constexpr literal name_text(compiler_backend c) noexcept {
  switch (c) {
  case compiler_backend::cranelift: return "Cranelift";
  case compiler_backend::winch: return "Winch";
  }
  return "?";
}
} // namespace detail

// to_string(c): the compiler as the tables (and Wasmtime) name it ("Cranelift", "Winch").
template <class T = void>
constexpr auto to_string(compiler_backend c) noexcept {
  return detail::names_for<T>::name(detail::name_text(c));
}

namespace detail {
// name_text(s): what to_string below hands out, as the library reads it.
constexpr literal name_text(support s) noexcept {
  switch (s) {
  case support::yes: return "fully supported";
  case support::wip: return "work in progress";
  case support::no: return "not supported";
  case support::unlisted: return "not listed";
  }
  return "?";
}
} // namespace detail

// to_string(s): the cell in words ("fully supported").
template <class T = void>
constexpr auto to_string(support s) noexcept {
  return detail::names_for<T>::name(detail::name_text(s));
}

// compiler_backend_match: what compiler_backend_named finds: a compiler of the support tables, or
// none (read as architecture_match is).
struct compiler_backend_match {
  compiler_backend value = compiler_backend::cranelift; // cranelift where none is found
  bool found = false;

  constexpr explicit operator bool() const noexcept { return found; }
  constexpr compiler_backend operator*() const noexcept { return value; }
};

// compiler_backend_named(name): the compiler whose column of the support tables is headed `name`
// ("Cranelift", "Winch"), or none; the lookup compiler<C> and configure<> make.
constexpr compiler_backend_match compiler_backend_named(detail::literal name) noexcept {
  for (compiler_backend c : all_compiler_backends)
    if (detail::name_text(c) == name) return {c, true};
  return {};
}

namespace detail {

static_assert(architecture_count == wasmtime_tiers::architecture_count &&
                  compiler_count == compiler_backend_count,
              "wasmtime_tiers: the generated tables' layout and compiler_cells.hpp disagree");

constexpr support support_at(const text_table& t, architecture a, std::size_t column,
                             std::size_t id) noexcept {
  const packed cells = t.support[static_cast<std::size_t>(a)][column];
  if (support_cell_width * id + 1 >= cells.size()) return support::unlisted;
  switch (cells[support_cell_width * id]) {
  case support_yes: return support::yes;
  case support_wip: return support::wip;
  case support_no: return support::no;
  default: return support::unlisted;
  }
}

// The column of a compiler in the support tables, found by name so that any generated table
// (including one a user generates for a newer release) works without special tag types.
constexpr std::size_t compiler_column_of(literal name) noexcept {
  const compiler_backend_match c = compiler_backend_named(name);
  return c ? static_cast<std::size_t>(*c) : static_cast<std::size_t>(-1);
}
template <class Compiler>
inline constexpr std::size_t compiler_column = compiler_column_of(name_at(id_of<Compiler>));

} // namespace detail

// compiler<C>: C is a compiler of the "Compiler Support" tables (backend::cranelift, backend::winch).
template <class C>
concept compiler = entity<C> &&(detail::compiler_column<C> != static_cast<std::size_t>(-1));

namespace detail {
// What support_of (compiler_cells.hpp) reads: the cell of compiler C, proposal E, architecture A
// in release R's text.
template <>
struct compiler_support_query<compiler_support_tag> {
  template <class C, class E, architecture A, class R>
  static constexpr support cell() noexcept {
    static_assert(compiler<C>, "wasmtime_tiers::support_of<C, E, A, R>: C is not a compiler of "
                               "the support tables; use backend::cranelift or backend::winch");
    if constexpr (compiler<C>)
      return support_at(R::text(), A, compiler_column<C>, id_of<E>);
    else
      return support::unlisted;
  }
};
} // namespace detail

} // namespace wasmtime_tiers

// The names this header declares are std::string_views (see detail/names.hpp).
#include <wasmtime_tiers/detail/names.hpp>

#endif
