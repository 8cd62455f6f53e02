// wasmtime-tiers: the history of the tables across every known release: since when an entity has a
// tier, where its tier changed, in which releases a policy accepts some entities, and since when a
// compiler supports a proposal. Every query is constexpr; tier_history has a run-time twin
// taking entity ids (tier_history_of), as catalog.hpp has for the tables. Opt-in: the umbrella header
// <wasmtime_tiers.hpp> does not include it.
#ifndef WASMTIME_TIERS_HISTORY_HPP
#define WASMTIME_TIERS_HISTORY_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <cstddef>

#include <wasmtime_tiers/detail/names.hpp>
#include <wasmtime_tiers/compiler_support.hpp>
#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/policy_range.hpp> // the policies, over ranges too
#include <wasmtime_tiers/release.hpp>
#include <wasmtime_tiers/release_range.hpp>
#include <wasmtime_tiers/table.hpp>
#include <wasmtime_tiers/text_tables.hpp>
#include <wasmtime_tiers/tier.hpp>

namespace wasmtime_tiers {

// release_set: a set of Wasmtime majors, e.g. the releases in which a policy accepts some
// entities (releases_where). Iterate with for_each_range, or test majors with contains.
struct release_set {
  bool in[detail::release_slots]{};

  constexpr bool contains(unsigned major) const noexcept {
    return major < detail::release_slots && in[major];
  }
  constexpr void insert(unsigned major) noexcept {
    if (major < detail::release_slots) in[major] = true;
  }
  constexpr std::size_t size() const noexcept {
    std::size_t n = 0;
    for (bool b : in) n += b ? 1 : 0;
    return n;
  }
  constexpr bool empty() const noexcept { return size() == 0; }
  // first(), last(): the oldest and newest member; no_release when empty.
  constexpr unsigned first() const noexcept {
    for (unsigned m = 0; m < detail::release_slots; ++m)
      if (in[m]) return m;
    return no_release;
  }
  constexpr unsigned last() const noexcept {
    for (unsigned m = detail::release_slots; m-- > 0;)
      if (in[m]) return m;
    return no_release;
  }
  // for_each_range(f): f(first, last) for each run of consecutive members, oldest first.
  template <class F>
  constexpr void for_each_range(F f) const {
    for (unsigned m = 0; m < detail::release_slots; ++m) {
      if (!in[m]) continue;
      unsigned end = m;
      while (end + 1 < detail::release_slots && in[end + 1]) ++end;
      f(m, end);
      m = end;
    }
  }
  constexpr bool operator==(const release_set&) const = default;
};


// tier_change: from Wasmtime `release` on (until the next change), the entity's tier is `tier`.
struct tier_change {
  unsigned release = 0;
  wasmtime_tiers::tier tier = tier::unlisted;
  constexpr bool operator==(const tier_change&) const = default;
};

// tier_changes: an entity's tier history, oldest first; the first entry is the oldest known
// release.
struct tier_changes {
  tier_change items[detail::release_slots]{};
  std::size_t count = 0;

  constexpr std::size_t size() const noexcept { return count; }
  constexpr const tier_change* begin() const noexcept { return items; }
  constexpr const tier_change* end() const noexcept { return items + count; }
  constexpr const tier_change& operator[](std::size_t i) const noexcept { return items[i]; }
  // at(major): the tier in Wasmtime major (unlisted for a release no text covers).
  constexpr wasmtime_tiers::tier at(unsigned major) const noexcept {
    wasmtime_tiers::tier t = tier::unlisted;
    if (!detail::release_known(major)) return t;
    for (const tier_change& c : *this)
      if (c.release <= major) t = c.tier;
    return t;
  }
};

namespace detail {

constexpr unsigned first_release_at(std::size_t id, tier wanted) noexcept {
  for (unsigned m = 0; m < release_slots; ++m)
    if (release_known(m) && meets(tier_in(text_index_of(m), id), wanted)) return m;
  return no_release;
}

constexpr tier_changes tier_history(std::size_t id) noexcept {
  tier_changes h;
  for (unsigned m = 0; m < release_slots; ++m) {
    if (!release_known(m)) continue;
    const tier t = tier_in(text_index_of(m), id);
    if (h.count == 0 || h.items[h.count - 1].tier != t) h.items[h.count++] = {m, t};
  }
  return h;
}

// The releases in which rules and waivers (`covers(id, major)`) accept every id of `ids`.
template <class Waivers>
constexpr release_set releases_where(const rules& r, const std::size_t* ids,
                                     std::size_t n) noexcept {
  release_set s;
  for (unsigned m = 0; m < release_slots; ++m) {
    if (!release_known(m)) continue;
    bool all = true;
    for (std::size_t i = 0; i < n && all; ++i)
      all = allowed_at(text_index_of(m), m, r, Waivers::covers(ids[i], m), ids[i]);
    if (all) s.insert(m);
  }
  return s;
}

constexpr release_set releases_supported(std::size_t compiler_column, std::size_t id,
                                         architecture a) noexcept {
  release_set s;
  for (unsigned m = 0; m < release_slots; ++m)
    if (release_known(m) && support_at(*text_of(m), a, compiler_column, id) == support::yes)
      s.insert(m);
  return s;
}

} // namespace detail

// first_release_at<E, T>: the first Wasmtime major whose table puts E at tier T or better
// (release 0 is 0.40); no_release when none does. Tiers can go down again later: see tier_history.
template <entity E, tier T>
  requires(is_tiered(T))
inline constexpr unsigned first_release_at = detail::first_release_at(id_of<E>, T);

// tier_history<E>: the releases where E's tier changed (the oldest known release first), each
// with the tier from then on; unlisted where the text did not mention E.
template <entity E>
inline constexpr tier_changes tier_history = detail::tier_history(id_of<E>);

// tier_history_of(id): the same of the entity with id `id` (id_of<E>), at run time.
constexpr tier_changes tier_history_of(std::size_t id) noexcept { return detail::tier_history(id); }

// releases_where<P, E...>: the releases in which policy P's tier rules, proposal checks and
// waivers (each valid up to its Until) accept every E. Every known release is considered, whatever
// release or range P itself names.
template <policy_type P, entity... E>
inline constexpr release_set releases_where = [] {
  constexpr std::size_t ids[] = {id_of<E>..., 0};
  return detail::releases_where<typename P::waivers>(P::rules, ids, sizeof...(E));
}();

// minimum_release<P, E...>: the first of releases_where<P, E...>: the oldest Wasmtime in which P
// accepts every E; no_release when none does.
template <policy_type P, entity... E>
inline constexpr unsigned minimum_release = releases_where<P, E...>.first();

// releases_supported<C, E, A>: the releases whose "Compiler Support" tables say compiler C fully
// supports proposal E on architecture A (the tables start at Wasmtime 34).
template <compiler C, entity E, architecture A>
inline constexpr release_set releases_supported =
    detail::releases_supported(detail::compiler_column<C>, id_of<E>, A);

// first_release_supported<C, E, A>: the first of them; no_release when none.
template <compiler C, entity E, architecture A>
inline constexpr unsigned first_release_supported = releases_supported<C, E, A>.first();

} // namespace wasmtime_tiers

#endif
