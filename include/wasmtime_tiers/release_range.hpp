// wasmtime-tiers: ranges of Wasmtime releases, each read through the text it shipped, and sets of
// releases (what the history queries answer).
#ifndef WASMTIME_TIERS_RELEASE_RANGE_HPP
#define WASMTIME_TIERS_RELEASE_RANGE_HPP

#include <wasmtime_tiers/version.hpp>         // first: the C++20 check
#include <wasmtime_tiers/detail/encoding.hpp> // std::size_t
#include <type_traits>

#include <wasmtime_tiers/detail/defer.hpp>
#include <wasmtime_tiers/release.hpp>

namespace wasmtime_tiers {

// no_release: the "never" of the history queries (first_release_at, minimum_release, ...): no
// known release qualifies.
inline constexpr unsigned no_release = ~0u;

namespace detail {
// How many Wasmtime majors the release table spans (0 to the newest), known or not.
inline constexpr std::size_t release_slots = gen::release_texts.size();

WASMTIME_TIERS_DETAIL_DEFER
constexpr bool every_release_known(unsigned first, unsigned last) noexcept {
  for (unsigned m = first; m <= last && m != no_release; ++m)
    if (!release_known(m)) return false;
  return true;
}
} // namespace detail

// releases<First, Last>: every Wasmtime major from First to Last, each with the text it shipped.
// Usable wherever a policy names a release: minimum_tier<tier::t1, releases<36, 48>> accepts an
// entity only if every release of the range does. An error here means First is after Last or a
// release in the range has no shipped text; the message lists the releases that do.
template <unsigned First, unsigned Last>
struct releases {
  static_assert(First <= Last, "wasmtime_tiers::releases<First, Last>: First is after Last; write "
                               "the older release first, e.g. releases<36, 48>");
  static_assert(
      detail::every_release_known(First, Last),
      "wasmtime_tiers::releases<First, Last>: no shipped text of Wasmtime's "
      "docs/stability-tiers.md covers some release of the range; known releases: " WASMTIME_TIERS_DETAIL_KNOWN_RELEASES);
  static constexpr unsigned first = First;
  static constexpr unsigned last = Last;
  static constexpr std::size_t size = Last - First + 1;
  static constexpr bool contains(unsigned major) noexcept {
    return First <= major && major <= Last;
  }
};

// release_range_type<R>: R is a specialization of releases.
template <class R>
concept release_range_type = std::is_same_v < std::remove_cv_t<decltype(R::first)>,
unsigned > &&std::is_same_v<std::remove_cv_t<decltype(R::last)>, unsigned>&&
               std::is_same_v<std::remove_cv_t<decltype(R::size)>, std::size_t>;

// release_or_range<R>: what a policy names as its release: one release<N> or a releases<A, B>.
template <class R>
concept release_or_range = release_type<R> || release_range_type<R>;

// first_release_of<R>, last_release_of<R>: the oldest and newest major of a release or a range.
template <release_or_range R>
inline constexpr unsigned first_release_of = [] {
  if constexpr (release_type<R>)
    return R::major;
  else
    return R::first;
}();
template <release_or_range R>
inline constexpr unsigned last_release_of = [] {
  if constexpr (release_type<R>)
    return R::major;
  else
    return R::last;
}();


} // namespace wasmtime_tiers

#endif
