// wasmtime-tiers: WASMTIME_TIERS_REQUIRE(Policy, Entities...), the check that reports every
// violation as a compile error of its own, with the words of diagnostic.hpp.
#ifndef WASMTIME_TIERS_REQUIRE_HPP
#define WASMTIME_TIERS_REQUIRE_HPP

#include <wasmtime_tiers/version.hpp>         // first: the C++20 check
#include <wasmtime_tiers/detail/encoding.hpp> // std::size_t

#include <wasmtime_tiers/check.hpp>
#include <wasmtime_tiers/detail/defer.hpp>
#include <wasmtime_tiers/diagnostic.hpp>
#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/policies.hpp>
#include <wasmtime_tiers/proposal.hpp>
#include <wasmtime_tiers/release.hpp>
#include <wasmtime_tiers/requirement.hpp>
#include <wasmtime_tiers/table.hpp>
#include <wasmtime_tiers/tier.hpp>
#include <wasmtime_tiers/verdict.hpp>

namespace wasmtime_tiers {

namespace detail {

// indices<0, ..., N - 1>: std::index_sequence without <utility> (a header the umbrella would pay
// for only here, where a failed check is reported).
template <std::size_t... I>
struct indices {};
template <std::size_t N, std::size_t... I>
struct make_indices : make_indices<N - 1, N - 1, I...> {};
template <std::size_t... I>
struct make_indices<0, I...> {
  using type = indices<I...>;
};

// requirements_type<Set>: requirements<R...> for the bits of Set.
WASMTIME_TIERS_DETAIL_DEFER
constexpr std::size_t popcount(requirement_set s) noexcept {
  std::size_t n = 0;
  for (; s; s &= s - 1) ++n;
  return n;
}
WASMTIME_TIERS_DETAIL_DEFER
constexpr requirement nth_requirement(requirement_set s, std::size_t n) noexcept {
  for (std::size_t i = 0; i < requirement_count; ++i)
    if (s & (requirement_set{1} << i)) {
      if (n == 0) return static_cast<requirement>(i);
      --n;
    }
  return requirement{};
}
template <requirement_set S, class = typename make_indices<popcount(S)>::type>
struct requirements_type;
template <requirement_set S, std::size_t... I>
struct requirements_type<S, indices<I...>> {
  using type = requirements<nth_requirement(S, I)...>;
};

template <proposal_check... C>
struct checks_type_holder {};
WASMTIME_TIERS_DETAIL_DEFER
constexpr proposal_check nth_check(proposal_check_set s, std::size_t n) noexcept {
  for (proposal_check c : checks_in(s)) {
    if (n == 0) return c;
    --n;
  }
  return proposal_check{};
}
WASMTIME_TIERS_DETAIL_DEFER
constexpr std::size_t check_count(proposal_check_set s) noexcept {
  std::size_t n = 0;
  for ([[maybe_unused]] proposal_check c : checks_in(s)) ++n;
  return n;
}
template <proposal_check_set S, class = typename make_indices<check_count(S)>::type>
struct checks_type;
template <proposal_check_set S, std::size_t... I>
struct checks_type<S, indices<I...>> {
  using type = failed_checks<nth_check(S, I)...>;
};

// report_one<P, E>(): the error for a violation of P by E (nothing when E is allowed).
// Instantiating it is what reports; it evaluates to nothing, so no follow-on error is added.
template <class P, class E>
constexpr void report_one() noexcept {
  constexpr verdict v = detail::check_entity<P>(id_of<E>);
  // Scalars, which a report's lambda (GCC) can name without a capture.
  [[maybe_unused]] constexpr tier actual = v.actual;
  [[maybe_unused]] constexpr tier required = v.required;
  [[maybe_unused]] constexpr unsigned release = v.release;
  [[maybe_unused]] constexpr proposal_check_set lacking = v.lacking;
  if constexpr (is(v.kind, verdict_kind::below_tier)) {
    WASMTIME_TIERS_DETAIL_REPORT(
        entity_below_policy_tier,
        (E, typename tier_words<actual>::type, release, typename required_words<required>::type,
         typename requirements_type<missing_of<E, wasmtime_tiers::release<release>>>::type,
         diagnostic::waive_with_a_reason<E>),
        explain(v));
  } else if constexpr (is(v.kind, verdict_kind::lacks_checks)) {
    WASMTIME_TIERS_DETAIL_REPORT(proposal_fails_required_checks,
                                 (E, release, typename checks_type<lacking>::type,
                                  diagnostic::waive_with_a_reason<E>),
                                 explain(v));
  } else if constexpr (is(v.kind, verdict_kind::unsupported)) {
    WASMTIME_TIERS_DETAIL_REPORT(entity_unsupported_in_release, (E, release), explain(v));
  } else if constexpr (is(v.kind, verdict_kind::unlisted)) {
    WASMTIME_TIERS_DETAIL_REPORT(entity_not_in_release_table, (E, release), explain(v));
  }
}

// require_one<P, E>(): reports a violation of P by E (see report_one); whether E is allowed.
// Read through `allowed` (a minimum_tier through its key, any other policy through allowed_in),
// not the verdict, which is built only for the report.
template <class P, class E>
constexpr bool require_one() noexcept {
  constexpr bool ok = allowed<P, E>;
#if WASMTIME_TIERS_DETAIL_CLANG_REPORTS
  if constexpr (!ok) report_one<P, E>();
#else
  if constexpr (!ok) static_assert(instantiated<&report_one<P, E>>);
#endif
  return ok;
}

// library_policy<P>: P is one of the library's policy templates, which reports its own error
// where its arguments are wrong (no follow-on "not a policy").
template <class P>
inline constexpr bool library_policy = false;
template <tier T, class R>
inline constexpr bool library_policy<policy::minimum_tier<T, R>> = true;
template <class B, class... O>
inline constexpr bool library_policy<policy::per_category<B, O...>> = true;
template <class B, class... W>
inline constexpr bool library_policy<policy::with_waivers<B, W...>> = true;
template <class B, proposal_check... C>
inline constexpr bool library_policy<policy::requiring_checks<B, C...>> = true;

// report_require<P, E...>(): the errors of WASMTIME_TIERS_REQUIRE(P, E...), one per violation.
template <class P, class... E>
constexpr void report_require() noexcept {
  static_assert(policy_type<P> || library_policy<P>,
                "WASMTIME_TIERS_REQUIRE(Policy, Entities...): the first argument is "
                "not a policy; use wasmtime_tiers::policy::minimum_tier<...>, "
                "per_category<...> or with_waivers<...>");
  static_assert(!policy_type<P> || sizeof...(E) > 0,
                "WASMTIME_TIERS_REQUIRE(Policy, Entities...): name at least one entity after the "
                "policy, e.g. WASMTIME_TIERS_REQUIRE(Policy, wasmtime_tiers::wasm::simd)");
  static_assert(
      !policy_type<P> || (entity<E> && ...),
      "WASMTIME_TIERS_REQUIRE(Policy, Entities...): an argument after the policy is not "
      "an entity tag type such as wasmtime_tiers::wasm::simd (see generated/ENTITIES.md)");
  if constexpr (policy_type<P> && (entity<E> && ...)) {
    // Every entity is checked (no short circuit), so that every violation is reported.
    [[maybe_unused]] const bool results[] = {true, require_one<P, E>()...};
  }
}

// required<P, E...>: WASMTIME_TIERS_REQUIRE(P, E...) asserts it. Where `allowed` holds (the usual
// case) it costs one concept check and nothing else is instantiated: the disjunction reaches
// reported<P, E...> only when `allowed` fails or no entity is named, and instantiating it is what
// reports every violation as an error of its own (or says to name an entity); its value is true,
// so that the static_assert of WASMTIME_TIERS_REQUIRE adds no follow-on error.
//   Clang asserts the concept itself, and shows the user's line under the error ("while checking
// the satisfaction of concept 'required<...>' requested here"). GCC asserts a variable template
// that holds the concept: what GCC instantiates from a constraint it reports as required from the
// constraint, and the variable puts the user's line ("required from here") under that. Either costs
// about half of a variable template chosen by the concept's value (checked<allowed<P, E...>, P,
// E...>, the former way), which each check named and which the compilers then instantiated.
#if WASMTIME_TIERS_DETAIL_CLANG_REPORTS
template <class P, class... E>
inline constexpr bool reported = (report_require<P, E...>(), true);
#else
template <class P, class... E>
inline constexpr bool reported = instantiated<&report_require<P, E...>>;
#endif
template <class P, class... E>
concept required = (sizeof...(E) > 0 && allowed<P, E...>) || reported<P, E...>;
#if !WASMTIME_TIERS_DETAIL_CLANG_REPORTS
template <class P, class... E>
inline constexpr bool required_here = required<P, E...>;
#define WASMTIME_TIERS_DETAIL_REQUIRED ::wasmtime_tiers::detail::required_here
#else
#define WASMTIME_TIERS_DETAIL_REQUIRED ::wasmtime_tiers::detail::required
#endif

} // namespace detail

} // namespace wasmtime_tiers

// WASMTIME_TIERS_REQUIRE(Policy, Entities...): a compile error, at namespace or block scope, when
// an entity does not meet the policy. The first error line says which entity, its tier in the
// policy's Wasmtime release, the tier required, what it misses and how to accept it anyway; each
// further error line is another violation. The policy may contain commas (minimum_tier<T, R>).
#define WASMTIME_TIERS_REQUIRE(...)                                                                \
  static_assert(WASMTIME_TIERS_DETAIL_REQUIRED<__VA_ARGS__>,                                       \
                "WASMTIME_TIERS_REQUIRE(" #__VA_ARGS__ ") failed (see the first error)")

#endif
