// wasmtime-tiers: Wasmtime releases, each read through the text of docs/stability-tiers.md it
// shipped.
#ifndef WASMTIME_TIERS_RELEASE_HPP
#define WASMTIME_TIERS_RELEASE_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <cstddef>
#include <string_view>
#include <type_traits>

#include <wasmtime_tiers/detail/encoding.hpp>
#include <wasmtime_tiers/detail/text_table.hpp>
#include <wasmtime_tiers/generated/releases.hpp>

namespace wasmtime_tiers {

namespace detail {
constexpr bool release_known(unsigned major) noexcept {
  return major < gen::release_texts.size() && gen::release_texts[major] != no_text;
}
constexpr std::size_t text_index_of(unsigned major) noexcept {
  // 0 for an unknown major, whose release<N> is an error of its own (no follow-on error here).
  return release_known(major) ? digit_value(gen::release_texts[major]) : 0;
}
} // namespace detail

// is_known_release(N): some shipped text covers Wasmtime major N.
constexpr bool is_known_release(unsigned major) noexcept { return detail::release_known(major); }

// newest_release / oldest_release: the newest and oldest Wasmtime majors a text covers.
inline constexpr unsigned newest_release = WASMTIME_TIERS_DETAIL_NEWEST_RELEASE;
inline constexpr unsigned oldest_release = WASMTIME_TIERS_DETAIL_OLDEST_RELEASE;

// release<N>: Wasmtime major N (release<0> is 0.40). An error here means no shipped text of
// docs/stability-tiers.md covers N; the message lists the releases that are covered.
template <unsigned N>
struct release {
  static_assert(
      detail::release_known(N),
      "wasmtime_tiers::release<N>: no shipped text of Wasmtime's docs/stability-tiers.md "
      "covers this Wasmtime major; known releases: " WASMTIME_TIERS_DETAIL_KNOWN_RELEASES);
  static constexpr unsigned major = N;
  static constexpr std::size_t text_index = detail::text_index_of(N);
  static constexpr const detail::text_table& text() noexcept {
    return *detail::gen::texts[text_index];
  }
};

// release_type<R>: R reads as a release: R::major (an unsigned) and R::text() (the tier table of
// the text it shipped), as release<N> and selected_release do.
template <class R>
concept release_type = std::is_same_v < std::remove_cv_t<decltype(R::major)>,
unsigned > &&std::is_same_v<decltype(R::text()), const detail::text_table&>;

namespace detail {
// The text of a release read at run time (tools); nullptr when none covers it.
constexpr const text_table* text_of(unsigned major) noexcept {
  return release_known(major) ? gen::texts[text_index_of(major)] : nullptr;
}
} // namespace detail

} // namespace wasmtime_tiers

#endif
