// wasmtime-tiers (opt-in, Boost.Hana): the entities of a release or a policy as a hana::tuple of
// hana::type, to iterate with hana::for_each, filter further, or test with hana::all_of.
//
//   namespace hana = boost::hana;
//   hana::for_each(wt::allowed_entities<P, wt::category::wasm_proposal>, [&](auto t) {
//     using E = typename decltype(t)::type;   // e.g. wt::wasm::simd
//     ...
//   });
//
// The selection runs as constexpr code over the packed tables; Hana only holds the result, so a
// tuple costs one instantiation per selected entity (no recursion, no per-entity predicates).
#ifndef WASMTIME_TIERS_SEQUENCE_HPP
#define WASMTIME_TIERS_SEQUENCE_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <array>
#include <cstddef>
#include <type_traits>
#include <utility>

#include <boost/hana/tuple.hpp>
#include <boost/hana/type.hpp>

#include <wasmtime_tiers/detail/names.hpp>
#include <wasmtime_tiers/category.hpp>
#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/generated/identifiers.hpp>
#include <wasmtime_tiers/policy.hpp>
#include <wasmtime_tiers/release.hpp>
#include <wasmtime_tiers/table.hpp>
#include <wasmtime_tiers/tier.hpp>

namespace wasmtime_tiers {

// any_category: the default of the category arguments below: no restriction.
struct any_category_t {};
inline constexpr any_category_t any_category{};

namespace detail {

template <auto Pred>
constexpr std::size_t count_where() noexcept {
  std::size_t n = 0;
  for (std::size_t e = 0; e < gen::entity_count; ++e) n += Pred(e) ? 1u : 0u;
  return n;
}

template <auto Pred, std::size_t N>
constexpr std::array<std::size_t, N> ids_where() noexcept {
  std::array<std::size_t, N> ids{};
  std::size_t n = 0;
  for (std::size_t id = 0; id < gen::entity_count; ++id)
    if (Pred(id)) ids[n++] = id;
  return ids;
}

template <auto Pred, std::size_t... I>
constexpr auto entity_tuple(std::index_sequence<I...>) noexcept {
  constexpr auto ids = ids_where<Pred, sizeof...(I)>();
  return boost::hana::make_tuple(boost::hana::type_c<typename gen::entity_at<ids[I]>::type>...);
}

template <auto C>
constexpr bool in_category(std::size_t id) noexcept {
  if constexpr (std::is_same_v<std::remove_cvref_t<decltype(C)>, any_category_t>)
    return true;
  else
    return category_at(id) == C;
}

} // namespace detail

// entities_where<Pred>: every entity whose id satisfies the constexpr predicate Pred (a
// captureless lambda taking std::size_t), in id order, as hana::tuple<hana::type<E>...>.
template <auto Pred>
inline constexpr auto entities_where =
    detail::entity_tuple<Pred>(std::make_index_sequence<detail::count_where<Pred>()>{});

// entities_at<R, T, C>: the entities release R puts at tier T (optionally of category C).
template <release_type R, tier T, auto C = any_category>
inline constexpr auto entities_at = entities_where<[](std::size_t entity_id) {
  return detail::tier_in(R::text_index, entity_id) == T && detail::in_category<C>(entity_id);
}>;

// allowed_entities<P, C>: the entities policy P allows (optionally of category C), waivers
// included: e.g. every WebAssembly proposal to enable on an engine.
template <policy_type P, auto C = any_category>
inline constexpr auto allowed_entities = entities_where<[](std::size_t entity_id) {
  return detail::check_entity<P>(entity_id).allowed() && detail::in_category<C>(entity_id);
}>;

} // namespace wasmtime_tiers

#endif
