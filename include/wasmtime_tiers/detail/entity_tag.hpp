// wasmtime-tiers internals: the base of every entity tag type.
#ifndef WASMTIME_TIERS_DETAIL_ENTITY_TAG_HPP
#define WASMTIME_TIERS_DETAIL_ENTITY_TAG_HPP

#include <string_view> // std::size_t too (see detail/encoding.hpp)

namespace wasmtime_tiers::detail {

// entity_base: an entity is an empty struct deriving from this, with its own
//   static constexpr std::size_t wasmtime_tiers_id = Id;
// Id indexes every generated table. Ids are given in order of first appearance (release, then
// document order), so they never change when a newer release is added. One non-template base:
// a class template base would be one more instantiation per entity in every translation unit.
struct entity_base {};

// entity_tag<Id>: the same as a base naming the id (entity_base and wasmtime_tiers_id).
template <std::size_t Id>
struct entity_tag : entity_base {
  static constexpr std::size_t wasmtime_tiers_id = Id;
};

} // namespace wasmtime_tiers::detail

#endif
