// wasmtime-tiers: verdicts, checks and explanations at run time: the verdict of a policy on an
// entity in a release, what is wrong with a waiver, and the sentences that explain both. The
// compile-time checks (check.hpp) and the command-line tool decide and explain with these.
#ifndef WASMTIME_TIERS_VERDICT_HPP
#define WASMTIME_TIERS_VERDICT_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <cstddef>
#include <string_view>

#include <wasmtime_tiers/category.hpp>
#include <wasmtime_tiers/detail/defer.hpp>
#include <wasmtime_tiers/detail/text.hpp>
#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/policies.hpp>
#include <wasmtime_tiers/proposal.hpp>
#include <wasmtime_tiers/proposal_matrix.hpp>
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

  constexpr std::string_view name() const noexcept { return detail::name_at(id); }
  constexpr wasmtime_tiers::category category() const noexcept { return detail::category_at(id); }
  constexpr std::string_view missing_text() const noexcept {
    const detail::text_table* t = detail::text_of(release);
    return t ? detail::missing_text_at(*t, id) : std::string_view{};
  }
  constexpr bool allowed() const noexcept {
    return kind == verdict_kind::none || kind == verdict_kind::waived;
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
constexpr verdict check_entity(const text_table& t, unsigned release, const rules& r, bool waived,
                               std::size_t id) noexcept {
  verdict v;
  v.id = id;
  v.release = release;
  v.actual = tier_at(t, id);
  v.required = r.for_category(category_at(id));
  v.uniform_policy = r.uniform();
  if (r.checks != 0 && category_at(id) == category::wasm_proposal)
    v.lacking =
        static_cast<proposal_check_set>(checks_lacking_at(proposals_of(release), id) & r.checks);
  if (v.actual == tier::unsupported)
    v.kind = verdict_kind::unsupported;
  else if (v.actual == tier::unlisted)
    v.kind = verdict_kind::unlisted;
  else if (meets(v.actual, v.required) && v.lacking == 0)
    v.kind = verdict_kind::none;
  else if (waived)
    v.kind = verdict_kind::waived;
  else if (!meets(v.actual, v.required))
    v.kind = verdict_kind::below_tier;
  else
    v.kind = verdict_kind::lacks_checks;
  return v;
}

// allowed_at(text, release, rules, waived, id): check_entity(...).allowed() without building the
// verdict; what the `allowed` concept evaluates for every check.
constexpr bool allowed_at(const text_table& t, unsigned release, const rules& r, bool waived,
                          std::size_t id) noexcept {
  // Flat, with no nested constexpr calls: every check evaluates it, and each call costs in the
  // constant evaluator. A tier code is its tier's digit ('1' '2' '3'; 'u' and '-' never allow).
  const char code = id < t.tiers.size() ? t.tiers[id] : '-';
  if (code != '1' && code != '2' && code != '3') return false;
  if (waived) return true;
  const auto c = static_cast<std::size_t>(gen::categories[id] - '0');
  if (code - '0' > static_cast<int>(r.required[c])) return false;
  return r.checks == 0 || c != static_cast<std::size_t>(category::wasm_proposal) ||
         (checks_lacking_at(proposals_of(release), id) & r.checks) == 0;
}

// waiver_problem_at(text, release, rules, id, reason_empty, until): what is wrong with a waiver for
// entity id, valid up to Wasmtime `until`, in a policy of `rules` checking `release`. O(1). The
// compile-time waivers and `wasmtime-tiers check --waive` both decide with it.
WASMTIME_TIERS_DETAIL_DEFER
constexpr waiver_problem waiver_problem_at(const text_table& t, unsigned release, const rules& r,
                                           std::size_t id, bool reason_empty,
                                           unsigned until) noexcept {
  const verdict unwaived = check_entity(t, release, r, false, id);
  if (reason_empty) return waiver_problem::no_reason;
  if (!is_tiered(unwaived.actual)) return waiver_problem::cannot_accept;
  if (unwaived.kind == verdict_kind::none) return waiver_problem::not_needed;
  if (release > until) return waiver_problem::expired;
  return waiver_problem::none;
}

// describe_waiver(problem, text, release, rules, id, until): the sentence for a waiver's problem.
WASMTIME_TIERS_DETAIL_DEFER
constexpr text<256> describe_waiver(waiver_problem problem, const text_table& t, unsigned release,
                                    const rules& r, std::size_t id, unsigned until) noexcept {
  const tier actual = tier_at(t, id);
  const tier required = r.for_category(category_at(id));
  text<256> m;
  switch (problem) {
  case waiver_problem::none: break;
  case waiver_problem::no_reason:
    m += "the waiver for ";
    m += name_at(id);
    m += " has an empty reason; write why the project accepts it";
    break;
  case waiver_problem::cannot_accept:
    m += "no waiver can accept ";
    m += name_at(id);
    m += actual == tier::unsupported ? ": it is on the unsupported list of Wasmtime "
                                     : ": it is not in the tier table of Wasmtime ";
    m.append_number(release);
    m += "; remove the waiver";
    break;
  case waiver_problem::not_needed:
    m += "the waiver for ";
    m += name_at(id);
    m += " is not needed: it is ";
    m += to_string(actual);
    m += " in Wasmtime ";
    m.append_number(release);
    m += " and the policy requires ";
    m += to_string(required);
    if (required != tier::t1) m += " or better";
    m += "; remove the waiver";
    break;
  case waiver_problem::expired:
    m += "the waiver for ";
    m += name_at(id);
    m += " expired after Wasmtime ";
    m.append_number(until);
    m += " and the policy checks Wasmtime ";
    m.append_number(release);
    m += ", where it is ";
    m += to_string(actual);
    m += "; review the waiver and extend or remove it";
    break;
  }
  return m;
}

// describe_duplicate_waiver(id): the sentence for an entity waived twice.
WASMTIME_TIERS_DETAIL_DEFER
constexpr text<256> describe_duplicate_waiver(std::size_t id) noexcept {
  text<256> m;
  m += name_at(id);
  m += " is waived twice in one policy; keep one waiver";
  return m;
}


// The capacity of explain()'s sentence: the longest sentence of every shipped table (every
// release, entity, kind and set of proposal checks) fits with room to spare; a test holds each one
// whole, and text::cut() tells.
inline constexpr std::size_t describe_capacity = 1024;

WASMTIME_TIERS_DETAIL_DEFER
constexpr void append_waiver_advice(text<describe_capacity>& m, const verdict& v,
                                    waiver_advice advice) noexcept {
  if (advice == waiver_advice::command_line) {
    m += "; to accept it anyway, add --waive ";
    m += v.name();
    m += "=REASON";
  } else {
    m += "; to accept it anyway, waive ";
    m += qualified_identifier_of(v.category(), v.name()).view();
    m += " with a reason";
  }
}

// explain(v): the sentence for a verdict, the same words in compile-time diagnostics and in
// `wasmtime-tiers check`.
WASMTIME_TIERS_DETAIL_DEFER
constexpr text<describe_capacity> explain(const verdict& v,
                                          waiver_advice advice = waiver_advice::cpp) noexcept {
  text<describe_capacity> m;
  const std::string_view name = v.name();
  switch (v.kind) {
  case verdict_kind::none:
  case verdict_kind::waived:
    m += name;
    m += " is ";
    m += to_string(v.actual);
    m += " in Wasmtime ";
    m.append_number(v.release);
    m += v.kind == verdict_kind::waived ? ", accepted by a waiver" : ", which the policy allows";
    break;
  case verdict_kind::below_tier:
    m += name;
    m += " is ";
    m += to_string(v.actual);
    m += " in Wasmtime ";
    m.append_number(v.release);
    if (!v.missing_text().empty()) {
      m += " (missing: ";
      m += v.missing_text();
      m += ')';
    }
    m += ", but the policy requires ";
    m += to_string(v.required);
    if (v.required != tier::t1) m += " or better";
    if (!v.uniform_policy) {
      m += " for a ";
      m += to_string(v.category());
    }
    append_waiver_advice(m, v, advice);
    break;
  case verdict_kind::lacks_checks: {
    m += name;
    m += " fails proposal checks the policy requires in Wasmtime ";
    m.append_number(v.release);
    m += " (";
    const proposals_table& pt = proposals_of(v.release);
    const bool covered = proposals_release_known(v.release);
    bool first = true;
    for (proposal_check c : checks_in(v.lacking)) {
      if (!first) m += ", ";
      first = false;
      m += to_string(c);
      m += ": ";
      const check_status st = check_at(pt, v.id, c);
      m += st == check_status::unlisted && !covered ? std::string_view{"not covered"}
           : st == check_status::wip                ? std::string_view{"work in progress"}
           : st == check_status::unlisted           ? std::string_view{"not rated"}
                                                    : to_string(st);
    }
    // Said once, not per check.
    if (!covered) m += "; docs/stability-wasm-proposals.md starts at Wasmtime 27";
    m += ')';
    append_waiver_advice(m, v, advice);
    break;
  }
  case verdict_kind::unsupported:
    m += name;
    m += " is on the unsupported list of Wasmtime ";
    m.append_number(v.release);
    m += " (\"Unsupported features and platforms\"), which no policy or waiver accepts";
    break;
  case verdict_kind::unlisted:
    m += name;
    m += " is not in the tier table of Wasmtime ";
    m.append_number(v.release);
    m += ", which no policy or waiver accepts; check the release the policy names";
    break;
  }
  return m;
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

WASMTIME_TIERS_DETAIL_DEFER
constexpr range_waiver_verdict waiver_problem_in_range(unsigned first, unsigned last,
                                                       const rules& r, std::size_t id,
                                                       bool reason_empty, unsigned until) noexcept {
  range_waiver_verdict v;
  v.covered_last = until < last ? until : last;
  v.release = first;
  // (A release no text covers is skipped: releases<A, B> reports it as its own error.)
  v.actual = text_of(first) ? tier_at(*text_of(first), id) : tier::unlisted;
  if (reason_empty) {
    v.problem = waiver_problem::no_reason;
    return v;
  }
  if (until < first) {
    v.problem = waiver_problem::expired;
    return v;
  }
  bool tiered = false, needed = false;
  for (unsigned m = first; m <= v.covered_last; ++m) {
    if (!text_of(m)) continue;
    const verdict unwaived = check_entity(*text_of(m), m, r, false, id);
    if (!is_tiered(unwaived.actual)) continue;
    tiered = true;
    if (!unwaived.allowed()) needed = true;
  }
  if (!tiered) {
    v.problem = waiver_problem::cannot_accept;
  } else if (!needed) {
    v.problem = waiver_problem::not_needed;
    v.release = v.covered_last;
    v.actual = text_of(v.covered_last) ? tier_at(*text_of(v.covered_last), id) : tier::unlisted;
  }
  return v;
}

// describe_range_waiver(v, first, last, id, until): the sentence for a waiver's problem in a
// policy over Wasmtime first to last.
WASMTIME_TIERS_DETAIL_DEFER
constexpr text<256> describe_range_waiver(const range_waiver_verdict& v, unsigned first,
                                          unsigned last, std::size_t id, unsigned until) noexcept {
  text<256> m;
  switch (v.problem) {
  case waiver_problem::none: break;
  case waiver_problem::no_reason:
    m += "the waiver for ";
    m += name_at(id);
    m += " has an empty reason; write why the project accepts it";
    break;
  case waiver_problem::expired:
    m += "the waiver for ";
    m += name_at(id);
    m += " expired after Wasmtime ";
    m.append_number(until);
    m += " and the policy checks Wasmtime ";
    m.append_number(first);
    m += " to ";
    m.append_number(last);
    m += "; in ";
    m.append_number(first);
    m += " it is ";
    m += to_string(v.actual);
    m += "; review the waiver and extend or remove it";
    break;
  case waiver_problem::cannot_accept:
    m += "no waiver can accept ";
    m += name_at(id);
    m += ": it has no tier (unsupported or not in the tier table) in any of Wasmtime ";
    m.append_number(first);
    m += " to ";
    m.append_number(v.covered_last);
    m += "; remove the waiver";
    break;
  case waiver_problem::not_needed:
    m += "the waiver for ";
    m += name_at(id);
    m += " is not needed: it meets the policy in every release from Wasmtime ";
    m.append_number(first);
    m += " to ";
    m.append_number(v.covered_last);
    m += " that the waiver covers; remove the waiver";
    break;
  }
  return m;
}

// describe(v): the former name of explain(v).
[[deprecated("use wasmtime_tiers::explain")]] constexpr text<describe_capacity> describe(
    const verdict& v, waiver_advice advice = waiver_advice::cpp) noexcept {
  return explain(v, advice);
}

} // namespace detail

// The run-time twins of the compile-time checks (check.hpp), over a tier_policy: the
// command-line tool decides and words its verdicts with these, as the compile-time checks do.

// explain(v, advice): the sentence for verdict v: the entity, its tier in the release, what the
// policy requires, what the entity misses and how to accept it anyway (a waiver in C++, or
// `--waive` with waiver_advice::command_line); the words of the compile-time diagnostics.
using detail::explain;

// verdict_in(release, policy, id, waived): the verdict of `policy` on entity `id` (an entity tag's
// wasmtime_tiers_id) in Wasmtime `release`, accepted by a waiver where `waived`; unlisted where no
// text covers the release. O(1). verdict_of<P, E> is its compile-time twin.
WASMTIME_TIERS_DETAIL_DEFER
constexpr verdict verdict_in(unsigned release, const tier_policy& policy, std::size_t id,
                             bool waived = false) noexcept {
  if (const detail::text_table* t = detail::text_of(release))
    return detail::check_entity(*t, release, policy, waived, id);
  verdict v;
  v.id = id;
  v.kind = verdict_kind::unlisted;
  v.release = release;
  v.required = policy.for_category(detail::category_at(id));
  v.uniform_policy = policy.uniform();
  return v;
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
  const detail::text_table* t = detail::text_of(release);
  return t ? detail::waiver_problem_at(*t, release, policy, id, false, until)
           : waiver_problem::cannot_accept;
}

// describe_waiver(problem, release, policy, id, until): the sentence for a waiver's problem; ""
// for waiver_problem::none. The release must be one a text covers (release_known), except for
// waiver_problem::no_reason, whose sentence names no release.
WASMTIME_TIERS_DETAIL_DEFER
constexpr detail::text<256> describe_waiver(waiver_problem problem, unsigned release,
                                            const tier_policy& policy, std::size_t id,
                                            unsigned until = no_expiry) noexcept {
  const detail::text_table* t = detail::text_of(release);
  if (!t && problem == waiver_problem::no_reason) t = detail::text_of(newest_release);
  if (!t) return {};
  return detail::describe_waiver(problem, *t, release, policy, id, until);
}

// describe_duplicate_waiver(id): the sentence for an entity waived twice.
using detail::describe_duplicate_waiver;

// Over a range of releases (releases<A, B>): range_waiver_verdict, waiver_problem_in_range(first,
// last, policy, id, reason_empty, until) and describe_range_waiver(v, first, last, id, until).
using detail::describe_range_waiver;
using detail::range_waiver_verdict;
using detail::waiver_problem_in_range;

} // namespace wasmtime_tiers

#endif
