// wasmtime-tiers: policies over a range of releases (minimum_tier<T, releases<A, B>>): an entity
// is allowed only if every release of the range allows it; waivers count in the releases up to
// their Until. policy.hpp includes this header at its end; it also compiles on its own.
#ifndef WASMTIME_TIERS_POLICY_RANGE_HPP
#define WASMTIME_TIERS_POLICY_RANGE_HPP

#include <cstddef>

#include <wasmtime_tiers/policy.hpp>
#include <wasmtime_tiers/release_range.hpp>

namespace wasmtime_tiers {

namespace detail {

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
  using R = typename P::release;
  release_segments s;
  for (unsigned m = R::first; m <= R::last; ++m) {
    const text_table* t = text_of(m);
    bool cut = s.count == 0 || t != s.items[s.count - 1].text;
    if (!cut && P::rules.checks != 0) cut = &proposals_of(m) != &proposals_of(m - 1);
    for (std::size_t w : P::waivers::ids)
      if (!cut && P::waivers::covers(w, m) != P::waivers::covers(w, m - 1)) cut = true;
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
    last = check_entity(*s.items[i].text, m, P::rules, P::waivers::covers(id, m), id);
    if (!last.allowed()) return last;
    if (last.kind == violation_kind::waived && first_waived.kind != violation_kind::waived)
      first_waived = last;
  }
  if (first_waived.kind == violation_kind::waived) return first_waived;
  last.release = P::release::last;
  return last;
}

// allowed_in_range<P>(id): check_range<P>(id).allowed() without building verdicts.
template <class P>
constexpr bool allowed_in_range(std::size_t id) noexcept {
  constexpr const release_segments& s = segments_of<P>;
  for (std::size_t i = 0; i < s.count; ++i)
    if (!allowed_at(*s.items[i].text, s.items[i].first, P::rules,
                    P::waivers::covers(id, s.items[i].first), id))
      return false;
  return true;
}

// What a waiver does over the releases of a range it covers (the first of the range to the
// earlier of its Until and the range's last).
struct waiver_scan {
  unsigned tiered = no_release; // the first covered release giving the entity a tier
  unsigned needed = no_release; // the first covered release where the entity fails the policy
};
template <class P, class E, unsigned Until>
constexpr waiver_scan scan_waiver() noexcept {
  using R = typename P::release;
  waiver_scan s;
  const std::size_t id = E::wasmtime_tiers_id;
  for (unsigned m = R::first; m <= R::last && m <= Until; ++m) {
    const violation v = check_entity(*text_of(m), m, P::rules, false, id);
    if (is_tiered(v.actual) && s.tiered == no_release) s.tiered = m;
    if (is_tiered(v.actual) && !v.allowed() && s.needed == no_release) s.needed = m;
  }
  return s;
}

} // namespace detail

namespace policy::detail_ {

// A waiver in a policy over a range is stale when: its reason is empty; its Until is before the
// range; the entity has no tier (unsupported or unlisted) in any release it covers; or the entity
// meets the policy in every release it covers.
template <class P, class W>
  requires release_range_type<typename P::release>
constexpr bool validate_waiver() noexcept {
  using E = typename W::entity;
  using R = typename P::release;
  namespace wd = wasmtime_tiers::detail;
  constexpr unsigned covered_last = W::until < R::last ? W::until : R::last;
  if constexpr (W::reason.empty()) {
    [[maybe_unused]] constexpr auto m = [] {
      wd::text<256> t;
      t += "the waiver for ";
      t += name_of<E>;
      t += " has an empty reason; write why the project accepts it";
      return t;
    }();
    WASMTIME_TIERS_DETAIL_REPORT(waiver_needs_a_reason, (E), m);
    return false;
  } else if constexpr (W::until < R::first) {
    constexpr tier actual = wd::tier_at(*wd::text_of(R::first), E::wasmtime_tiers_id);
    [[maybe_unused]] constexpr auto m = [] {
      wd::text<256> t;
      t += "the waiver for ";
      t += name_of<E>;
      t += " expired after Wasmtime ";
      t.append_number(W::until);
      t += " and the policy checks Wasmtime ";
      t.append_number(R::first);
      t += " to ";
      t.append_number(R::last);
      t += "; in ";
      t.append_number(R::first);
      t += " it is ";
      t += to_string(actual);
      t += "; review the waiver and extend or remove it";
      return t;
    }();
    WASMTIME_TIERS_DETAIL_REPORT(waiver_expired_review_it,
                                 (E, W::until, R::first, typename wd::tier_words<actual>::type), m);
    return false;
  } else {
    constexpr wd::waiver_scan s = wd::scan_waiver<P, E, W::until>();
    if constexpr (s.tiered == no_release) {
      constexpr tier actual = wd::tier_at(*wd::text_of(R::first), E::wasmtime_tiers_id);
      [[maybe_unused]] constexpr auto m = [] {
        wd::text<256> t;
        t += "no waiver can accept ";
        t += name_of<E>;
        t += ": it has no tier (unsupported or not in the tier table) in any of Wasmtime ";
        t.append_number(R::first);
        t += " to ";
        t.append_number(covered_last);
        t += "; remove the waiver";
        return t;
      }();
      WASMTIME_TIERS_DETAIL_REPORT(waiver_cannot_accept_entity,
                                   (E, typename wd::tier_words<actual>::type, R::first), m);
      return false;
    } else if constexpr (s.needed == no_release) {
      constexpr tier actual = wd::tier_at(*wd::text_of(covered_last), E::wasmtime_tiers_id);
      constexpr tier required = P::rules.for_category(wd::category_at(E::wasmtime_tiers_id));
      [[maybe_unused]] constexpr auto m = [] {
        wd::text<256> t;
        t += "the waiver for ";
        t += name_of<E>;
        t += " is not needed: it meets the policy in every release from Wasmtime ";
        t.append_number(R::first);
        t += " to ";
        t.append_number(covered_last);
        t += " that the waiver covers; remove the waiver";
        return t;
      }();
      WASMTIME_TIERS_DETAIL_REPORT(waiver_not_needed_remove_it,
                                   (E, typename wd::tier_words<actual>::type, covered_last,
                                    typename wd::required_words<required>::type),
                                   m);
      return false;
    } else {
      return true;
    }
  }
}

} // namespace policy::detail_

} // namespace wasmtime_tiers

#endif
