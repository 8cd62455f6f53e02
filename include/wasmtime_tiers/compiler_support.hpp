// wasmtime-tiers: the "Compiler Support" tables of Wasmtime's tiers document (Wasmtime 34 on):
// the architectures, the compilers, a cell's support, their names, the architecture of a target
// triple, and which compiler supports which proposal on which architecture.
#ifndef WASMTIME_TIERS_COMPILER_SUPPORT_HPP
#define WASMTIME_TIERS_COMPILER_SUPPORT_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <string_view>

#include <wasmtime_tiers/detail/text_table.hpp>
#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/release.hpp>
#include <wasmtime_tiers/selected_release.hpp>

namespace wasmtime_tiers {

// architecture: the sections of the "Compiler Support" tables. Pulley stands for Wasmtime's
// interpreter, which runs everywhere.
enum class architecture : unsigned char { x86_64, aarch64, s390x, riscv64, pulley };

// architecture_count / all_architectures: every architecture, in the order of the tables.
inline constexpr std::size_t architecture_count = 5;
inline constexpr architecture all_architectures[architecture_count] = {architecture::x86_64,
                                                                       architecture::aarch64,
                                                                       architecture::s390x,
                                                                       architecture::riscv64,
                                                                       architecture::pulley};

// to_string(a): the architecture as the tables' headings write it ("x86_64", "Pulley").
// (A switch, not a constexpr array of string_views, which would be measured at the definition:
// see detail/encoding.hpp.)
constexpr std::string_view to_string(architecture a) noexcept {
  switch (a) {
  case architecture::x86_64: return "x86_64";
  case architecture::aarch64: return "aarch64";
  case architecture::s390x: return "s390x";
  case architecture::riscv64: return "riscv64";
  case architecture::pulley: return "Pulley";
  }
  return "?";
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
constexpr architecture_match architecture_of(std::string_view triple) noexcept {
  if (triple.starts_with("x86_64-")) return {architecture::x86_64, true};
  if (triple.starts_with("aarch64-")) return {architecture::aarch64, true};
  if (triple.starts_with("s390x-")) return {architecture::s390x, true};
  if (triple.starts_with("riscv64") && triple.find('-') != std::string_view::npos)
    return {architecture::riscv64, true};
  return {};
}

// compiler_backend: the columns of the "Compiler Support" tables, the compilers whose support
// they give (the entities backend::cranelift and backend::winch).
enum class compiler_backend : unsigned char { cranelift, winch };

// compiler_backend_count / all_compiler_backends: every compiler, in the order of the columns.
inline constexpr std::size_t compiler_backend_count = 2;
inline constexpr compiler_backend all_compiler_backends[compiler_backend_count] = {
    compiler_backend::cranelift, compiler_backend::winch};

// to_string(c): the compiler as the tables (and Wasmtime) name it ("Cranelift", "Winch").
constexpr std::string_view to_string(compiler_backend c) noexcept {
  switch (c) {
  case compiler_backend::cranelift: return "Cranelift";
  case compiler_backend::winch: return "Winch";
  }
  return "?";
}

// support: one cell of a compiler support table; `unlisted` where the release has no such cell.
enum class support : unsigned char { yes, wip, no, unlisted };

// to_string(s): the cell in words ("fully supported").
constexpr std::string_view to_string(support s) noexcept {
  switch (s) {
  case support::yes: return "fully supported";
  case support::wip: return "work in progress";
  case support::no: return "not supported";
  case support::unlisted: return "not listed";
  }
  return "?";
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
constexpr compiler_backend_match compiler_backend_named(std::string_view name) noexcept {
  for (compiler_backend c : all_compiler_backends)
    if (to_string(c) == name) return {c, true};
  return {};
}

namespace detail {

static_assert(architecture_count == wasmtime_tiers::architecture_count &&
                  compiler_count == compiler_backend_count,
              "wasmtime_tiers: the generated tables' layout and compiler_support.hpp disagree");

constexpr support support_at(const text_table& t, architecture a, std::size_t column,
                             std::size_t id) noexcept {
  const std::string_view cells = t.support[static_cast<std::size_t>(a)][column];
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
constexpr std::size_t compiler_column_of(std::string_view name) noexcept {
  const compiler_backend_match c = compiler_backend_named(name);
  return c ? static_cast<std::size_t>(*c) : static_cast<std::size_t>(-1);
}
template <class Compiler>
inline constexpr std::size_t compiler_column =
    compiler_column_of(name_at(Compiler::wasmtime_tiers_id));

} // namespace detail

// compiler<C>: C is a compiler of the "Compiler Support" tables (backend::cranelift, backend::winch).
template <class C>
concept compiler = entity<C> &&(detail::compiler_column<C> != static_cast<std::size_t>(-1));

// support_of<C, E, A, R>: whether compiler C supports proposal E on architecture A in release R
// (the "Compiler Support" tables, Wasmtime 34 on; `unlisted` before). R defaults to
// selected_release, as in every query.
template <compiler C, entity E, architecture A, release_type R = selected_release>
inline constexpr support support_of = detail::support_at(R::text(), A, detail::compiler_column<C>,
                                                         E::wasmtime_tiers_id);

} // namespace wasmtime_tiers

#endif
