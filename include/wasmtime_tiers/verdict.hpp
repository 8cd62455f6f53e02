// wasmtime-tiers: verdicts and waiver checks at run time: the verdict of a policy on an entity in a
// release, and what is wrong with a waiver. The compile-time checks (check.hpp) and the
// command-line tool decide with these. The sentences that explain both (explain(v),
// describe_waiver, ...) are in <wasmtime_tiers/explain.hpp>, which <wasmtime_tiers.hpp> leaves out:
// a translation unit pays for them only where it words a verdict.
#ifndef WASMTIME_TIERS_VERDICT_HPP
#define WASMTIME_TIERS_VERDICT_HPP

#include <wasmtime_tiers/version.hpp>         // first: the C++20 check
#include <wasmtime_tiers/detail/encoding.hpp> // std::size_t
#include <type_traits>

#include <wasmtime_tiers/category.hpp>
#include <wasmtime_tiers/detail/defer.hpp>
#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/policies.hpp>
#include <wasmtime_tiers/proposal.hpp>
#include <wasmtime_tiers/table.hpp>
#include <wasmtime_tiers/tier.hpp>

namespace wasmtime_tiers {

// verdict_kind: what a policy says of an entity: allowed (none, waived) or why not.
enum class verdict_kind : unsigned char {
  none,         // allowed: meets the policy's tier
  waived,       // allowed: below the tier, accepted by a waiver
  below_tier,   // below the tier the policy requires for its category
  lacks_checks, // a WebAssembly proposal that fails proposal checks the policy requires
  unsupported,  // on the release's "Unsupported features and platforms" list
  unlisted,     // not mentioned by the release's text
};

// verdict: one entity checked against a policy in one release, allowed or not (allowed()); a
// violation is a verdict that does not allow. explain(v) says it in words.
struct verdict {
  std::size_t id = 0;
  verdict_kind kind = verdict_kind::none;
  tier actual = tier::unlisted;
  tier required = tier::t1;
  unsigned release = 0;
  bool uniform_policy = true;     // the policy requires the same tier of every category
  proposal_check_set lacking = 0; // lacks_checks: the required checks the proposal fails

