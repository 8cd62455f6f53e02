// wasmtime-tiers: the checks of a policy at compile time: verdict_of, allowed, violations_of, over
// one release (over a range of releases, with policy_range.hpp), and the check of every waiver
// against the policy that is used. An error here is a stale waiver (diagnostic.hpp says how it
// reads).
#ifndef WASMTIME_TIERS_CHECK_HPP
#define WASMTIME_TIERS_CHECK_HPP

#include <wasmtime_tiers/version.hpp>         // first: the C++20 check
#include <wasmtime_tiers/detail/encoding.hpp> // std::size_t

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

// Policies over a range of releases (minimum_tier<T, releases<A, B>>) are checked by
// <wasmtime_tiers/policy_range.hpp>, which <wasmtime_tiers.hpp> leaves out: every check of such a
// policy reads range_checks<Tag>, which only that header defines (as text_tables.hpp defines
// full_tables); without it, the check stops with one error naming the header.
struct range_checks_tag {};
template <class P>
struct range_checks_tag_of {
  using type = range_checks_tag;
};
template <class Tag>
struct range_checks {
  // The error, in a function rather than the class, so that the answers below stay usable and
  // the static_assert is the one error.
  static constexpr void needs_header() noexcept {
    static_assert(sizeof(Tag) == 0,
                  "wasmtime_tiers: a policy over a range of releases (minimum_tier<T, "
                  "releases<A, B>>) is checked by <wasmtime_tiers/policy_range.hpp>, which "
                  "<wasmtime_tiers.hpp> leaves out: #include <wasmtime_tiers/policy_range.hpp>");
  }
  template <class P>
  static constexpr bool allowed(std::size_t) noexcept {
    return needs_header(), true;
  }
  template <class P>
  static constexpr verdict check(std::size_t) noexcept {
    return needs_header(), verdict{};
  }
  template <class P, class W>
  static constexpr waiver_problem waiver_problem_of() noexcept {
    return needs_header(), waiver_problem::none;
  }
  template <class P, class W>
  static constexpr void report_waiver() noexcept {
    needs_header();
  }
};
template <class P>
using range_checks_for = range_checks<typename range_checks_tag_of<P>::type>;

// waiver_problem_of<P, W>(): what is wrong with waiver W in policy P, the policy that is used
// (its final composition: rules, checks and release or range of releases).
template <class P, class W>
constexpr waiver_problem waiver_problem_of() noexcept {
  if constexpr (names_range<typename P::release>)
    return range_checks_for<P>::template waiver_problem_of<P, W>();
  else
    return waiver_problem_at(P::release::text_index, P::release::major, P::rules,
                             id_of<typename W::entity>, W::reason.empty(), W::until);
}

// report_release_waiver<P, W>(): report_waiver for a policy P of one release.
template <class P, class W>
constexpr void report_release_waiver() noexcept {
  using E = typename W::entity;
  using R = typename P::release;
  constexpr waiver_problem problem = waiver_problem_of<P, W>();
  [[maybe_unused]] constexpr tier actual = tier_in(R::text_index, id_of<E>);
  [[maybe_unused]] constexpr tier required = P::rules.for_category(category_at(id_of<E>));
  [[maybe_unused]] constexpr unsigned release = R::major;
  [[maybe_unused]] constexpr unsigned until = W::until;
#define WASMTIME_TIERS_DETAIL_WAIVER_SENTENCE                                                      \
  describe_waiver(problem, R::text_index, R::major, P::rules, id_of<E>, W::until)
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
    range_checks_for<P>::template report_waiver<P, W>();
  else
    report_release_waiver<P, W>();
}

// waiver_reporter<P, W>(): the function that reports on waiver W of P, named directly (GCC
// instantiates it in the order it is named, so that a waiver's error comes before the errors of
// the checks that use the policy).
template <class P, class W>
constexpr auto waiver_reporter() noexcept {
  if constexpr (names_range<typename P::release>)
    return &range_checks_for<P>::template report_waiver<P, W>;
  else
    return &report_release_waiver<P, W>;
}

// report_duplicate_waivers<W...>(): the error for the first entity waived twice, at any depth of
// the composition (the waivers of nested with_waivers are one list).
template <class... W>
constexpr void report_duplicate_waivers() noexcept {
  constexpr std::size_t none = static_cast<std::size_t>(-1);
  constexpr std::size_t dup = [] {
    constexpr std::size_t ids[] = {id_of<typename W::entity>..., static_cast<std::size_t>(-1)};
    for (std::size_t first = 0; first < sizeof...(W); ++first)
      for (std::size_t j = first + 1; j < sizeof...(W); ++j)
        if (ids[first] == ids[j]) return first;
    return static_cast<std::size_t>(-1);
  }();
  if constexpr (dup != none) {
    using E = typename nth_type<dup, typename W::entity...>::type;
    WASMTIME_TIERS_DETAIL_REPORT(entity_waived_twice, (E), describe_duplicate_waiver(id_of<E>));
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
    return range_checks_for<P>::template check<P>(id);
  else
    return check_entity(P::release::text_index, P::release::major, P::rules,
                        P::waivers::contains(id), id);
}
} // namespace detail

