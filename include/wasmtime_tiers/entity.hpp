// wasmtime-tiers: entities (the rows of the tier tables) as tag types, and what they are.
#ifndef WASMTIME_TIERS_ENTITY_HPP
#define WASMTIME_TIERS_ENTITY_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <type_traits>

#include <wasmtime_tiers/category.hpp>
#include <wasmtime_tiers/detail/defer.hpp>
#include <wasmtime_tiers/detail/encoding.hpp>
#include <wasmtime_tiers/generated/entities.hpp>

namespace wasmtime_tiers {

// entity<E>: E is a tag type of the generated tables, such as wasm::gc or target::host (a scoped
// enumeration whose enumerator wasmtime_tiers_id is its id, see detail/entity_tag.hpp). (A type
// trait the compilers answer with a builtin: every check of every policy asks.)
template <class E>
concept entity = std::is_enum_v<E> &&
    (static_cast<std::size_t>(E::wasmtime_tiers_id) < detail::gen::entity_count);

namespace detail {

WASMTIME_TIERS_DETAIL_DEFER
constexpr packed name_at(std::size_t id) noexcept {
  const std::size_t b = decode(gen::name_offsets, id, gen::name_offset_width);
  const std::size_t e = decode(gen::name_offsets, id + 1, gen::name_offset_width);
  return gen::names.substr(b, e - b - 1); // each name is followed by a NUL in the pool
}

// (The character array, not the packed view over it: its operator[] is a call the
// constant evaluator pays for in every check, some 0.1 M instructions with GCC 12 and Clang 14.)
constexpr category category_at(std::size_t id) noexcept {
  return static_cast<category>(digit_value(gen::categories_data[id]));
}

} // namespace detail

// id_of<E>: the entity's dense index into every generated table.
template <entity E>
inline constexpr std::size_t id_of = static_cast<std::size_t>(E::wasmtime_tiers_id);

// name_of<E>: Wasmtime's spelling of the entity ("relaxed-simd", "x86_64-unknown-linux-gnu").
// Its data() is NUL-terminated, as is every string_view this library returns.
template <entity E>
inline constexpr auto name_of = detail::names_for<E>::name(detail::name_at(id_of<E>));

// category_of<E>: the entity's category, also the namespace of its tag type.
template <entity E>
inline constexpr category category_of = detail::category_at(id_of<E>);

// entity_count: how many entities all the shipped texts name together.
inline constexpr std::size_t entity_count = detail::gen::entity_count;

} // namespace wasmtime_tiers

// The names this header declares are std::string_views (see detail/names.hpp).
#include <wasmtime_tiers/detail/names.hpp>

#endif
