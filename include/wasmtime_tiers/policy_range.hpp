// wasmtime-tiers: policies over a range of releases (minimum_tier<T, releases<A, B>>), and the
// whole policy layer (policy.hpp). An entity is allowed only if every release of the range allows
// it; waivers count in the releases up to their Until, and are checked, as over one release,
// against the policy that is used (its final composition): a waiver is stale when no release it
// covers needs it. <wasmtime_tiers.hpp> holds releases<A, B> and leaves this header out (about 7 M
// instructions a translation unit with GCC 12 and Clang 14): a check of a range policy without it
// stops with one error naming it. history.hpp includes it.
#ifndef WASMTIME_TIERS_POLICY_RANGE_HPP
#define WASMTIME_TIERS_POLICY_RANGE_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <string_view>                // std::size_t too (see detail/encoding.hpp)

#include <wasmtime_tiers/detail/names.hpp>
#include <wasmtime_tiers/check.hpp>
#include <wasmtime_tiers/detail/defer.hpp>
#include <wasmtime_tiers/policies.hpp>
#include <wasmtime_tiers/policy.hpp>
#include <wasmtime_tiers/release_range.hpp>
#include <wasmtime_tiers/verdict.hpp>

namespace wasmtime_tiers {

namespace detail {

WASMTIME_TIERS_DETAIL_DEFER
constexpr range_waiver_verdict waiver_problem_in_range(unsigned first, unsigned last,
                                                       const rules& r, std::size_t id,
                                                       bool reason_empty, unsigned until) noexcept {
  const unsigned covered_last = until < last ? until : last;
  // (A release no text covers is skipped: releases<A, B> reports it as its own error.)
  const tier at_first = release_known(first) ? tier_in(text_index_of(first), id) : tier::unlisted;
  if (reason_empty) return {waiver_problem::no_reason, first, at_first, covered_last};
  if (until < first) return {waiver_problem::expired, first, at_first, covered_last};
  bool tiered = false, needed = false;
  for (unsigned m = first; m <= covered_last; ++m) {
    if (!release_known(m)) continue;
    const verdict unwaived = check_entity(text_index_of(m), m, r, false, id);
    if (!is_tiered(unwaived.actual)) continue;
    tiered = true;
    if (!unwaived.allowed()) needed = true;
  }
  if (!tiered) return {waiver_problem::cannot_accept, first, at_first, covered_last};
  if (!needed)
    return {waiver_problem::not_needed, covered_last,
            release_known(covered_last) ? tier_in(text_index_of(covered_last), id) : tier::unlisted,
            covered_last};
  return {waiver_problem::none, first, at_first, covered_last};
}

} // namespace detail

// waiver_problem_in_range(first, last, policy, id, reason_empty, until): what is wrong with a
// waiver in a policy over Wasmtime first to last (range_waiver_verdict, verdict.hpp); the run-time
// twin of a waiver<E, "reason", Until> of a range policy.
using detail::waiver_problem_in_range;

namespace detail {

template <class P, class W>
inline constexpr range_waiver_verdict range_waiver_verdict_of = waiver_problem_in_range(
    range_bounds<typename P::release>::first, range_bounds<typename P::release>::last, P::rules,
    id_of<typename W::entity>, W::reason.empty(), W::until);

template <class P, class W>
constexpr waiver_problem range_waiver_problem_of() noexcept {
  return range_waiver_verdict_of<P, W>.problem;
}

// report_range_waiver<P, W>(): report_waiver for a policy P over a range of releases.
template <class P, class W>
constexpr void report_range_waiver() noexcept {
  using E = typename W::entity;
  using R [[maybe_unused]] = range_bounds<typename P::release>;
  constexpr range_waiver_verdict v = range_waiver_verdict_of<P, W>;
  // Scalars, which a report's lambda (GCC) can name without a capture.
  constexpr waiver_problem problem = v.problem;
  [[maybe_unused]] constexpr tier actual = v.actual;
  [[maybe_unused]] constexpr unsigned major = v.release;
  [[maybe_unused]] constexpr unsigned until = W::until;
  [[maybe_unused]] constexpr tier required = P::rules.for_category(category_at(id_of<E>));
  // The sentence (describe_range_waiver, explain.hpp) is computed only where the compiler shows
  // computed messages: WASMTIME_TIERS_DETAIL_REPORT drops it elsewhere.
#define WASMTIME_TIERS_DETAIL_RANGE_SENTENCE                                                       \
  describe_range_waiver(v, R::first, R::last, id_of<E>, W::until)
  if constexpr (is(problem, waiver_problem::no_reason)) {
    WASMTIME_TIERS_DETAIL_REPORT(waiver_needs_a_reason, (E), WASMTIME_TIERS_DETAIL_RANGE_SENTENCE);
  } else if constexpr (is(problem, waiver_problem::expired)) {
    WASMTIME_TIERS_DETAIL_REPORT(waiver_expired_review_it,
                                 (E, until, major, typename tier_words<actual>::type),
                                 WASMTIME_TIERS_DETAIL_RANGE_SENTENCE);
  } else if constexpr (is(problem, waiver_problem::cannot_accept)) {
    WASMTIME_TIERS_DETAIL_REPORT(waiver_cannot_accept_entity,
                                 (E, typename tier_words<actual>::type, major),
                                 WASMTIME_TIERS_DETAIL_RANGE_SENTENCE);
  } else if constexpr (is(problem, waiver_problem::not_needed)) {
    WASMTIME_TIERS_DETAIL_REPORT(waiver_not_needed_remove_it,
                                 (E, typename tier_words<actual>::type, major,
                                  typename required_words<required>::type),
                                 WASMTIME_TIERS_DETAIL_RANGE_SENTENCE);
  }
#undef WASMTIME_TIERS_DETAIL_RANGE_SENTENCE
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
  static constexpr std::size_t ids[sizeof...(W) + 1] = {id_of<typename W::entity>..., 0};
  static constexpr unsigned untils[sizeof...(W) + 1] = {
      (is(range_waiver_problem_of<P, W>(), waiver_problem::none) ? W::until : no_expiry)..., 0u};
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
  std::size_t text = 0; // the index of the text
};
struct release_segments {
  release_segment items[release_slots]{};
  std::size_t count = 0;
};

// segments_of<P>: computed once per policy, not per check.
template <class P>
inline constexpr release_segments segments_of = [] {
  using R [[maybe_unused]] = range_bounds<typename P::release>;
  // releases<A, B>'s own checks, in its words, made here (see range_bounds): the range is not
  // instantiated by the policy checks, so that its error is the one error.
  static_assert(R::first <= R::last, "wasmtime_tiers::releases<First, Last>: First is after Last; "
                                     "write the older release first, e.g. releases<36, 48>");
  static_assert(
      every_release_known(R::first, R::last),
      "wasmtime_tiers::releases<First, Last>: no shipped text of Wasmtime's "
      "docs/stability-tiers.md covers some release of the range; known releases: " WASMTIME_TIERS_DETAIL_KNOWN_RELEASES);
  release_segments s;
  for (unsigned m = R::first; m <= R::last; ++m) {
    // A release no text covers is releases<A, B>'s own error; the rest of the range is checked,
    // so that it adds no follow-on error.
    if (!release_known(m)) continue;
    const std::size_t t = text_index_of(m);
    bool cut = s.count == 0 || t != s.items[s.count - 1].text;
    if (!cut && P::rules.checks != 0) cut = proposals_text_code(m) != proposals_text_code(m - 1);
    for (std::size_t k = 0; k < P::waivers::size; ++k) {
      const std::size_t w = P::waivers::ids[k];
      if (!cut && range_waivers<P>::covers(w, m) != range_waivers<P>::covers(w, m - 1)) cut = true;
    }
    if (cut) s.items[s.count++] = {m, t};
  }
  return s;
}();

// check_range<P>(id): the verdict in the first release of P's range that refuses the entity, so
// that a diagnostic names that release and the entity's tier there; when every release allows it,
// the first verdict that needed a waiver, else the verdict in the newest release. O(number of
// segments: about one per distinct text in the range).
template <class P>
constexpr verdict check_range(std::size_t id) noexcept {
  constexpr const release_segments& s = segments_of<P>;
  verdict last{};
  verdict first_waived{};
  for (std::size_t i = 0; i < s.count; ++i) {
    const unsigned m = s.items[i].first;
    last = check_entity(s.items[i].text, m, P::rules, range_waivers<P>::covers(id, m), id);
    if (!last.allowed()) return last;
    if (is(last.kind, verdict_kind::waived) && !is(first_waived.kind, verdict_kind::waived))
      first_waived = last;
  }
  if (is(first_waived.kind, verdict_kind::waived)) return first_waived;
  last.release = range_bounds<typename P::release>::last;
  return last;
}

// allowed_in_range<P>(id): check_range<P>(id).allowed() without building verdicts.
template <class P>
constexpr bool allowed_in_range(std::size_t id) noexcept {
  constexpr const release_segments& s = segments_of<P>;
  for (std::size_t i = 0; i < s.count; ++i)
    if (!allowed_at(s.items[i].text, s.items[i].first, P::rules,
                    range_waivers<P>::covers(id, s.items[i].first), id))
      return false;
  return true;
}


// minimum_range_policy<P>: P is a policy::minimum_tier<T, releases<A, B>> with a tier T and A to
// B known releases: a policy by construction, without waivers, which `allowed` reads with
// allowed_minimum_range (as a minimum_tier of one release with allowed_minimum, check.hpp).
template <class P>
inline constexpr bool minimum_range_policy = false;
template <tier T, unsigned A, unsigned B>
inline constexpr bool minimum_range_policy<policy::minimum_tier<T, releases<A, B>>> =
    is_tiered(T) && (A <= B) && every_release_known(A, B);

// The key of a range A to B (minimum_range_key_of(A, B, T)): the first and last of the texts the
// range's releases shipped (consecutive: the texts are numbered oldest first), times 4, plus T;
// allowed_minimum_range(key, id): the entity's tier code is a tier no lower than T in each text.
constexpr std::size_t minimum_range_key_of(unsigned first, unsigned last, tier t) noexcept {
  return (text_index_of(first) * max_texts + text_index_of(last)) * 4 + static_cast<std::size_t>(t);
}
template <tier T, unsigned A, unsigned B>
inline constexpr std::size_t minimum_key<policy::minimum_tier<T, releases<A, B>>> =
    minimum_range_key_of(A, B, T);
constexpr bool allowed_minimum_range(std::size_t key, std::size_t id) noexcept {
  if (id >= gen::entity_count) return false;
  const char lowest = static_cast<char>('0' + key % 4);
  for (std::size_t text = key / 4 / max_texts; text <= key / 4 % max_texts; ++text) {
    const char code = gen::tier_codes[text * gen::entity_count + id];
    if (code < '1' || code > lowest) return false;
  }
  return true;
}
// What the checks of check.hpp read for a policy over a range (see range_checks there).
template <>
struct range_checks<range_checks_tag> {
  template <class P>
  static constexpr bool allowed(std::size_t id) noexcept {
    if constexpr (minimum_range_policy<P>)
      return allowed_minimum_range(minimum_key<P>, id);
    else
      return allowed_in_range<P>(id);
  }
  template <class P>
  static constexpr verdict check(std::size_t id) noexcept {
    return check_range<P>(id);
  }
  template <class P, class W>
  static constexpr waiver_problem waiver_problem_of() noexcept {
    return range_waiver_problem_of<P, W>();
  }
  template <class P, class W>
  static constexpr void report_waiver() noexcept {
    report_range_waiver<P, W>();
  }
};

} // namespace detail

} // namespace wasmtime_tiers

#endif
