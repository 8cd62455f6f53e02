// wasmtime-tiers: the checks of a policy at compile time: verdict_of, allowed, violations_of, over
// one release or a range of releases, and the check of every waiver against the policy that is
// used. An error here is a stale waiver (diagnostic.hpp says how it reads).
#ifndef WASMTIME_TIERS_CHECK_HPP
#define WASMTIME_TIERS_CHECK_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <string_view>                // std::size_t too (see detail/encoding.hpp)

#include <wasmtime_tiers/diagnostic.hpp>
#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/policies.hpp>
#include <wasmtime_tiers/release_range.hpp>
#include <wasmtime_tiers/verdict.hpp>

// Where the compiler shows computed static_assert messages, the reports say the sentences of
// explain.hpp; elsewhere their words are the template arguments, and the sentences cost nothing.
#if WASMTIME_TIERS_COMPUTED_MESSAGES
#include <wasmtime_tiers/explain.hpp>
#endif

namespace wasmtime_tiers {

namespace detail {

// Policies over a range of releases (minimum_tier<T, releases<A, B>>): an entity is allowed only
// if every release of the range allows it; waivers count in the releases up to their Until, and
// are checked, as over one release, against the policy that is used (its final composition): a
// waiver is stale when no release it covers needs it.

template <class P, class W>
inline constexpr range_waiver_verdict range_waiver_verdict_of = waiver_problem_in_range(
    range_bounds<typename P::release>::first, range_bounds<typename P::release>::last, P::rules,
    W::entity::wasmtime_tiers_id, W::reason.empty(), W::until);

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
  [[maybe_unused]] constexpr tier required =
      P::rules.for_category(category_at(E::wasmtime_tiers_id));
  // The sentence (describe_range_waiver, explain.hpp) is computed only where the compiler shows
  // computed messages: WASMTIME_TIERS_DETAIL_REPORT drops it elsewhere.
#define WASMTIME_TIERS_DETAIL_RANGE_SENTENCE                                                       \
  describe_range_waiver(v, R::first, R::last, E::wasmtime_tiers_id, W::until)
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
  static constexpr std::size_t ids[sizeof...(W) + 1] = {W::entity::wasmtime_tiers_id..., 0};
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


// waiver_problem_of<P, W>(): what is wrong with waiver W in policy P, the policy that is used
// (its final composition: rules, checks and release or range of releases).
template <class P, class W>
constexpr waiver_problem waiver_problem_of() noexcept {
  if constexpr (names_range<typename P::release>)
    return range_waiver_problem_of<P, W>();
  else
    return waiver_problem_at(P::release::text_index, P::release::major, P::rules,
                             W::entity::wasmtime_tiers_id, W::reason.empty(), W::until);
}

// report_release_waiver<P, W>(): report_waiver for a policy P of one release.
template <class P, class W>
constexpr void report_release_waiver() noexcept {
  using E = typename W::entity;
  using R = typename P::release;
  constexpr waiver_problem problem = waiver_problem_of<P, W>();
  [[maybe_unused]] constexpr tier actual = tier_in(R::text_index, E::wasmtime_tiers_id);
  [[maybe_unused]] constexpr tier required =
      P::rules.for_category(category_at(E::wasmtime_tiers_id));
  [[maybe_unused]] constexpr unsigned release = R::major;
  [[maybe_unused]] constexpr unsigned until = W::until;
#define WASMTIME_TIERS_DETAIL_WAIVER_SENTENCE                                                      \
  describe_waiver(problem, R::text_index, R::major, P::rules, E::wasmtime_tiers_id, W::until)
  if constexpr (is(problem, waiver_problem::no_reason)) {
    WASMTIME_TIERS_DETAIL_REPORT(waiver_needs_a_reason, (E), WASMTIME_TIERS_DETAIL_WAIVER_SENTENCE);
  } else if constexpr (is(problem, waiver_problem::cannot_accept)) {
    WASMTIME_TIERS_DETAIL_REPORT(waiver_cannot_accept_entity,
                                 (E, typename tier_words<actual>::type, release),
                                 WASMTIME_TIERS_DETAIL_WAIVER_SENTENCE);
  } else if constexpr (is(problem, waiver_problem::not_needed)) {
    WASMTIME_TIERS_DETAIL_REPORT(waiver_not_needed_remove_it,
                                 (E, typename tier_words<actual>::type, release,
                                  typename required_words<required>::type),
                                 WASMTIME_TIERS_DETAIL_WAIVER_SENTENCE);
  } else if constexpr (is(problem, waiver_problem::expired)) {
    WASMTIME_TIERS_DETAIL_REPORT(waiver_expired_review_it,
                                 (E, until, release, typename tier_words<actual>::type),
                                 WASMTIME_TIERS_DETAIL_WAIVER_SENTENCE);
  }
#undef WASMTIME_TIERS_DETAIL_WAIVER_SENTENCE
}

// report_waiver<P, W>(): the error for a stale waiver W of policy P (nothing when W is valid).
// Instantiating it is what reports; it evaluates to nothing, so that no follow-on error is added.
template <class P, class W>
constexpr void report_waiver() noexcept {
  if constexpr (names_range<typename P::release>)
    report_range_waiver<P, W>();
  else
    report_release_waiver<P, W>();
}

// waiver_reporter<P, W>(): the function that reports on waiver W of P, named directly (GCC
// instantiates it in the order it is named, so that a waiver's error comes before the errors of
// the checks that use the policy).
template <class P, class W>
constexpr auto waiver_reporter() noexcept {
  if constexpr (names_range<typename P::release>)
    return &report_range_waiver<P, W>;
  else
    return &report_release_waiver<P, W>;
}

// report_duplicate_waivers<W...>(): the error for the first entity waived twice, at any depth of
// the composition (the waivers of nested with_waivers are one list).
template <class... W>
constexpr void report_duplicate_waivers() noexcept {
  constexpr std::size_t none = static_cast<std::size_t>(-1);
  constexpr std::size_t dup = [] {
    constexpr std::size_t ids[] = {W::entity::wasmtime_tiers_id..., static_cast<std::size_t>(-1)};
    for (std::size_t first = 0; first < sizeof...(W); ++first)
      for (std::size_t j = first + 1; j < sizeof...(W); ++j)
        if (ids[first] == ids[j]) return first;
    return static_cast<std::size_t>(-1);
  }();
  if constexpr (dup != none) {
    using E = typename nth_type<dup, typename W::entity...>::type;
    WASMTIME_TIERS_DETAIL_REPORT(entity_waived_twice, (E),
                                 describe_duplicate_waiver(E::wasmtime_tiers_id));
  }
}

// waivers_checked<P>::value: true; instantiating it checks every waiver of policy P against P
// itself (stale, expired, reasonless, impossible, duplicate), each problem a compile error whose
// first line names the entity. Every use of a policy (allowed, verdict_of, violations_of,
// WASMTIME_TIERS_REQUIRE, configure, WASMTIME_TIERS_ENFORCE) goes through it.
// instantiated<&f...>: true, once the definitions of the functions f... are instantiated (naming
// a function as a template argument odr-uses it); how a report function comes to report on GCC,
// which records the user's line in its notes whenever the function is instantiated. Clang
// instantiates a report function at once, with the user's line in its notes, where it is
// evaluated (WASMTIME_TIERS_DETAIL_CLANG_REPORTS); a report function evaluates to nothing.
template <auto... F>
inline constexpr bool instantiated = true;
#if defined(__clang__)
#define WASMTIME_TIERS_DETAIL_CLANG_REPORTS 1
#else
#define WASMTIME_TIERS_DETAIL_CLANG_REPORTS 0
#endif

template <class P, class Waivers = typename P::waivers>
struct waivers_checked {
  static constexpr bool value = true; // not a waiver_list: a policy type of the user's own
};
template <class P, class... W>
struct waivers_checked<P, waiver_list<W...>> {
#if WASMTIME_TIERS_DETAIL_CLANG_REPORTS
  static constexpr bool value =
      ((report_waiver<P, W>(), ...), report_duplicate_waivers<W...>(), true);
#else
  static constexpr bool value =
      instantiated<waiver_reporter<P, W>()..., &report_duplicate_waivers<W...>>;
#endif
};


template <class P>
constexpr verdict check_entity(std::size_t id) noexcept {
  static_assert(waivers_checked<P>::value);
  if constexpr (names_range<typename P::release>)
    return check_range<P>(id);
  else
    return check_entity(P::release::text_index, P::release::major, P::rules,
                        P::waivers::contains(id), id);
}
} // namespace detail

// verdict_of<P, E>: the verdict of policy P on entity E.
template <policy_type P, entity E>
inline constexpr verdict verdict_of = detail::check_entity<P>(E::wasmtime_tiers_id);

namespace detail {
// allowed_in<P>(id): what `allowed` evaluates per entity, instantiated once per policy so that a
// check costs one call: allowed_at on the text of P's release, or allowed_in_range over a range.
template <class P>
constexpr bool allowed_in(std::size_t id) noexcept {
  if constexpr (names_range<typename P::release>)
    return allowed_in_range<P>(id);
  else
    return allowed_at(P::release::text_index, P::release::major, P::rules, P::waivers::contains(id),
                      id);
}

// What `allowed` reads of a minimum_tier (minimum_policy, minimum_range_policy), the policy most
// checks name, without instantiating anything per policy but one integer, its key; and
// allowed_minimum(key, id) / allowed_minimum_range(key, id): allowed_at for a policy with one
// tier, no waiver and no proposal check: the entity's tier code is a tier ('1' '2' '3') no lower
// than T, in the text of the release, or in each text of the range. A first check under a policy
// then costs about a third of what allowed_in<P> costs (its instantiation, and the policy's), on
// GCC and on Clang.
//   The key of one release N (minimum_key_of(N, T)): where N's tier codes start in
// gen::tier_codes, times 4, plus T. The key of a range A to B (minimum_range_key_of(A, B, T)): the
// first and last of the texts the range's releases shipped (consecutive: the texts are numbered
// oldest first), times 4, plus T. Two functions, not one with a branch: a single-release check,
// the usual one, then costs Clang's constant evaluator no loop and no test of the key.
constexpr std::size_t minimum_key_of(unsigned major, tier t) noexcept {
  return text_index_of(major) * gen::entity_count * 4 + static_cast<std::size_t>(t);
}
constexpr std::size_t minimum_range_key_of(unsigned first, unsigned last, tier t) noexcept {
  return (text_index_of(first) * max_texts + text_index_of(last)) * 4 + static_cast<std::size_t>(t);
}
template <class P>
inline constexpr std::size_t minimum_key = 0;
template <tier T, unsigned N>
inline constexpr std::size_t minimum_key<policy::minimum_tier<T, release<N>>> = minimum_key_of(N,
                                                                                               T);
template <tier T, unsigned A, unsigned B>
inline constexpr std::size_t minimum_key<policy::minimum_tier<T, releases<A, B>>> =
    minimum_range_key_of(A, B, T);
constexpr bool allowed_minimum(std::size_t key, std::size_t id) noexcept {
  const char code = id < gen::entity_count ? gen::tier_codes[key / 4 + id] : '-';
  return code >= '1' && code <= static_cast<char>('0' + key % 4);
}
constexpr bool allowed_minimum_range(std::size_t key, std::size_t id) noexcept {
  if (id >= gen::entity_count) return false;
  const char lowest = static_cast<char>('0' + key % 4);
  for (std::size_t text = key / 4 / max_texts; text <= key / 4 % max_texts; ++text) {
    const char code = gen::tier_codes[text * gen::entity_count + id];
    if (code < '1' || code > lowest) return false;
  }
  return true;
}
} // namespace detail

// allowed<P, E...>: every E meets policy P (directly or through a waiver), in P's release or in
// every release of P's range. Usable in requires clauses and if constexpr; a stale waiver in P is
// a compile error even here. A minimum_tier of one release (minimum_policy) is read with
// allowed_minimum, of a range (minimum_range_policy) with allowed_minimum_range; any other policy
// has its waivers checked and is read with allowed_in<P>. (Three disjuncts, so that each reaches
// only what it needs: a constraint is substituted only when the atoms before it hold.)
// clang-format off
template <class P, class... E>
concept allowed = policy_type<P> && (entity<E> && ...) &&
    ((detail::minimum_policy<P> &&
      (detail::allowed_minimum(detail::minimum_key<P>, E::wasmtime_tiers_id) && ...)) ||
     (detail::minimum_range_policy<P> &&
      (detail::allowed_minimum_range(detail::minimum_key<P>, E::wasmtime_tiers_id) && ...)) ||
     (!detail::minimum_policy<P> && !detail::minimum_range_policy<P> &&
      detail::waivers_checked<P>::value && (detail::allowed_in<P>(E::wasmtime_tiers_id) && ...)));
// clang-format on

// report<N>: the verdicts on N entities, every violation and not only the first.
template <std::size_t N>
struct report {
  verdict items[N > 0 ? N : 1]{}; // a C array: <array> would cost every translation unit
  std::size_t count = 0;          // how many of items are violations (they come first)

  constexpr bool ok() const noexcept { return count == 0; }
  constexpr std::size_t size() const noexcept { return count; }
  constexpr const verdict* begin() const noexcept { return items; }
  constexpr const verdict* end() const noexcept { return items + count; }
  constexpr const verdict& operator[](std::size_t i) const noexcept { return items[i]; }
};

// violations_of<P, E...>: the report of policy P on E...; violations in argument order.
template <policy_type P, entity... E>
inline constexpr report<sizeof...(E)> violations_of = [] {
  report<sizeof...(E)> rep;
  const verdict checked[] = {detail::check_entity<P>(E::wasmtime_tiers_id)..., verdict{}};
  for (std::size_t k = 0; k < sizeof...(E); ++k)
    if (!checked[k].allowed()) rep.items[rep.count++] = checked[k];
  return rep;
}();

} // namespace wasmtime_tiers

#endif
