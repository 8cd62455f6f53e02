// wasmtime-tiers: tier policies, waivers and the checks that enforce them at compile time.
#ifndef WASMTIME_TIERS_POLICY_HPP
#define WASMTIME_TIERS_POLICY_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include <wasmtime_tiers/category.hpp>
#include <wasmtime_tiers/detail/diagnostics.hpp>
#include <wasmtime_tiers/detail/text.hpp>
#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/proposal.hpp>
#include <wasmtime_tiers/proposal_matrix.hpp>
#include <wasmtime_tiers/release.hpp>
#include <wasmtime_tiers/release_range.hpp>
#include <wasmtime_tiers/requirement.hpp>
#include <wasmtime_tiers/selected_release.hpp>
#include <wasmtime_tiers/table.hpp>
#include <wasmtime_tiers/tier.hpp>

namespace wasmtime_tiers {

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
  constexpr std::string_view view() const noexcept { return {value, N - 1}; }
};

// The tier a policy requires, per category.
struct rules {
  tier required[category_count];
  proposal_check_set checks = 0; // proposal checks every WebAssembly proposal must pass
  constexpr tier for_category(category c) const noexcept {
    // Every category is below category_count; the test spares GCC's -O2 -Warray-bounds a guess.
    const auto i = static_cast<std::size_t>(c);
    return i < category_count ? required[i] : tier::t1;
  }
  constexpr bool uniform() const noexcept {
    for (tier t : required)
      if (t != required[0]) return false;
    return true;
  }
};

// nth_type<I, T...>::type: the I-th of T... (without <tuple>, which costs every includer).
template <std::size_t I, class T, class... Rest>
struct nth_type : nth_type<I - 1, Rest...> {};
template <class T, class... Rest>
struct nth_type<0, T, Rest...> {
  using type = T;
};

