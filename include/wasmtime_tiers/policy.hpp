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
template <tier T, release_or_range R = selected_release>
struct minimum_tier {
  static_assert(is_tiered(T), "wasmtime_tiers::policy::minimum_tier<T, R>: T must be tier::t1, "
                              "tier::t2 or tier::t3");
  using release = R;
  static constexpr detail::rules rules{{T, T, T, T, T, T}};
  using waivers = detail::waiver_list<>;
};

// The document's own names for its tiers.
using production_ready = minimum_tier<tier::t1>;        // Tier 1
using almost_production_ready = minimum_tier<tier::t2>; // Tier 2 or better
using not_production_ready = minimum_tier<tier::t3>;    // Tier 3 or better

// for_category<C, T>: an override of per_category: entities of category C need tier T.
template <category C, tier T>
struct for_category {
  static_assert(is_tiered(T), "wasmtime_tiers::policy::for_category<C, T>: T must be tier::t1, "
                              "tier::t2 or tier::t3");
  static constexpr category which = C;
  static constexpr tier required = T;
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

namespace detail_ {
template <class P, class W>
constexpr bool validate_waiver() noexcept;
template <class P, class W>
  requires release_range_type<typename P::release>
constexpr bool validate_waiver() noexcept;
template <class... W>
constexpr bool no_duplicate_waivers() noexcept;
} // namespace detail_

// with_waivers<Base, waiver<E, "reason", Until>...>: Base, accepting each waived entity below
// its tier. Every waiver is checked when the policy is used (see waiver).
template <class Base, class... Waivers>
struct with_waivers {
  using release = typename Base::release;
  static constexpr detail::rules rules = Base::rules;
  using waivers = typename detail::append_waivers<typename Base::waivers, Waivers...>::type;
  // Each waiver is checked here, when the policy is first used; the first error explains.
  static_assert((detail_::validate_waiver<Base, Waivers>() && ... &&
                 detail_::no_duplicate_waivers<Waivers...>()),
                "wasmtime_tiers::policy::with_waivers: a waiver is stale (see the first error)");
};

} // namespace policy

// policy_type<P>: P is a policy (minimum_tier, per_category, with_waivers or a type like them).
template <class P>
concept policy_type = requires {
  typename P::release;
  typename P::waivers;
} && std::is_same_v<std::remove_cv_t<decltype(P::rules)>, detail::rules> &&
                      release_or_range<typename P::release>;

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

template <class P>
constexpr violation check_range(std::size_t id) noexcept;
template <class P>
constexpr bool allowed_in_range(std::size_t id) noexcept;

template <class P>
constexpr violation check_entity(std::size_t id) noexcept {
  if constexpr (release_range_type<typename P::release>)
    return check_range<P>(id);
  else
    return check_entity(P::release::text(), P::release::major, P::rules, P::waivers::contains(id), id);
}

