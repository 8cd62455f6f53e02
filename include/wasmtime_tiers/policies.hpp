// wasmtime-tiers: policies and waivers, the types users compose to say what a build accepts, and
// tier_policy, the same requirements as a run-time value.
#ifndef WASMTIME_TIERS_POLICIES_HPP
#define WASMTIME_TIERS_POLICIES_HPP

#include <wasmtime_tiers/version.hpp>         // first: the C++20 check
#include <wasmtime_tiers/detail/encoding.hpp> // std::size_t
#include <type_traits>

#include <wasmtime_tiers/category.hpp>
#include <wasmtime_tiers/detail/nth_type.hpp>
#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/proposal.hpp>
#include <wasmtime_tiers/release.hpp>
#include <wasmtime_tiers/release_range.hpp>
#include <wasmtime_tiers/selected_release.hpp>
#include <wasmtime_tiers/tier.hpp>

namespace wasmtime_tiers {

// tier_policy: what a policy requires, as a run-time value: the tier of each category and the
// proposal checks every WebAssembly proposal must pass. Every compile-time policy P carries one
// (P::rules, or policy_value<P>); the command-line tool builds its --policy as one, so that both
// decide with the same functions (verdict.hpp).
struct tier_policy {
  tier required[category_count];
  proposal_check_set checks = 0; // proposal checks every WebAssembly proposal must pass

