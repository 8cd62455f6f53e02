// wasmtime-tiers: what <wasmtime_tiers.hpp> holds of the "Compiler Support" tables of Wasmtime's
// tiers document (Wasmtime 34 on): the architectures, the compilers, the cells, and support_of,
// which reads a text's full table (<wasmtime_tiers/text_tables.hpp>). The rest is in
// <wasmtime_tiers/compiler_support.hpp>: the names (to_string), architecture_of(triple),
// compiler_backend_named(name), the `compiler` concept; with the umbrella alone, a call of one of
// them stops with one error naming that header. (The whole header costs every translation unit
// about 6 M instructions with GCC 12 and Clang 14; this part about 1.)
#ifndef WASMTIME_TIERS_COMPILER_CELLS_HPP
#define WASMTIME_TIERS_COMPILER_CELLS_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <type_traits>

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

// compiler_backend: the columns of the "Compiler Support" tables, the compilers whose support
// they give (the entities backend::cranelift and backend::winch).
enum class compiler_backend : unsigned char { cranelift, winch };

// compiler_backend_count / all_compiler_backends: every compiler, in the order of the columns.
inline constexpr std::size_t compiler_backend_count = 2;
inline constexpr compiler_backend all_compiler_backends[compiler_backend_count] = {
    compiler_backend::cranelift, compiler_backend::winch};

// support: one cell of a compiler support table; `unlisted` where the release has no such cell.
enum class support : unsigned char { yes, wip, no, unlisted };

namespace detail {
// compiler_support_query<Tag>::cell<C, E, A, R>(): what support_of reads. Only
// <wasmtime_tiers/compiler_support.hpp> defines it (text_tables.hpp includes that header), as
// text_tables.hpp defines full_tables: without it, support_of stops here, naming the header.
struct compiler_support_tag {};
template <class C>
struct compiler_support_tag_of {
  using type = compiler_support_tag;
};
template <class Tag>
struct compiler_support_query {
  template <class C, class E, architecture A, class R>
  static constexpr support cell() noexcept {
    static_assert(sizeof(Tag) == 0,
                  "wasmtime_tiers::support_of reads the compiler support tables of a text's full "
                  "table, which <wasmtime_tiers.hpp> leaves out: #include "
                  "<wasmtime_tiers/text_tables.hpp>");
    return support::unlisted;
  }
};

template <class T>
struct compiler_support_needs_its_header {
  static_assert(!std::is_same_v<T, T>,
                "wasmtime_tiers::to_string of an architecture, compiler_backend or support, "
                "architecture_of and compiler_backend_named are in "
                "<wasmtime_tiers/compiler_support.hpp>, which <wasmtime_tiers.hpp> leaves out: "
                "#include <wasmtime_tiers/compiler_support.hpp>");
  static constexpr int value = 0;
};
template <class T>
inline constexpr bool named_in_compiler_support =
    std::is_same_v<T, architecture> || std::is_same_v<T, compiler_backend> ||
    std::is_same_v<T, support>;
} // namespace detail

// Without <wasmtime_tiers/compiler_support.hpp>, these templates are what a call chooses, and their
// error names the header; with it, the functions that header declares (not templates) win.
template <class T>
  requires detail::named_in_compiler_support<T>
constexpr auto to_string(T) noexcept { return detail::compiler_support_needs_its_header<T>::value; }
template <class T = void>
constexpr auto architecture_of(detail::literal) noexcept {
  return detail::compiler_support_needs_its_header<T>::value;
}
template <class T = void>
constexpr auto compiler_backend_named(detail::literal) noexcept {
  return detail::compiler_support_needs_its_header<T>::value;
}

// support_of<C, E, A, R>: whether compiler C (backend::cranelift, backend::winch) supports
// proposal E on architecture A in release R (the "Compiler Support" tables, Wasmtime 34 on;
// `unlisted` before). R defaults to selected_release, as in every query. Needs
// <wasmtime_tiers/text_tables.hpp>.
template <entity C, entity E, architecture A, release_type R = selected_release>
inline constexpr support support_of = detail::compiler_support_query<
    typename detail::compiler_support_tag_of<C>::type>::template cell<C, E, A, R>();

} // namespace wasmtime_tiers

// The names this header declares are std::string_views (see detail/names.hpp).
#include <wasmtime_tiers/detail/names.hpp>

#endif
