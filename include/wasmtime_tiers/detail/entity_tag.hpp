// wasmtime-tiers internals: the base of every entity tag type.
#ifndef WASMTIME_TIERS_DETAIL_ENTITY_TAG_HPP
#define WASMTIME_TIERS_DETAIL_ENTITY_TAG_HPP

#include <cstddef>

namespace wasmtime_tiers::detail {

// entity_tag<Id>: an entity is an empty struct deriving from this; Id indexes every generated
// table. Ids are given in order of first appearance (release, then document order), so they never
// change when a newer release is added.
template <std::size_t Id>
struct entity_tag {
  static constexpr std::size_t wasmtime_tiers_id = Id;
};

} // namespace wasmtime_tiers::detail

#endif
