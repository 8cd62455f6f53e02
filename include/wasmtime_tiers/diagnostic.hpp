// wasmtime-tiers: the words users read when a check fails: how a violated policy, a stale waiver
// or a configuration Wasmtime would refuse is reported.
//
// The first error line of a violation names the entity, its tier in the checked Wasmtime
// release, the tier the policy requires, what the entity misses, and how to accept it anyway:
// - where the compiler computes static_assert messages (__cpp_static_assert >= 202306L: GCC 14,
//   Clang 17 and later), as a sentence built from the table;
// - on Clang before 17, as a failed static_assert whose requirement spells those facts as template
//   arguments of a class in namespace wasmtime_tiers::diagnostic;
// - on GCC before 14, as a call to a deleted function template in namespace
//   wasmtime_tiers::diagnostic whose "[with ...]" list spells the same facts.
#ifndef WASMTIME_TIERS_DIAGNOSTIC_HPP
#define WASMTIME_TIERS_DIAGNOSTIC_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <type_traits>

#include <wasmtime_tiers/proposal.hpp>
#include <wasmtime_tiers/requirement.hpp>
#include <wasmtime_tiers/tier.hpp>

#if defined(__cpp_static_assert) && __cpp_static_assert >= 202306L
#define WASMTIME_TIERS_COMPUTED_MESSAGES 1
#else
#define WASMTIME_TIERS_COMPUTED_MESSAGES 0
#endif