// describe(v): the sentence for a violation, the same words in compile-time diagnostics and in
// `wasmtime-tiers check`.
constexpr text<512> describe(const violation& v) noexcept {
  text<512> m;
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
    m += "; to accept it anyway, waive ";
    m += qualified_identifier_of(v.category(), name).view();
    m += " with a reason";
    break;
  case violation_kind::lacks_checks: {
    m += name;
    m += " fails proposal checks the policy requires in Wasmtime ";
    m.append_number(v.release);
    m += " (";
    const proposals_table& pt = proposals_of(v.release);
    bool first = true;
    for (proposal_check c : checks_in(v.lacking)) {
      if (!first) m += ", ";
      first = false;
      m += to_string(c);
      m += ": ";
      const check_status st = check_at(pt, v.id, c);
      m += st == check_status::not_covered && !proposals_release_known(v.release)
               ? std::string_view{"not covered (docs/stability-wasm-proposals.md starts at Wasmtime 27)"}
               : st == check_status::wip     ? std::string_view{"work in progress"}
               : st == check_status::not_covered ? std::string_view{"not rated"}
                                                 : to_string(st);
    }
    m += "); to accept it anyway, waive ";
    m += qualified_identifier_of(v.category(), name).view();
    m += " with a reason";
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
    release_range_type<typename P::release> && (allowed_in_range<P>(E::wasmtime_tiers_id) && ...);
} // namespace detail

// allowed<P, E...>: every E meets policy P (directly or through a waiver), in P's release or in
// every release of P's range. Usable in requires clauses and if constexpr; a stale waiver in P is
// a compile error even here.
template <class P, class... E>
concept allowed = policy_type<P> && (entity<E> && ...) &&
                  (detail::allowed_in_release<P, E...> || detail::allowed_in_every_release<P, E...>);

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

// Reports a violation of P by E (nothing when E is allowed). Returns whether E is allowed.
template <class P, class E>
constexpr bool require_one() noexcept {
  constexpr violation v = detail::check_entity<P>(E::wasmtime_tiers_id);
  if constexpr (v.kind == violation_kind::below_tier) {
    WASMTIME_TIERS_DETAIL_REPORT(
        entity_below_policy_tier,
        (E, typename tier_words<v.actual>::type, v.release, typename required_words<v.required>::type,
         typename requirements_type<missing_of<E, release<v.release>>>::type,
         diagnostic::waive_with_a_reason<E>),
        describe(v));
  } else if constexpr (v.kind == violation_kind::lacks_checks) {
    WASMTIME_TIERS_DETAIL_REPORT(proposal_fails_required_checks,
                                 (E, v.release, typename checks_type<v.lacking>::type,
                                  diagnostic::waive_with_a_reason<E>),
                                 describe(v));
  } else if constexpr (v.kind == violation_kind::unsupported) {
    WASMTIME_TIERS_DETAIL_REPORT(entity_unsupported_in_release, (E, v.release), describe(v));
  } else if constexpr (v.kind == violation_kind::unlisted) {
    WASMTIME_TIERS_DETAIL_REPORT(entity_not_in_release_table, (E, v.release), describe(v));
  }
  return v.allowed();
}

template <class P, class... E>
constexpr bool require() noexcept {
  static_assert(policy_type<P>, "WASMTIME_TIERS_REQUIRE(Policy, Entities...): the first argument is "
                                "not a policy; use wasmtime_tiers::policy::minimum_tier<...>, "
                                "per_category<...> or with_waivers<...>");
  static_assert((entity<E> && ...), "WASMTIME_TIERS_REQUIRE(Policy, Entities...): an argument after "
                                    "the policy is not an entity tag type such as "
                                    "wasmtime_tiers::wasm::simd (see generated/ENTITIES.md)");
  if constexpr (policy_type<P> && (entity<E> && ...)) {
    // Every entity is checked (no short circuit), so that every violation is reported.
    const bool results[] = {require_one<P, E>()...};
    for (bool r : results)
      if (!r) return false;
    return true;
  } else
    return false;
}

// checked<Allowed, P, E...>::value: true where the `allowed` concept holds (the usual case, which
// costs one concept check); otherwise require<P, E...>(), which reports every violation.
template <bool Allowed, class P, class... E>
struct checked {
  static constexpr bool value = true;
};
template <class P, class... E>
struct checked<false, P, E...> {
  static constexpr bool value = require<P, E...>();
};

} // namespace detail