template <class... Waivers>
struct waiver_list {
  static constexpr std::size_t size = sizeof...(Waivers);
  static constexpr std::array<std::size_t, sizeof...(Waivers)> ids{Waivers::entity::wasmtime_tiers_id...};
  static constexpr bool contains(std::size_t id) noexcept {
    for (std::size_t w : ids)
      if (w == id) return true;
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
  static constexpr std::string_view reason = Reason.view();
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
  static constexpr detail::rules rules{{T, T, T, T, T, T}};
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
  static constexpr detail::rules rules = [] {
    detail::rules merged = Base::rules;
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
  static constexpr detail::rules rules = [] {
    detail::rules merged = Base::rules;
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
  static constexpr detail::rules rules = Base::rules;
  using waivers = typename detail::append_waivers<typename Base::waivers, Waivers...>::type;
};

} // namespace policy

// policy_type<P>: P is a policy (minimum_tier, per_category, with_waivers or a type like them).
template <class P>
concept policy_type = requires {
  typename P::release;
  typename P::waivers;
} && std::is_same_v<std::remove_cv_t<decltype(P::rules)>, detail::rules> &&
                      (detail::names_range<typename P::release> || release_or_range<typename P::release>);

// violation_kind: why an entity is not allowed.
enum class violation_kind : unsigned char {
  none,        // allowed: meets the policy's tier
  waived,      // allowed: below the tier, accepted by a waiver
  below_tier,  // below the tier the policy requires for its category
  lacks_checks, // a WebAssembly proposal that fails proposal checks the policy requires
  unsupported, // on the release's "Unsupported features and platforms" list
  unlisted,    // not mentioned by the release's text
};

// violation: one entity checked against a policy.
struct violation {
  std::size_t id = 0;
  violation_kind kind = violation_kind::none;
  tier actual = tier::unlisted;
  tier required = tier::t1;
  unsigned release = 0;
  bool uniform_policy = true; // the policy requires the same tier of every category
  proposal_check_set lacking = 0; // lacks_checks: the required checks the proposal fails

  constexpr std::string_view name() const noexcept { return detail::name_at(id); }
  constexpr wasmtime_tiers::category category() const noexcept { return detail::category_at(id); }
  constexpr std::string_view missing_text() const noexcept {
    const detail::text_table* t = detail::text_of(release);
    return t ? detail::missing_text_at(*t, id) : std::string_view{};
  }
  constexpr bool allowed() const noexcept {
    return kind == violation_kind::none || kind == violation_kind::waived;
  }
};

namespace detail {

// check_entity(text, release, rules, waived, id): the verdict for one entity. O(1).
constexpr violation check_entity(const text_table& t, unsigned release, const rules& r, bool waived,
                                 std::size_t id) noexcept {
  violation v;
  v.id = id;
  v.release = release;
  v.actual = tier_at(t, id);
  v.required = r.for_category(category_at(id));
  v.uniform_policy = r.uniform();
  if (r.checks != 0 && category_at(id) == category::wasm_proposal)
    v.lacking = static_cast<proposal_check_set>(checks_lacking_at(proposals_of(release), id) & r.checks);
  if (v.actual == tier::unsupported) v.kind = violation_kind::unsupported;
  else if (v.actual == tier::unlisted) v.kind = violation_kind::unlisted;
  else if (meets(v.actual, v.required) && v.lacking == 0) v.kind = violation_kind::none;
  else if (waived) v.kind = violation_kind::waived;
  else if (!meets(v.actual, v.required)) v.kind = violation_kind::below_tier;
  else v.kind = violation_kind::lacks_checks;
  return v;
}

// allowed_at(text, release, rules, waived, id): check_entity(...).allowed() without building the
// verdict; what the `allowed` concept evaluates for every check.
constexpr bool allowed_at(const text_table& t, unsigned release, const rules& r, bool waived,
                          std::size_t id) noexcept {
  const tier actual = tier_at(t, id);
  if (!is_tiered(actual)) return false;
  if (waived) return true;
  const category c = category_at(id);
  if (!meets(actual, r.for_category(c))) return false;
  return r.checks == 0 || c != category::wasm_proposal ||
         (checks_lacking_at(proposals_of(release), id) & r.checks) == 0;
}

// waiver_problem: what is wrong with a waiver, decided on the policy that is used.
enum class waiver_problem : unsigned char { none, no_reason, cannot_accept, not_needed, expired };

// waiver_problem_at(text, release, rules, id, reason_empty, until): what is wrong with a waiver for
// entity id, valid up to Wasmtime `until`, in a policy of `rules` checking `release`. O(1). The
// compile-time waivers and `wasmtime-tiers check --waive` both decide with it.
constexpr waiver_problem waiver_problem_at(const text_table& t, unsigned release, const rules& r,
                                           std::size_t id, bool reason_empty,
                                           unsigned until) noexcept {
  const violation unwaived = check_entity(t, release, r, false, id);
  if (reason_empty) return waiver_problem::no_reason;
  if (!is_tiered(unwaived.actual)) return waiver_problem::cannot_accept;
  if (unwaived.kind == violation_kind::none) return waiver_problem::not_needed;
  if (release > until) return waiver_problem::expired;
  return waiver_problem::none;
}

// describe_waiver(problem, text, release, rules, id, until): the sentence for a waiver's problem.
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
constexpr text<256> describe_duplicate_waiver(std::size_t id) noexcept {
  text<256> m;
  m += name_at(id);
  m += " is waived twice in one policy; keep one waiver";
  return m;
}

// For a policy over a range of releases (policy_range.hpp): the same checks over the releases of
// the range that the waiver covers.
template <class P, class W>
constexpr waiver_problem range_waiver_problem_of() noexcept;
template <class P, class W>
constexpr void report_range_waiver() noexcept;

// waiver_problem_of<P, W>(): what is wrong with waiver W in policy P, the policy that is used
// (its final composition: rules, checks and release or range of releases).
template <class P, class W>
constexpr waiver_problem waiver_problem_of() noexcept {
  if constexpr (names_range<typename P::release>)
    return range_waiver_problem_of<P, W>();
  else
    return waiver_problem_at(P::release::text(), P::release::major, P::rules,
                             W::entity::wasmtime_tiers_id, W::reason.empty(), W::until);
}

// report_release_waiver<P, W>(): report_waiver for a policy P of one release.
template <class P, class W>
constexpr void report_release_waiver() noexcept {
  using E = typename W::entity;
  using R = typename P::release;
  constexpr waiver_problem problem = waiver_problem_of<P, W>();
  [[maybe_unused]] constexpr tier actual = tier_at(R::text(), E::wasmtime_tiers_id);
  [[maybe_unused]] constexpr tier required = P::rules.for_category(category_at(E::wasmtime_tiers_id));
  [[maybe_unused]] constexpr unsigned release = R::major;
  [[maybe_unused]] constexpr unsigned until = W::until;
  [[maybe_unused]] constexpr auto m =
      describe_waiver(problem, R::text(), R::major, P::rules, E::wasmtime_tiers_id, W::until);
  if constexpr (problem == waiver_problem::no_reason) {
    WASMTIME_TIERS_DETAIL_REPORT(waiver_needs_a_reason, (E), m);
  } else if constexpr (problem == waiver_problem::cannot_accept) {
    WASMTIME_TIERS_DETAIL_REPORT(waiver_cannot_accept_entity,
                                 (E, typename tier_words<actual>::type, release), m);
  } else if constexpr (problem == waiver_problem::not_needed) {
    WASMTIME_TIERS_DETAIL_REPORT(waiver_not_needed_remove_it,
                                 (E, typename tier_words<actual>::type, release,
                                  typename required_words<required>::type),
                                 m);
  } else if constexpr (problem == waiver_problem::expired) {
    WASMTIME_TIERS_DETAIL_REPORT(waiver_expired_review_it,
                                 (E, until, release, typename tier_words<actual>::type), m);
  }
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
    [[maybe_unused]] constexpr auto m = describe_duplicate_waiver(E::wasmtime_tiers_id);
    WASMTIME_TIERS_DETAIL_REPORT(entity_waived_twice, (E), m);
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
  static constexpr bool value = ((report_waiver<P, W>(), ...), report_duplicate_waivers<W...>(), true);
#else
  static constexpr bool value = instantiated<waiver_reporter<P, W>()..., &report_duplicate_waivers<W...>>;
#endif
};

template <class P>
constexpr violation check_range(std::size_t id) noexcept;
template <class P>
constexpr bool allowed_in_range(std::size_t id) noexcept;

template <class P>
constexpr violation check_entity(std::size_t id) noexcept {
  static_assert(waivers_checked<P>::value);
  if constexpr (names_range<typename P::release>)
    return check_range<P>(id);
  else
    return check_entity(P::release::text(), P::release::major, P::rules, P::waivers::contains(id), id);
}

// How a sentence says to accept a violation: with a waiver in C++ (compile-time diagnostics), or
// with `wasmtime-tiers check --waive NAME=REASON`.
enum class waiver_advice : unsigned char { cpp, command_line };

// The capacity of describe()'s sentence: the longest sentence of every shipped table (every
// release, entity, kind and set of proposal checks) fits with room to spare; a test holds each one
// whole, and text::cut() tells.
inline constexpr std::size_t describe_capacity = 1024;

constexpr void append_waiver_advice(text<describe_capacity>& m, const violation& v,
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

// describe(v): the sentence for a violation, the same words in compile-time diagnostics and in
// `wasmtime-tiers check`.
constexpr text<describe_capacity> describe(const violation& v,
                                           waiver_advice advice = waiver_advice::cpp) noexcept {
  text<describe_capacity> m;
  const std::string_view name = v.name();
  switch (v.kind) {
  case violation_kind::none:
  case violation_kind::waived:
    m += name;
    m += " is ";
    m += to_string(v.actual);
    m += " in Wasmtime ";
    m.append_number(v.release);
    m += v.kind == violation_kind::waived ? ", accepted by a waiver" : ", which the policy allows";
    break;
  case violation_kind::below_tier:
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
  case violation_kind::lacks_checks: {
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
      m += st == check_status::not_covered && !covered ? std::string_view{"not covered"}
           : st == check_status::wip                   ? std::string_view{"work in progress"}
           : st == check_status::not_covered           ? std::string_view{"not rated"}
                                                       : to_string(st);
    }
    // Said once, not per check.
    if (!covered) m += "; docs/stability-wasm-proposals.md starts at Wasmtime 27";
    m += ')';
    append_waiver_advice(m, v, advice);
    break;
  }
  case violation_kind::unsupported:
    m += name;
    m += " is on the unsupported list of Wasmtime ";
    m.append_number(v.release);
    m += " (\"Unsupported features and platforms\"), which no policy or waiver accepts";
    break;
  case violation_kind::unlisted:
    m += name;
    m += " is not in the tier table of Wasmtime ";
    m.append_number(v.release);
    m += ", which no policy or waiver accepts; check the release the policy names";
    break;
  }
  return m;
}

} // namespace detail

// verdict_of<P, E>: the verdict of policy P on entity E.
template <policy_type P, entity E>
inline constexpr violation verdict_of = detail::check_entity<P>(E::wasmtime_tiers_id);

namespace detail {
// What `allowed` evaluates: for a policy over one release, allowed_at on its text directly (the
// cost of a check); over a range, allowed_in_range.
template <class P, class... E>
concept allowed_in_release =
    release_type<typename P::release> &&
    (allowed_at(P::release::text(), P::release::major, P::rules,
                P::waivers::contains(E::wasmtime_tiers_id), E::wasmtime_tiers_id) && ...);
template <class P, class... E>
concept allowed_in_every_release =
    names_range<typename P::release> && (allowed_in_range<P>(E::wasmtime_tiers_id) && ...);
} // namespace detail

// allowed<P, E...>: every E meets policy P (directly or through a waiver), in P's release or in
// every release of P's range. Usable in requires clauses and if constexpr; a stale waiver in P is
// a compile error even here.
template <class P, class... E>
concept allowed = policy_type<P> && (entity<E> && ...) && detail::waivers_checked<P>::value &&
                  (detail::allowed_in_every_release<P, E...> || detail::allowed_in_release<P, E...>);

// report<N>: the verdicts on N entities, every violation and not only the first.
template <std::size_t N>
struct report {
  std::array<violation, N> items{};
  std::size_t count = 0; // how many of items are violations (they come first)

  constexpr bool ok() const noexcept { return count == 0; }
  constexpr std::size_t size() const noexcept { return count; }
  constexpr const violation* begin() const noexcept { return items.data(); }
  constexpr const violation* end() const noexcept { return items.data() + count; }
  constexpr const violation& operator[](std::size_t i) const noexcept { return items[i]; }
};

// violations_of<P, E...>: the report of policy P on E...; violations in argument order.
template <policy_type P, entity... E>
inline constexpr report<sizeof...(E)> violations_of = [] {
  report<sizeof...(E)> rep;
  const violation checked[] = {detail::check_entity<P>(E::wasmtime_tiers_id)..., violation{}};
  for (std::size_t k = 0; k < sizeof...(E); ++k)
    if (!checked[k].allowed()) rep.items[rep.count++] = checked[k];
  return rep;
}();

namespace detail {

// requirements_type<Set>: requirements<R...> for the bits of Set.
constexpr std::size_t popcount(requirement_set s) noexcept {
  std::size_t n = 0;
  for (; s; s &= s - 1) ++n;
  return n;
}
constexpr requirement nth_requirement(requirement_set s, std::size_t n) noexcept {
  for (std::size_t i = 0; i < requirement_count; ++i)
    if (s & (requirement_set{1} << i)) {
      if (n == 0) return static_cast<requirement>(i);
      --n;
    }
  return requirement{};
}
template <requirement_set S, class = std::make_index_sequence<popcount(S)>>
struct requirements_type;
template <requirement_set S, std::size_t... I>
struct requirements_type<S, std::index_sequence<I...>> {
  using type = requirements<nth_requirement(S, I)...>;
};

template <proposal_check... C>
struct checks_type_holder {};
constexpr proposal_check nth_check(proposal_check_set s, std::size_t n) noexcept {
  for (proposal_check c : checks_in(s)) {
    if (n == 0) return c;
    --n;
  }
  return proposal_check{};
}
constexpr std::size_t check_count(proposal_check_set s) noexcept {
  std::size_t n = 0;
  for ([[maybe_unused]] proposal_check c : checks_in(s)) ++n;
  return n;
}
template <proposal_check_set S, class = std::make_index_sequence<check_count(S)>>
struct checks_type;
template <proposal_check_set S, std::size_t... I>
struct checks_type<S, std::index_sequence<I...>> {
  using type = failed_checks<nth_check(S, I)...>;
};

// report_one<P, E>(): the error for a violation of P by E (nothing when E is allowed).
// Instantiating it is what reports; it evaluates to nothing, so no follow-on error is added.
template <class P, class E>
constexpr void report_one() noexcept {
  constexpr violation v = detail::check_entity<P>(E::wasmtime_tiers_id);
  // Scalars, which a report's lambda (GCC) can name without a capture.
  [[maybe_unused]] constexpr tier actual = v.actual;
  [[maybe_unused]] constexpr tier required = v.required;
  [[maybe_unused]] constexpr unsigned release = v.release;
  [[maybe_unused]] constexpr proposal_check_set lacking = v.lacking;
  if constexpr (v.kind == violation_kind::below_tier) {
    WASMTIME_TIERS_DETAIL_REPORT(
        entity_below_policy_tier,
        (E, typename tier_words<actual>::type, release, typename required_words<required>::type,
         typename requirements_type<missing_of<E, wasmtime_tiers::release<release>>>::type,
         diagnostic::waive_with_a_reason<E>),
        describe(v));
  } else if constexpr (v.kind == violation_kind::lacks_checks) {
    WASMTIME_TIERS_DETAIL_REPORT(proposal_fails_required_checks,
                                 (E, release, typename checks_type<lacking>::type,
                                  diagnostic::waive_with_a_reason<E>),
                                 describe(v));
  } else if constexpr (v.kind == violation_kind::unsupported) {
    WASMTIME_TIERS_DETAIL_REPORT(entity_unsupported_in_release, (E, release), describe(v));
  } else if constexpr (v.kind == violation_kind::unlisted) {
    WASMTIME_TIERS_DETAIL_REPORT(entity_not_in_release_table, (E, release), describe(v));
  }
}

// require_one<P, E>(): reports a violation of P by E (see report_one); whether E is allowed.
template <class P, class E>
constexpr bool require_one() noexcept {
  constexpr bool ok = detail::check_entity<P>(E::wasmtime_tiers_id).allowed();
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
  static_assert(policy_type<P> || library_policy<P>, "WASMTIME_TIERS_REQUIRE(Policy, Entities...): the first argument is "
                                "not a policy; use wasmtime_tiers::policy::minimum_tier<...>, "
                                "per_category<...> or with_waivers<...>");
  static_assert(!policy_type<P> || sizeof...(E) > 0,
                "WASMTIME_TIERS_REQUIRE(Policy, Entities...): name at least one entity after the "
                "policy, e.g. WASMTIME_TIERS_REQUIRE(Policy, wasmtime_tiers::wasm::simd)");
  static_assert(!policy_type<P> || (entity<E> && ...),
                "WASMTIME_TIERS_REQUIRE(Policy, Entities...): an argument after the policy is not "
                "an entity tag type such as wasmtime_tiers::wasm::simd (see generated/ENTITIES.md)");
  if constexpr (policy_type<P> && (entity<E> && ...)) {
    // Every entity is checked (no short circuit), so that every violation is reported.
    [[maybe_unused]] const bool results[] = {true, require_one<P, E>()...};
  }
}

// require_allowed<P, E...>: what WASMTIME_TIERS_REQUIRE(P, E...) asks: at least one entity, and
// every one allowed by P.
template <class P, class... E>
inline constexpr bool require_allowed = sizeof...(E) > 0 && allowed<P, E...>;

// checked<Allowed, P, E...>::value: true. Where the `allowed` concept holds (the usual case, which
// costs one concept check) nothing else is instantiated; otherwise report_require<P, E...>() is,
// which reports every violation as an error of its own; the value stays true so that the
// static_assert of WASMTIME_TIERS_REQUIRE adds no follow-on error.
template <bool Allowed, class P, class... E>
struct checked {
  static constexpr bool value = true;
};
template <class P, class... E>
struct checked<false, P, E...> {
#if WASMTIME_TIERS_DETAIL_CLANG_REPORTS
  static constexpr bool value = (report_require<P, E...>(), true);
#else
  static constexpr bool value = instantiated<&report_require<P, E...>>;
#endif
};

} // namespace detail

} // namespace wasmtime_tiers

// WASMTIME_TIERS_REQUIRE(Policy, Entities...): a compile error, at namespace or block scope, when
// an entity does not meet the policy. The first error line says which entity, its tier in the
// policy's Wasmtime release, the tier required, what it misses and how to accept it anyway; each
// further error line is another violation. The policy may contain commas (minimum_tier<T, R>).
#define WASMTIME_TIERS_REQUIRE(...)                                                                \
  static_assert(                                                                                   \
      ::wasmtime_tiers::detail::checked<::wasmtime_tiers::detail::require_allowed<__VA_ARGS__>,    \
                                        __VA_ARGS__>::value,                                       \
      "WASMTIME_TIERS_REQUIRE(" #__VA_ARGS__ ") failed (see the first error)")

// Policies over a range of releases (releases<A, B>).
#include <wasmtime_tiers/policy_range.hpp>

#endif
