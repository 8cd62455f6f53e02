// wasmtime-tiers: policies over a range of releases (minimum_tier<T, releases<A, B>>): an entity
// is allowed only if every release of the range allows it; waivers count in the releases up to
// their Until, and are checked, as over one release, against the policy that is used (its final
// composition): a waiver is stale when no release it covers needs it. policy.hpp includes this
// header at its end; it also compiles on its own.
#ifndef WASMTIME_TIERS_POLICY_RANGE_HPP
#define WASMTIME_TIERS_POLICY_RANGE_HPP

#include <cstddef>

#include <wasmtime_tiers/policy.hpp>
#include <wasmtime_tiers/release_range.hpp>

namespace wasmtime_tiers {

namespace detail {

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

constexpr range_waiver_verdict waiver_problem_in_range(unsigned first, unsigned last, const rules& r,
                                                       std::size_t id, bool reason_empty,
                                                       unsigned until) noexcept {
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
    const violation unwaived = check_entity(*text_of(m), m, r, false, id);
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
constexpr text<256> describe_range_waiver(const range_waiver_verdict& v, unsigned first, unsigned last,
                                          std::size_t id, unsigned until) noexcept {
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

template <class P, class W>
inline constexpr range_waiver_verdict range_waiver_verdict_of =
    waiver_problem_in_range(range_bounds<typename P::release>::first, range_bounds<typename P::release>::last, P::rules, W::entity::wasmtime_tiers_id,
                            W::reason.empty(), W::until);

template <class P, class W>
constexpr waiver_problem range_waiver_problem_of() noexcept {
  return range_waiver_verdict_of<P, W>.problem;
}

// report_range_waiver<P, W>(): report_waiver for a policy P over a range of releases.
template <class P, class W>
constexpr void report_range_waiver() noexcept {
  using E = typename W::entity;
  using R = range_bounds<typename P::release>;
  constexpr range_waiver_verdict v = range_waiver_verdict_of<P, W>;
  // Scalars, which a report's lambda (GCC) can name without a capture.
  constexpr waiver_problem problem = v.problem;
  [[maybe_unused]] constexpr tier actual = v.actual;
  [[maybe_unused]] constexpr unsigned major = v.release;
  [[maybe_unused]] constexpr unsigned until = W::until;
  [[maybe_unused]] constexpr tier required = P::rules.for_category(category_at(E::wasmtime_tiers_id));
  [[maybe_unused]] constexpr auto m = describe_range_waiver(v, R::first, R::last, E::wasmtime_tiers_id, W::until);
  if constexpr (problem == waiver_problem::no_reason) {
    WASMTIME_TIERS_DETAIL_REPORT(waiver_needs_a_reason, (E), m);
  } else if constexpr (problem == waiver_problem::expired) {
    WASMTIME_TIERS_DETAIL_REPORT(waiver_expired_review_it,
                                 (E, until, major, typename tier_words<actual>::type), m);
  } else if constexpr (problem == waiver_problem::cannot_accept) {
    WASMTIME_TIERS_DETAIL_REPORT(waiver_cannot_accept_entity,
                                 (E, typename tier_words<actual>::type, major), m);
  } else if constexpr (problem == waiver_problem::not_needed) {
    WASMTIME_TIERS_DETAIL_REPORT(waiver_not_needed_remove_it,
                                 (E, typename tier_words<actual>::type, major,
                                  typename required_words<required>::type),
                                 m);
  }
}

// range_waivers<P>::covers(id, major): a waiver of P accepts entity id in Wasmtime major: in the
// releases up to its Until; a waiver that P refuses (report_range_waiver) in every release of the
// range, as over one release a refused waiver still accepts its entity: its refusal is the one
// error, with no follow-on error for the entity it names.
template <class P, class Waivers = typename P::waivers>
struct range_waivers {
  static constexpr bool covers(std::size_t id, unsigned major) noexcept {
    return Waivers::covers(id, major);
  }
};
template <class P, class... W>
struct range_waivers<P, waiver_list<W...>> {
  static constexpr std::size_t ids[sizeof...(W) + 1] = {W::entity::wasmtime_tiers_id..., 0};
  static constexpr unsigned untils[sizeof...(W) + 1] = {
      (range_waiver_problem_of<P, W>() == waiver_problem::none ? W::until : no_expiry)..., 0u};
  static constexpr bool covers(std::size_t id, unsigned major) noexcept {
    for (std::size_t k = 0; k < sizeof...(W); ++k)
      if (ids[k] == id && major <= untils[k]) return true;
    return false;
  }
};

// A policy's range cut where the verdict on any entity can change: where the tiers text changes,
// where the proposals text changes (when the policy requires proposal checks), and after the Until
// of one of its waivers. Every release of a segment gives every entity the verdict of its first.
struct release_segment {
  unsigned first = 0;
  const text_table* text = nullptr;
};
struct release_segments {
  release_segment items[release_slots]{};
  std::size_t count = 0;
};

// segments_of<P>: computed once per policy, not per check.
template <class P>
inline constexpr release_segments segments_of = [] {
  using R = range_bounds<typename P::release>;
  // releases<A, B>'s own checks, in its words, made here (see range_bounds): the range is not
  // instantiated by the policy checks, so that its error is the one error.
  static_assert(R::first <= R::last, "wasmtime_tiers::releases<First, Last>: First is after Last; "
                                     "write the older release first, e.g. releases<36, 48>");
  static_assert(every_release_known(R::first, R::last),
                "wasmtime_tiers::releases<First, Last>: no shipped text of Wasmtime's "
                "docs/stability-tiers.md covers some release of the range; known releases: "
                WASMTIME_TIERS_DETAIL_KNOWN_RELEASES);
  release_segments s;
  for (unsigned m = R::first; m <= R::last; ++m) {
    const text_table* t = text_of(m);
    // A release no text covers is releases<A, B>'s own error; the rest of the range is checked,
    // so that it adds no follow-on error.
    if (!t) continue;
    bool cut = s.count == 0 || t != s.items[s.count - 1].text;
    if (!cut && P::rules.checks != 0) cut = &proposals_of(m) != &proposals_of(m - 1);
    for (std::size_t w : P::waivers::ids)
      if (!cut && range_waivers<P>::covers(w, m) != range_waivers<P>::covers(w, m - 1)) cut = true;
    if (cut) s.items[s.count++] = {m, t};
  }
  return s;
}();

// check_range<P>(id): the verdict in the first release of P's range that refuses the entity, so
// that a diagnostic names that release and the entity's tier there; when every release allows it,
// the first verdict that needed a waiver, else the verdict in the newest release. O(number of
// segments: about one per distinct text in the range).
template <class P>
constexpr violation check_range(std::size_t id) noexcept {
  constexpr const release_segments& s = segments_of<P>;
  violation last{};
  violation first_waived{};
  for (std::size_t i = 0; i < s.count; ++i) {
    const unsigned m = s.items[i].first;
    last = check_entity(*s.items[i].text, m, P::rules, range_waivers<P>::covers(id, m), id);
    if (!last.allowed()) return last;
    if (last.kind == violation_kind::waived && first_waived.kind != violation_kind::waived)
      first_waived = last;
  }
  if (first_waived.kind == violation_kind::waived) return first_waived;
  last.release = range_bounds<typename P::release>::last;
  return last;
}

// allowed_in_range<P>(id): check_range<P>(id).allowed() without building verdicts.
template <class P>
constexpr bool allowed_in_range(std::size_t id) noexcept {
  constexpr const release_segments& s = segments_of<P>;
  for (std::size_t i = 0; i < s.count; ++i)
    if (!allowed_at(*s.items[i].text, s.items[i].first, P::rules,
                    range_waivers<P>::covers(id, s.items[i].first), id))
      return false;
  return true;
}

} // namespace detail

} // namespace wasmtime_tiers

#endif