namespace wasmtime_tiers {

// requirements<R...>: a set of requirements spelled as a type, as diagnostics print it.
template <requirement... R>
struct requirements {};

// failed_checks<C...>: proposal checks spelled as a type, as diagnostics print them.
template <proposal_check... C>
struct failed_checks {};

namespace detail {
template <class... T>
inline constexpr bool always_false = false;
template <auto... V>
inline constexpr bool always_false_v = false;
} // namespace detail

// The facts of each kind of violation, as the first error line shows them on GCC and Clang before
// computed static_assert messages. Reading one: the name says what is wrong; the template
// arguments say which entity, its tier in which Wasmtime, what the policy wants, and what to add.
namespace diagnostic {
// Tiers as the diagnostics spell them.
struct tier_1_production_ready {};
struct tier_2_almost_production_ready {};
struct tier_3_not_production_ready {};
struct on_the_unsupported_list {};
struct not_in_the_release_table {};
struct tier_1 {};
struct tier_2_or_better {};
struct tier_3_or_better {};
// waive_with_a_reason<E>: add wasmtime_tiers::waiver<E, "why"> to the policy (with_waivers).
template <class Entity>
struct waive_with_a_reason {};
#if !WASMTIME_TIERS_COMPUTED_MESSAGES && !defined(__clang__)
#define WASMTIME_TIERS_DETAIL_DIAGNOSTIC(name, params)                                             \
  template <params>                                                                                \
  void name() = delete;
#else
#define WASMTIME_TIERS_DETAIL_DIAGNOSTIC(name, params)                                             \
  template <params>                                                                                \
  struct name {                                                                                    \
    static constexpr bool accepted = false;                                                        \
  };
#endif
#define WASMTIME_TIERS_DETAIL_COMMA ,
// The entity's tier is below the tier the policy requires for its category.
WASMTIME_TIERS_DETAIL_DIAGNOSTIC(entity_below_policy_tier,
                                 class Entity WASMTIME_TIERS_DETAIL_COMMA class Tier
                                     WASMTIME_TIERS_DETAIL_COMMA unsigned Wasmtime
                                         WASMTIME_TIERS_DETAIL_COMMA class Policy_requires
                                             WASMTIME_TIERS_DETAIL_COMMA class Missing
                                                 WASMTIME_TIERS_DETAIL_COMMA class To_accept_it)
// A WebAssembly proposal fails proposal checks the policy requires (requiring_checks).
WASMTIME_TIERS_DETAIL_DIAGNOSTIC(proposal_fails_required_checks,
                                 class Entity WASMTIME_TIERS_DETAIL_COMMA unsigned Wasmtime
                                     WASMTIME_TIERS_DETAIL_COMMA class Failed_checks
                                         WASMTIME_TIERS_DETAIL_COMMA class To_accept_it)
// The entity is on the release's "Unsupported features and platforms" list: never allowed.
WASMTIME_TIERS_DETAIL_DIAGNOSTIC(entity_unsupported_in_release,
                                 class Entity WASMTIME_TIERS_DETAIL_COMMA unsigned Wasmtime)
// The release's text does not mention the entity: never allowed.
WASMTIME_TIERS_DETAIL_DIAGNOSTIC(entity_not_in_release_table,
                                 class Entity WASMTIME_TIERS_DETAIL_COMMA unsigned Wasmtime)
// A waiver for an entity that meets the policy already: remove it.
WASMTIME_TIERS_DETAIL_DIAGNOSTIC(waiver_not_needed_remove_it,
                                 class Entity WASMTIME_TIERS_DETAIL_COMMA class Tier
                                     WASMTIME_TIERS_DETAIL_COMMA unsigned Wasmtime
                                         WASMTIME_TIERS_DETAIL_COMMA class Policy_requires)
// A waiver whose last release has passed: review it.
WASMTIME_TIERS_DETAIL_DIAGNOSTIC(waiver_expired_review_it,
                                 class Entity WASMTIME_TIERS_DETAIL_COMMA unsigned Valid_until
                                     WASMTIME_TIERS_DETAIL_COMMA unsigned Wasmtime
                                         WASMTIME_TIERS_DETAIL_COMMA class Tier)
// A waiver with an empty reason: say why the project accepts the entity.
WASMTIME_TIERS_DETAIL_DIAGNOSTIC(waiver_needs_a_reason, class Entity)
// A waiver for an unsupported or unlisted entity: no waiver can accept it.
WASMTIME_TIERS_DETAIL_DIAGNOSTIC(waiver_cannot_accept_entity,
                                 class Entity WASMTIME_TIERS_DETAIL_COMMA class Tier
                                     WASMTIME_TIERS_DETAIL_COMMA unsigned Wasmtime)
// Two waivers for one entity: keep one.
WASMTIME_TIERS_DETAIL_DIAGNOSTIC(entity_waived_twice, class Entity)
// configure<>() (the Wasmtime integration): the compiler chosen for the engine does not support
// the proposal on this architecture, by the "Compiler Support" tables of the included Wasmtime's
// release.
WASMTIME_TIERS_DETAIL_DIAGNOSTIC(
    compiler_lacks_proposal,
    class Compiler WASMTIME_TIERS_DETAIL_COMMA class Proposal
        WASMTIME_TIERS_DETAIL_COMMA class Architecture WASMTIME_TIERS_DETAIL_COMMA class Support
            WASMTIME_TIERS_DETAIL_COMMA unsigned Wasmtime)
// configure<>(): Wasmtime itself would reject this configuration when the engine is created; Rule
// spells Wasmtime's message.
WASMTIME_TIERS_DETAIL_DIAGNOSTIC(wasmtime_config_rule,
                                 class Rule WASMTIME_TIERS_DETAIL_COMMA unsigned Wasmtime)
// configure<>(): the included Wasmtime has no such setter; Why says since when, or under which
// WASMTIME_FEATURE_* macro, Wasmtime declares it.
WASMTIME_TIERS_DETAIL_DIAGNOSTIC(setter_missing_in_wasmtime,
                                 class Setter WASMTIME_TIERS_DETAIL_COMMA unsigned Wasmtime
                                     WASMTIME_TIERS_DETAIL_COMMA class Why)
#undef WASMTIME_TIERS_DETAIL_DIAGNOSTIC
#undef WASMTIME_TIERS_DETAIL_COMMA
} // namespace diagnostic

namespace detail {
template <tier T>
struct tier_words {
  using type = std::conditional_t<
      detail::is(T, tier::t1), diagnostic::tier_1_production_ready,
      std::conditional_t<
          detail::is(T, tier::t2), diagnostic::tier_2_almost_production_ready,
          std::conditional_t<detail::is(T, tier::t3), diagnostic::tier_3_not_production_ready,
                             std::conditional_t<detail::is(T, tier::unsupported),
                                                diagnostic::on_the_unsupported_list,
                                                diagnostic::not_in_the_release_table>>>>;
};
template <tier T>
struct required_words {
  using type =
      std::conditional_t<detail::is(T, tier::t1), diagnostic::tier_1,
                         std::conditional_t<detail::is(T, tier::t2), diagnostic::tier_2_or_better,
                                            diagnostic::tier_3_or_better>>;
};
} // namespace detail

} // namespace wasmtime_tiers