// verdict_of<P, E>: the verdict of policy P on entity E.
template <policy_type P, entity E>
inline constexpr verdict verdict_of = detail::check_entity<P>(id_of<E>);

namespace detail {
// allowed_in<P>(id): what `allowed` evaluates per entity, instantiated once per policy so that a
// check costs one call: allowed_at on the text of P's release (a range: policy_range.hpp).
template <class P>
constexpr bool allowed_in(std::size_t id) noexcept {
  if constexpr (names_range<typename P::release>)
    return range_checks_for<P>::template allowed<P>(id);
  else
    return allowed_at(P::release::text_index, P::release::major, P::rules, P::waivers::contains(id),
                      id);
}

// What `allowed` reads of a minimum_tier of one release (minimum_policy), the policy most checks
// name, without instantiating anything per policy but one integer, its key; and
// allowed_minimum(key, id): allowed_at for a policy with one tier, no waiver and no proposal
// check: the entity's tier code is a tier ('1' '2' '3') no lower than T in the text of the
// release. A first check under a policy then costs about a third of what allowed_in<P> costs (its
// instantiation, and the policy's), on GCC and on Clang. The key of release N (minimum_key_of(N,
// T)): where N's tier codes start in gen::tier_codes, times 4, plus T. (A minimum_tier over a range
// has a key of its own, in policy_range.hpp.)
constexpr std::size_t minimum_key_of(unsigned major, tier t) noexcept {
  return text_index_of(major) * gen::entity_count * 4 + static_cast<std::size_t>(t);
}
template <class P>
inline constexpr std::size_t minimum_key = 0;
template <tier T, unsigned N>
inline constexpr std::size_t minimum_key<policy::minimum_tier<T, release<N>>> = minimum_key_of(N,
                                                                                               T);
constexpr bool allowed_minimum(std::size_t key, std::size_t id) noexcept {
  const char code = id < gen::entity_count ? gen::tier_codes[key / 4 + id] : '-';
  return code >= '1' && code <= static_cast<char>('0' + key % 4);
}

// policy_allows<P>(id): what `allowed<P, E>` reads of the entity of id `id`, with no type per
// entity: a minimum_tier of one release through its key, any other policy through allowed_in<P>,
// its waivers checked. For checks over many entities at once (WASMTIME_TIERS_ENFORCE, configure<>).
template <class P>
constexpr bool policy_allows(std::size_t id) noexcept {
  if constexpr (minimum_policy<P>)
    return allowed_minimum(minimum_key<P>, id);
  else
    return waivers_checked<P>::value && allowed_in<P>(id);
}
} // namespace detail

// allowed<P, E...>: every E meets policy P (directly or through a waiver), in P's release or in
// every release of P's range (policy_range.hpp). Usable in requires clauses and if constexpr; a
// stale waiver in P is a compile error even here. A minimum_tier of one release (minimum_policy)
// is read with allowed_minimum; any other policy has its waivers checked and is read with
// allowed_in<P>. Two disjuncts, so that each reaches only what it needs (a constraint is
// substituted only when the atoms before it hold); each atom costs every check, about 10 M
// instructions per 1,000 checks with GCC 12 and 20 M with Clang 14, so the first disjunct, which
// most checks take, has two: minimum_policy<P> is a policy by construction, and a type that is
// no entity fails there as well: E(E::wasmtime_tiers_id) names an enumerator of E itself (for any
// other type substitution fails), and an id that names no entity makes allowed_minimum false. The
// id is read from the tag, not through id_of<E>, a variable template to instantiate per check.
// clang-format off
template <class P, class... E>
concept allowed =
    (detail::minimum_policy<P> &&
     (detail::allowed_minimum(detail::minimum_key<P>,
                              static_cast<std::size_t>(E(E::wasmtime_tiers_id))) && ...)) ||
    (!detail::minimum_policy<P> && policy_type<P> && (entity<E> && ...) &&
     detail::waivers_checked<P>::value &&
     (detail::allowed_in<P>(static_cast<std::size_t>(E::wasmtime_tiers_id)) && ...));
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
  const verdict checked[] = {detail::check_entity<P>(id_of<E>)..., verdict{}};
  for (std::size_t k = 0; k < sizeof...(E); ++k)
    if (!checked[k].allowed()) rep.items[rep.count++] = checked[k];
  return rep;
}();

} // namespace wasmtime_tiers

#endif