  // minimum(t, checks): Tier t or better in every category (policy::minimum_tier<t>), and checks.
  static constexpr tier_policy minimum(tier t, proposal_check_set checks = 0) noexcept {
    return {{t, t, t, t, t, t}, checks};
  }
  constexpr tier for_category(category c) const noexcept {
    // Every category is below category_count; the test spares GCC's -O2 -Warray-bounds a guess.
    const auto i = static_cast<std::size_t>(c);
    return i < category_count ? required[i] : tier::t1;
  }
  constexpr bool uniform() const noexcept {
    for (tier t : required)
      if (!detail::is(t, required[0])) return false;
    return true;
  }
};

namespace detail {

// range_bounds<R>: for R = releases<A, B>, A and B read from its template arguments, not from its
// members, so that a range no text covers (releases<36, 480>) is its own error and no other: no
// policy check instantiates the range in a constraint (where Clang would drop the policy naming it
// as well, a follow-on error) or reads its members (which Clang drops after its failed
// static_assert). names_range<R>: R is some releases<A, B>.
template <class R>
struct range_bounds {
  static constexpr bool is_range = false;
};
template <unsigned A, unsigned B>
struct range_bounds<releases<A, B>> {
  static constexpr bool is_range = true;
  static constexpr unsigned first = A;
  static constexpr unsigned last = B;
};
template <class R>
concept names_range = range_bounds<R>::is_range;

// fixed_string<N>: a string literal as a template argument (a waiver's reason).
template <std::size_t N>
struct fixed_string {
  char value[N]{};
  constexpr fixed_string(const char (&text)[N]) noexcept {
    for (std::size_t k = 0; k < N; ++k) value[k] = text[k];
  }
  constexpr packed view() const noexcept { return {value, N - 1}; }
};

// rules: the former name of tier_policy.
using rules = tier_policy;

template <class... Waivers>
struct waiver_list {
  static constexpr std::size_t size = sizeof...(Waivers);
  // The waived entities' ids, then a 0 that ends the list (and keeps the array non-empty).
  static constexpr std::size_t ids[sizeof...(Waivers) + 1] = {id_of<typename Waivers::entity>...,
                                                              0};
  static constexpr bool contains(std::size_t id) noexcept {
    for (std::size_t i = 0; i < size; ++i)
      if (ids[i] == id) return true;
    return false;
  }
  // covers(id, major): a waiver of entity id is valid in Wasmtime major (a range's releases).
  static constexpr bool covers(std::size_t id, unsigned major) noexcept {
    constexpr unsigned untils[] = {Waivers::until..., 0u};
    for (std::size_t i = 0; i < sizeof...(Waivers); ++i)
      if (ids[i] == id && major <= untils[i]) return true;
    return false;
  }
};

template <class List, class... More>
struct append_waivers;
template <class... W, class... More>
struct append_waivers<waiver_list<W...>, More...> {
  using type = waiver_list<W..., More...>;
};

} // namespace detail

// no_expiry: the default of a waiver's Until: valid for every release.
inline constexpr unsigned no_expiry = ~0u;

// waiver<E, "reason", Until>: accept entity E below a policy's tier, for the reason given, in
// releases up to and including Until. An error at a waiver means it is stale: E meets the policy
// already, Until has passed, the reason is empty, E is unsupported or not in the release (no
// waiver can accept those), or E is waived twice.
template <entity E, detail::fixed_string Reason, unsigned Until = no_expiry>
struct waiver {
  using entity = E;
  // reason: a view of the reason that converts to std::string_view, compares with one and prints
  // as one.
  static constexpr detail::packed reason = Reason.view();
  static constexpr unsigned until = Until;
};

namespace policy {

// minimum_tier<T, R>: every entity must be Tier T or better in release R (default: the selected
// release, see selected_release.hpp), or in every release of a range R = releases<A, B>.
// Unsupported and unlisted entities are never allowed.
template <tier T, class R = selected_release>
  requires(detail::names_range<R> || release_or_range<R>)
struct minimum_tier {
  using release = R;
  static constexpr tier_policy rules = tier_policy::minimum(T);
  using waivers = detail::waiver_list<>;
  // Last, so that the members above exist even when it fails (Clang drops those after it).
  static_assert(is_tiered(T), "wasmtime_tiers::policy::minimum_tier<T, R>: T must be tier::t1, "
                              "tier::t2 or tier::t3");
};

// The document's own names for its tiers.
using production_ready = minimum_tier<tier::t1>;        // Tier 1
using almost_production_ready = minimum_tier<tier::t2>; // Tier 2 or better
using not_production_ready = minimum_tier<tier::t3>;    // Tier 3 or better

// for_category<C, T>: an override of per_category: entities of category C need tier T.
template <category C, tier T>
struct for_category {
  static constexpr category which = C;
  static constexpr tier required = T;
  static_assert(is_tiered(T), "wasmtime_tiers::policy::for_category<C, T>: T must be tier::t1, "
                              "tier::t2 or tier::t3");
};

// per_category<Base, for_category<C, T>...>: Base with other minimums for some categories, e.g.
// per_category<production_ready, for_category<category::backend, tier::t2>>.
template <class Base, class... Overrides>
struct per_category {
  using release = typename Base::release;
  static constexpr tier_policy rules = [] {
    tier_policy merged = Base::rules;
    ((merged.required[static_cast<std::size_t>(Overrides::which)] = Overrides::required), ...);
    return merged;
  }();
  using waivers = typename Base::waivers;
};

// requiring_checks<Base, proposal_check::X...>: Base, and every WebAssembly proposal must also
// pass the listed checks of docs/stability-wasm-proposals.md (status "yes", Wasmtime 27 on), e.g.
// requiring_checks<production_ready, proposal_check::fuzzed, proposal_check::c_api>.
template <class Base, proposal_check... Checks>
struct requiring_checks {
  static_assert(sizeof...(Checks) > 0, "wasmtime_tiers::policy::requiring_checks<Base, Checks...>: "
                                       "name at least one proposal_check");
  using release = typename Base::release;
  static constexpr tier_policy rules = [] {
    tier_policy merged = Base::rules;
    merged.checks = static_cast<proposal_check_set>(merged.checks | (bit(Checks) | ...));
    return merged;
  }();
  using waivers = typename Base::waivers;
};

// with_waivers<Base, waiver<E, "reason", Until>...>: Base, accepting each waived entity below
// its tier. Every waiver is checked against the policy that is used, which may compose this one
// further (per_category, requiring_checks, another with_waivers): see waiver.
template <class Base, class... Waivers>
struct with_waivers {
  using release = typename Base::release;
  static constexpr tier_policy rules = Base::rules;
  using waivers = typename detail::append_waivers<typename Base::waivers, Waivers...>::type;
};

} // namespace policy

namespace detail {
// minimum_policy<P>: P is a policy::minimum_tier<T, R> with a tier T and R a known release<N>, the
// policy most checks name: a policy by construction, and one without waivers. policy_type and
// `allowed` answer for it without looking at its members, which each policy would otherwise pay
// for on its first use (about 0.15 M instructions with GCC 12). Any other minimum_tier takes the
// long way, which instantiates it (and its release): its own static_assert is then the one error.
// (A minimum_tier over a range, minimum_range_policy, is policy_range.hpp's.)
template <class P>
inline constexpr bool minimum_policy = false;
template <tier T, class R>
inline constexpr bool minimum_policy<policy::minimum_tier<T, R>> =
    is_tiered(T) && library_release<R>;
} // namespace detail

// policy_type<P>: P is a policy (minimum_tier, per_category, with_waivers or a type like them).
// (Kept as written: clang-format 14 breaks a requires expression followed by &&.)
// clang-format off
template <class P>
concept policy_type = detail::minimum_policy<P> || (requires {
  typename P::release;
  typename P::waivers;
} && std::is_same_v<std::remove_cv_t<decltype(P::rules)>, tier_policy> &&
    (detail::names_range<typename P::release> || release_or_range<typename P::release>));
// clang-format on

// policy_value<P>: the requirements of policy P as a run-time value.
template <policy_type P>
inline constexpr tier_policy policy_value = P::rules;

} // namespace wasmtime_tiers

#endif
