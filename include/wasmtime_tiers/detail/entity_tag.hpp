// wasmtime-tiers internals: what an entity tag type is.
#ifndef WASMTIME_TIERS_DETAIL_ENTITY_TAG_HPP
#define WASMTIME_TIERS_DETAIL_ENTITY_TAG_HPP

#include <wasmtime_tiers/detail/encoding.hpp> // std::size_t

// An entity tag type is a scoped enumeration with one enumerator, wasmtime_tiers_id, whose value is
// the entity's id, as generated/entities.hpp declares each:
//   enum class simd : std::size_t { wasmtime_tiers_id = 7 };
// The id indexes every generated table (read it as id_of<E>). Ids are given in order of first
// appearance (release, then document order), so they never change when a newer release is added.
// An enumeration, not an empty struct with a static member: a translation unit declares 97 of them
// for about a third of what as many classes cost (5.8 M instructions fewer per translation unit of
// the umbrella with GCC 12, 3.8 M with Clang 14), and a tag is used only as a type, which an
// enumeration is as well as a class.

#endif