namespace policy::detail_ {

template <class P, class W>
constexpr bool validate_waiver() noexcept {
  using E = typename W::entity;
  using R = typename P::release;
  constexpr tier actual = wasmtime_tiers::detail::tier_at(R::text(), E::wasmtime_tiers_id);
  constexpr tier required = P::rules.for_category(wasmtime_tiers::detail::category_at(E::wasmtime_tiers_id));
  if constexpr (W::reason.empty()) {
    [[maybe_unused]] constexpr auto m = [] {
      wasmtime_tiers::detail::text<256> t;
      t += "the waiver for ";
      t += name_of<E>;
      t += " has an empty reason; write why the project accepts it";
      return t;
    }();
    WASMTIME_TIERS_DETAIL_REPORT(waiver_needs_a_reason, (E), m);
    return false;
  } else if constexpr (!is_tiered(actual)) {
    [[maybe_unused]] constexpr auto m = [] {
      wasmtime_tiers::detail::text<256> t;
      t += "no waiver can accept ";
      t += name_of<E>;
      t += actual == tier::unsupported ? ": it is on the unsupported list of Wasmtime "
                                       : ": it is not in the tier table of Wasmtime ";
      t.append_number(R::major);
      t += "; remove the waiver";
      return t;
    }();
    WASMTIME_TIERS_DETAIL_REPORT(waiver_cannot_accept_entity, (E, typename wasmtime_tiers::detail::tier_words<actual>::type, R::major), m);
    return false;
  } else if constexpr (meets(actual, required) &&
                       wasmtime_tiers::detail::check_entity<P>(E::wasmtime_tiers_id).lacking == 0) {
    [[maybe_unused]] constexpr auto m = [] {
      wasmtime_tiers::detail::text<256> t;
      t += "the waiver for ";
      t += name_of<E>;
      t += " is not needed: it is ";
      t += to_string(actual);
      t += " in Wasmtime ";
      t.append_number(R::major);
      t += " and the policy requires ";
      t += to_string(required);
      if (required != tier::t1) t += " or better";
      t += "; remove the waiver";
      return t;
    }();
    WASMTIME_TIERS_DETAIL_REPORT(waiver_not_needed_remove_it, (E, typename wasmtime_tiers::detail::tier_words<actual>::type, R::major, typename wasmtime_tiers::detail::required_words<required>::type), m);
    return false;
  } else if constexpr (R::major > W::until) {
    [[maybe_unused]] constexpr auto m = [] {
      wasmtime_tiers::detail::text<256> t;
      t += "the waiver for ";
      t += name_of<E>;
      t += " expired after Wasmtime ";
      t.append_number(W::until);
      t += " and the policy checks Wasmtime ";
      t.append_number(R::major);
      t += ", where it is ";
      t += to_string(actual);
      t += "; review the waiver and extend or remove it";
      return t;
    }();
    WASMTIME_TIERS_DETAIL_REPORT(waiver_expired_review_it, (E, W::until, R::major, typename wasmtime_tiers::detail::tier_words<actual>::type), m);
    return false;
  } else {
    return true;
  }
}

template <class... W>
constexpr bool no_duplicate_waivers() noexcept {
  constexpr std::size_t ids[] = {W::entity::wasmtime_tiers_id..., static_cast<std::size_t>(-1)};
  constexpr std::size_t dup = [&] {
    for (std::size_t first = 0; first < sizeof...(W); ++first)
      for (std::size_t j = first + 1; j < sizeof...(W); ++j)
        if (ids[first] == ids[j]) return first;
    return static_cast<std::size_t>(-1);
  }();
  if constexpr (dup != static_cast<std::size_t>(-1)) {
    using E = typename wasmtime_tiers::detail::nth_type<dup, typename W::entity...>::type;
    [[maybe_unused]] constexpr auto m = [] {
      wasmtime_tiers::detail::text<256> t;
      t += wasmtime_tiers::detail::name_at(E::wasmtime_tiers_id);
      t += " is waived twice in one policy; keep one waiver";
      return t;
    }();
    WASMTIME_TIERS_DETAIL_REPORT(entity_waived_twice, (E), m);
    return false;
  } else {
    return true;
  }
}

} // namespace policy::detail_

} // namespace wasmtime_tiers

// WASMTIME_TIERS_REQUIRE(Policy, Entities...): a compile error, at namespace or block scope, when
// an entity does not meet the policy. The first error line says which entity, its tier in the
// policy's Wasmtime release, the tier required, what it misses and how to accept it anyway.
#define WASMTIME_TIERS_REQUIRE(Policy, ...)                                                        \
  static_assert(                                                                                   \
      ::wasmtime_tiers::detail::checked<::wasmtime_tiers::allowed<Policy, __VA_ARGS__>, Policy,     \
                                        __VA_ARGS__>::value,                                       \
      "WASMTIME_TIERS_REQUIRE(" #Policy ", " #__VA_ARGS__ ") failed (see the first error)")

// Policies over a range of releases (releases<A, B>).
#include <wasmtime_tiers/policy_range.hpp>

#endif
