// wasmtime-tiers: WASMTIME_TIERS_ENFORCE(Policy), the check of the compile target and of every
// entity compiled into the included Wasmtime (the table of wasmtime/feature_entities.hpp), and
// compiled_into<B, E, R>, what it checks. Part of <wasmtime_tiers/wasmtime.hpp>.
#ifndef WASMTIME_TIERS_WASMTIME_ENFORCE_HPP
#define WASMTIME_TIERS_WASMTIME_ENFORCE_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <type_traits>

#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/policy.hpp>
#include <wasmtime_tiers/release.hpp>
#include <wasmtime_tiers/selected_release.hpp>
#include <wasmtime_tiers/wasmtime/build.hpp>
#include <wasmtime_tiers/wasmtime/feature_entities.hpp>
#include <wasmtime_tiers/wasmtime/included.hpp>

namespace wasmtime_tiers {
namespace detail {

// Checks E against P when the build compiles it in and P's release lists it.
template <class P, class E, bool CompiledIn>
constexpr bool enforce_one() noexcept {
  if constexpr (CompiledIn && listed_in<E, typename P::release>)
    return require_one<P, E>();
  else
    return true;
}

// single_release_policy<P>(): P is a policy of one release (not of a releases<A, B> range), as a
// check of the one included Wasmtime needs.
template <class P>
constexpr bool single_release_policy() noexcept {
  if constexpr (policy_type<P>)
    return release_type<typename P::release>;
  else
    return false;
}

// enforce_passes<B, P>(table): P allows B's host and every entity of the table that B compiles in
// and P's release lists: one evaluation for the whole build, which is all a passing
// WASMTIME_TIERS_ENFORCE costs. Where it fails, enforce_rows reports.
template <class B, class P, class... Rows>
constexpr bool enforce_passes(feature_entity_table<Rows...>*) noexcept {
  using R = typename P::release;
  struct row {
    std::size_t id;
    wasmtime_feature_set macros;
    compiled_when when;
  };
  const row rows[] = {
      {static_cast<std::size_t>(Rows::entity::wasmtime_tiers_id), Rows::macros, Rows::when}...};
  if (!policy_allows<P>(static_cast<std::size_t>(B::host::wasmtime_tiers_id))) return false;
  for (const row& each : rows)
    if (tier_in(R::text_index, each.id) != tier::unlisted &&
        compiled_in_at(each.id, each.macros, each.when, B::features, B::host_architecture, B::c_api,
                       B::cpp_api, R::text_index) &&
        !policy_allows<P>(each.id))
      return false;
  return true;
}

// Every row is checked (no short circuit), so that every violation is reported.
template <class B, class P, class... Rows>
constexpr void enforce_rows(feature_entity_table<Rows...>*) noexcept {
  using R = typename P::release;
  const bool results[] = {
      require_one<P, typename B::host>(),
      enforce_one<P, typename Rows::entity, row_compiled_in<Rows, B, R>()>()...};
  (void)results;
}

template <class B, class P>
constexpr bool enforce() noexcept {
  static_assert(policy_type<P>, "WASMTIME_TIERS_ENFORCE(Policy): the argument is not a policy; use "
                                "wasmtime_tiers::policy::minimum_tier<...>, per_category<...> or "
                                "with_waivers<...>");
  WASMTIME_TIERS_DETAIL_REQUIRE_VERSION(B, "WASMTIME_TIERS_ENFORCE(Policy)");
  static_assert(!policy_type<P> || single_release_policy<P>(),
                "WASMTIME_TIERS_ENFORCE(Policy): the policy names a range of releases "
                "(releases<A, B>), but the included Wasmtime is one release; use a policy of one "
                "release (the default: selected_release) here, and check the range with "
                "WASMTIME_TIERS_REQUIRE or `wasmtime-tiers check --releases`");
  static_assert(
      !B::version_known || B::has_feature_macros,
      "WASMTIME_TIERS_ENFORCE(Policy): Wasmtime before 22 has no wasmtime/conf.h, so what "
      "is compiled into it cannot be read; use WASMTIME_TIERS_REQUIRE(Policy, "
      "wasmtime_tiers::target::host, <the entities the program uses>) instead");
  if constexpr (single_release_policy<P>() && B::has_feature_macros) {
    if constexpr (!enforce_passes<B, P>(static_cast<feature_entities*>(nullptr)))
      enforce_rows<B, P>(static_cast<feature_entities*>(nullptr));
  }
  // Each violation, and each static_assert above, is an error of its own (see require_one): the
  // value adds no follow-on error.
  return true;
}

} // namespace detail

// compiled_into<B, E, R>: WASMTIME_TIERS_ENFORCE checks entity E for build B against release R
// (B compiles E in, by detail::feature_entities, and R lists E); B's host (target::host) always.
template <class B, entity E, release_type R = selected_release>
inline constexpr bool compiled_into = [] {
  if constexpr (std::is_same_v<E, typename B::host>)
    return true;
  else if constexpr (!B::has_feature_macros || !detail::listed_in<E, R>)
    return false;
  else
    return detail::table_compiles_in<E, B, R>(static_cast<detail::feature_entities*>(nullptr));
}();

} // namespace wasmtime_tiers

// WASMTIME_TIERS_ENFORCE(Policy): a compile error, at namespace or block scope, when the compile
// target or an entity compiled into the included Wasmtime (see wasmtime/feature_entities.hpp)
// does not meet the policy; the first error line is the one WASMTIME_TIERS_REQUIRE gives for that
// entity. An error here without such a line: WASMTIME_VERSION_MAJOR was not defined when
// <wasmtime_tiers/wasmtime.hpp> was first included, or the Wasmtime is older than 22 (no
// wasmtime/conf.h).
#define WASMTIME_TIERS_ENFORCE(...)                                                                \
  static_assert(                                                                                   \
      ::wasmtime_tiers::detail::enforce<::wasmtime_tiers::included_wasmtime, __VA_ARGS__>(),       \
      "WASMTIME_TIERS_ENFORCE(" #__VA_ARGS__ ") failed (see the first error)")

#endif