  // name(), missing_text(): std::string_views (see the names hook of detail/encoding.hpp).
  template <class T = void>
  constexpr auto name() const noexcept {
    return detail::names_for<T>::name(detail::name_at(id));
  }
  WASMTIME_TIERS_DETAIL_DEFER
  constexpr wasmtime_tiers::category category() const noexcept { return detail::category_at(id); }
  template <class T = void>
  constexpr auto missing_text() const noexcept {
    return detail::names_for<T>::name(
        detail::release_known(release)
            ? detail::missing_text(detail::missing_index_in(detail::text_index_of(release), id))
            : detail::packed{});
  }
  constexpr bool allowed() const noexcept {
    return detail::is(kind, verdict_kind::none) || detail::is(kind, verdict_kind::waived);
  }
};

// violation_kind, violation: the former names of verdict_kind and verdict (every verdict, allowed
// ones included, had the type `violation`).
using violation_kind [[deprecated("use wasmtime_tiers::verdict_kind")]] = verdict_kind;
using violation [[deprecated("use wasmtime_tiers::verdict")]] = verdict;

// waiver_problem: what is wrong with a waiver, decided on the policy that is used: nothing, an
// empty reason, an entity no waiver can accept (unsupported or unlisted), an entity that meets the
// policy already (not needed), or a release after the waiver's Until (expired).
enum class waiver_problem : unsigned char { none, no_reason, cannot_accept, not_needed, expired };

// waiver_advice: how explain() says to accept a violation: with a waiver in C++ (the words of the
// compile-time diagnostics), or with `wasmtime-tiers check --waive NAME=REASON`.
enum class waiver_advice : unsigned char { cpp, command_line };

namespace detail {

using wasmtime_tiers::waiver_advice;
using wasmtime_tiers::waiver_problem;

// check_entity(text, release, rules, waived, id): the verdict for one entity. O(1).
WASMTIME_TIERS_DETAIL_DEFER
constexpr verdict check_entity(std::size_t text, unsigned release, const rules& r, bool waived,
                               std::size_t id) noexcept {
  // Initialized, never assigned: Clang resolves each assignment to an enumeration as an overloaded
  // operator (about 1.4 M instructions in every translation unit that includes this header).
  const tier actual = tier_in(text, id);
  const tier required = r.for_category(category_at(id));
  const auto lacking =
      static_cast<proposal_check_set>(r.checks != 0 && is(category_at(id), category::wasm_proposal)
                                          ? lacking_checks_in(release, id) & r.checks
                                          : 0);
  const bool meets_tier = meets(actual, required);
  const verdict_kind kind = is(actual, tier::unsupported) ? verdict_kind::unsupported
                            : is(actual, tier::unlisted)  ? verdict_kind::unlisted
                            : meets_tier && lacking == 0  ? verdict_kind::none
                            : waived                      ? verdict_kind::waived
                            : !meets_tier                 ? verdict_kind::below_tier
                                                          : verdict_kind::lacks_checks;
  return verdict{id, kind, actual, required, release, r.uniform(), lacking};
}

// allowed_at(text, release, rules, waived, id): check_entity(...).allowed() without building the
// verdict; what the `allowed` concept evaluates for every check.
constexpr bool allowed_at(std::size_t text, unsigned release, const rules& r, bool waived,
                          std::size_t id) noexcept {
  // Flat, with no nested constexpr calls: every check evaluates it, and each call costs in the
  // constant evaluator. A tier code is its tier's digit ('1' '2' '3'; 'u' and '-' never allow).
  const char code = id < gen::entity_count ? gen::tier_codes[text * gen::entity_count + id] : '-';
  if (code != '1' && code != '2' && code != '3') return false;
  if (waived) return true;
  const auto c = static_cast<std::size_t>(gen::categories_data[id] - '0'); // see category_at
  if (code - '0' > static_cast<int>(r.required[c])) return false;
  return r.checks == 0 || c != static_cast<std::size_t>(category::wasm_proposal) ||
         (lacking_checks_in(release, id) & r.checks) == 0;
}

// waiver_problem_at(text, release, rules, id, reason_empty, until): what is wrong with a waiver for
// entity id, valid up to Wasmtime `until`, in a policy of `rules` checking `release`. O(1). The
// compile-time waivers and `wasmtime-tiers check --waive` both decide with it.
WASMTIME_TIERS_DETAIL_DEFER
constexpr waiver_problem waiver_problem_at(std::size_t text, unsigned release, const rules& r,
                                           std::size_t id, bool reason_empty,
                                           unsigned until) noexcept {
  const verdict unwaived = check_entity(text, release, r, false, id);
  if (reason_empty) return waiver_problem::no_reason;
  if (!is_tiered(unwaived.actual)) return waiver_problem::cannot_accept;
  if (is(unwaived.kind, verdict_kind::none)) return waiver_problem::not_needed;
  if (release > until) return waiver_problem::expired;
  return waiver_problem::none;
}

// What a waiver does over the releases of a range it covers (the first of the range to the earlier
// of its Until and the range's last), decided on the policy that is used, as over one release
// (waiver_problem_at): stale when its reason is empty; when its Until is before the range
// (expired); when the entity has no tier (unsupported or unlisted) in any release it covers (no
// waiver can accept it); or when the entity meets the policy in every release it covers (not
// needed). The compile-time waivers and `wasmtime-tiers check --releases A..B --waive` both decide
// with waiver_problem_in_range.
struct range_waiver_verdict {
  waiver_problem problem = waiver_problem::none;
  unsigned release = 0;         // the release a report names: the range's first, or for a waiver
                                // not needed, the last release it covers
  tier actual = tier::unlisted; // the entity's tier there
  unsigned covered_last = 0;    // the last release of the range the waiver covers
};

} // namespace detail

// The run-time twins of the compile-time checks (check.hpp), over a tier_policy: the
// command-line tool decides and words its verdicts with these, as the compile-time checks do.

// verdict_in(release, policy, id, waived): the verdict of `policy` on entity `id` (id_of<E> of an
// entity tag E) in Wasmtime `release`, accepted by a waiver where `waived`; unlisted where no
// text covers the release. O(1). verdict_of<P, E> is its compile-time twin.
WASMTIME_TIERS_DETAIL_DEFER
constexpr verdict verdict_in(unsigned release, const tier_policy& policy, std::size_t id,
                             bool waived = false) noexcept {
  if (detail::release_known(release))
    return detail::check_entity(detail::text_index_of(release), release, policy, waived, id);
  return verdict{id,
                 verdict_kind::unlisted,
                 tier::unlisted,
                 policy.for_category(detail::category_at(id)),
                 release,
                 policy.uniform(),
                 0};
}

// waiver_problem_in(release, policy, id, reason_empty, until): what is wrong with a waiver of
// entity `id`, valid up to Wasmtime `until`, in `policy` checking `release` (a release no text
// covers: no waiver can accept anything there). O(1). A waiver<E, "reason", Until> of a
// compile-time policy is decided the same way.
WASMTIME_TIERS_DETAIL_DEFER
constexpr waiver_problem waiver_problem_in(unsigned release, const tier_policy& policy,
                                           std::size_t id, bool reason_empty,
                                           unsigned until = no_expiry) noexcept {
  if (reason_empty) return waiver_problem::no_reason;
  return detail::release_known(release)
             ? detail::waiver_problem_at(detail::text_index_of(release), release, policy, id, false,
                                         until)
             : waiver_problem::cannot_accept;
}

// Over a range of releases (releases<A, B>): range_waiver_verdict, which
// waiver_problem_in_range(first, last, policy, id, reason_empty, until) decides (policy_range.hpp);
// the sentence: describe_range_waiver (explain.hpp).
using detail::range_waiver_verdict;

namespace detail {
template <class V>
struct explain_needs_its_header {
  static_assert(sizeof(V) == 0,
                "wasmtime_tiers::explain(verdict): the sentences of verdicts and waivers are in "
                "<wasmtime_tiers/explain.hpp>, which <wasmtime_tiers.hpp> leaves out: #include "
                "<wasmtime_tiers/explain.hpp>");
  static constexpr int value = 0;
};
} // namespace detail

// Without <wasmtime_tiers/explain.hpp>, a call of explain(v) chooses this template, whose error
// names the header; with it, the function explain.hpp declares (not a template) wins.
template <class V, class... Advice>
  requires std::is_same_v<V, verdict>
constexpr auto explain(const V&, Advice...) noexcept {
  return detail::explain_needs_its_header<V>::value;
}

} // namespace wasmtime_tiers

// The names this header declares are std::string_views (see detail/names.hpp).
#include <wasmtime_tiers/detail/names.hpp>

#endif