// WASMTIME_TIERS_DETAIL_REPORT(kind, (args...), message): reports one violation in the form the
// compiler shows best. `message` is a detail::text computed from the table.
#define WASMTIME_TIERS_DETAIL_UNPAREN(...) __VA_ARGS__
#if WASMTIME_TIERS_COMPUTED_MESSAGES
#define WASMTIME_TIERS_DETAIL_REPORT(kind, args, message)                                          \
  static_assert(::wasmtime_tiers::diagnostic::kind<WASMTIME_TIERS_DETAIL_UNPAREN args>::accepted,  \
                message)
#elif defined(__clang__)
// What the template arguments of each kind name, in the fixed text of Clang before 17.
#define WASMTIME_TIERS_DETAIL_NAMES_entity_below_policy_tier                                       \
  "the entity, its tier, the Wasmtime release, the tier the policy requires, what the entity "     \
  "misses, and how to accept it anyway"
#define WASMTIME_TIERS_DETAIL_NAMES_proposal_fails_required_checks                                 \
  "the proposal, the Wasmtime release, the proposal checks it fails, and how to accept it anyway"
#define WASMTIME_TIERS_DETAIL_NAMES_entity_unsupported_in_release                                  \
  "the entity and the Wasmtime release whose unsupported list names it; no policy or waiver "      \
  "accepts it"
#define WASMTIME_TIERS_DETAIL_NAMES_entity_not_in_release_table                                    \
  "the entity and the Wasmtime release whose text does not mention it; no policy or waiver "       \
  "accepts it"
#define WASMTIME_TIERS_DETAIL_NAMES_waiver_not_needed_remove_it                                    \
  "the waived entity, its tier, the Wasmtime release and the tier the policy requires, which it "  \
  "meets: remove the waiver"
#define WASMTIME_TIERS_DETAIL_NAMES_waiver_expired_review_it                                       \
  "the waived entity, the last release of the waiver, the Wasmtime release checked and the "       \
  "entity's tier there: review the waiver"
#define WASMTIME_TIERS_DETAIL_NAMES_waiver_needs_a_reason                                          \
  "the waived entity: write why the project accepts it"
#define WASMTIME_TIERS_DETAIL_NAMES_waiver_cannot_accept_entity                                    \
  "the waived entity, which is unsupported or unlisted, and the Wasmtime release: remove the "     \
  "waiver"
#define WASMTIME_TIERS_DETAIL_NAMES_entity_waived_twice "the entity waived twice: keep one waiver"
#define WASMTIME_TIERS_DETAIL_NAMES_compiler_lacks_proposal                                        \
  "the compiler, the proposal, the architecture, its support there and the Wasmtime release"
#define WASMTIME_TIERS_DETAIL_NAMES_wasmtime_config_rule                                           \
  "the rule of Wasmtime's that the configuration breaks, in its words, and the Wasmtime release"
#define WASMTIME_TIERS_DETAIL_NAMES_setter_missing_in_wasmtime                                     \
  "the setter, the Wasmtime release, and since when or under which WASMTIME_FEATURE_* macro "      \
  "Wasmtime declares it"
#define WASMTIME_TIERS_DETAIL_REPORT(kind, args, message)                                                                    \
  static_assert(                                                                                                             \
      ::wasmtime_tiers::diagnostic::kind<WASMTIME_TIERS_DETAIL_UNPAREN args>::accepted,                                      \
      "wasmtime_tiers policy violation: the template arguments in this requirement name " WASMTIME_TIERS_DETAIL_NAMES_##kind \
      " (wasmtime_tiers::diagnostic::" #kind ")")
#else
// The deleted call is in a lambda that is never called: the enclosing constexpr function stays a
// constant expression, so that GCC adds no "called in a constant expression" after the report.
#define WASMTIME_TIERS_DETAIL_REPORT(kind, args, message)                                          \
  static_cast<void>(                                                                               \
      [] { ::wasmtime_tiers::diagnostic::kind<WASMTIME_TIERS_DETAIL_UNPAREN args>(); })
#endif

#endif
