// wasmtime-tiers: the sentences that explain verdicts and waiver problems: explain(v),
// describe_waiver, describe_duplicate_waiver, describe_range_waiver. The same words in the
// compile-time diagnostics (as the message of C++26 computed static_asserts) and in
// `wasmtime-tiers check`. <wasmtime_tiers.hpp> leaves this header out, except where the compiler
// computes static_assert messages (__cpp_static_assert >= 202306L), whose messages are these.
#ifndef WASMTIME_TIERS_EXPLAIN_HPP
#define WASMTIME_TIERS_EXPLAIN_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <cstddef>
#include <string_view>

#include <wasmtime_tiers/detail/names.hpp>
#include <wasmtime_tiers/category.hpp>
#include <wasmtime_tiers/detail/text.hpp>
#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/identifier.hpp>
#include <wasmtime_tiers/policies.hpp>
#include <wasmtime_tiers/proposal.hpp>
#include <wasmtime_tiers/proposal_matrix.hpp>
#include <wasmtime_tiers/release.hpp>
#include <wasmtime_tiers/table.hpp>
#include <wasmtime_tiers/tier.hpp>
#include <wasmtime_tiers/verdict.hpp>
#include <wasmtime_tiers/vocabulary.hpp>

namespace wasmtime_tiers {

namespace detail {

// describe_waiver(problem, text, release, rules, id, until): the sentence for a waiver's problem.
constexpr text<256> describe_waiver(waiver_problem problem, std::size_t text_index,
                                    unsigned release, const rules& r, std::size_t id,
                                    unsigned until) noexcept {
  const tier actual = tier_in(text_index, id);
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

// describe_range_waiver(v, first, last, id, until): the sentence for a waiver's problem in a
// policy over Wasmtime first to last.
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

// explain(v, advice): the sentence for verdict v: the entity, its tier in the release, what the
// policy requires, what the entity misses and how to accept it anyway (a waiver in C++, or
// `--waive` with waiver_advice::command_line); the words of the compile-time diagnostics.
using detail::explain;

// describe_waiver(problem, release, policy, id, until): the sentence for a waiver's problem; ""
// for waiver_problem::none. The release must be one a text covers (release_known), except for
// waiver_problem::no_reason, whose sentence names no release.
constexpr detail::text<256> describe_waiver(waiver_problem problem, unsigned release,
                                            const tier_policy& policy, std::size_t id,
                                            unsigned until = no_expiry) noexcept {
  unsigned text_release = release;
  if (!detail::release_known(release) && problem == waiver_problem::no_reason)
    text_release = newest_release;
  if (!detail::release_known(text_release)) return {};
  return detail::describe_waiver(problem, detail::text_index_of(text_release), release, policy, id,
                                 until);
}

// describe_duplicate_waiver(id): the sentence for an entity waived twice.
using detail::describe_duplicate_waiver;

// describe_range_waiver(v, first, last, id, until): the sentence for a waiver's problem in a
// policy over Wasmtime first to last (waiver_problem_in_range decides it, in verdict.hpp).
using detail::describe_range_waiver;

} // namespace wasmtime_tiers

#endif
