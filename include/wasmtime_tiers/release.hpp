// wasmtime-tiers: Wasmtime releases, each read through the text of docs/stability-tiers.md it
// shipped.
#ifndef WASMTIME_TIERS_RELEASE_HPP
#define WASMTIME_TIERS_RELEASE_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <type_traits>

#include <wasmtime_tiers/detail/encoding.hpp>
#include <wasmtime_tiers/detail/text_table.hpp>
#include <wasmtime_tiers/generated/entities.hpp>
#include <wasmtime_tiers/generated/releases.hpp>
#include <wasmtime_tiers/tier.hpp>

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
namespace detail {
// full_tables<Tag>::texts: every text's full table (detail::text_table: category spellings,
// document order, compiler support, file and commit). Only <wasmtime_tiers/text_tables.hpp>
// defines it, so that a translation unit that reads only tiers and missing requirements (the
// umbrella header's checks) does not pay for 22 tables; without that header, what reads a full
// table stops here, naming the header.
struct full_tables_tag {};
template <class Tag>
struct full_tables {
  static constexpr bool defined = false;
  // Empty tables, so that the error of release<N>::text() is the only one.
  static constexpr text_table none{};
  struct none_list {
    constexpr const text_table* operator[](std::size_t) const noexcept { return &none; }
  };
  static constexpr none_list texts{};
};
} // namespace detail

template <unsigned N>
struct release {
  static_assert(
      detail::release_known(N),
      "wasmtime_tiers::release<N>: no shipped text of Wasmtime's docs/stability-tiers.md "
      "covers this Wasmtime major; known releases: " WASMTIME_TIERS_DETAIL_KNOWN_RELEASES);
  static constexpr unsigned major = N;
  static constexpr std::size_t text_index = detail::text_index_of(N);
  // The full table of the text (needs <wasmtime_tiers/text_tables.hpp>; a template, so that
  // nothing reads it until it is called).
  template <class Tag = detail::full_tables_tag>
  static constexpr const detail::text_table& text() noexcept {
    static_assert(
        detail::full_tables<Tag>::defined,
        "wasmtime_tiers: this reads a text's full table (category spellings, document "
        "order, compiler support, file and commit), which <wasmtime_tiers.hpp> leaves "
        "out: #include <wasmtime_tiers/text_tables.hpp> (or <wasmtime_tiers/catalog.hpp>)");
    return *detail::full_tables<Tag>::texts[text_index];
  }
};

namespace detail {
// library_release<R>: R is a release<N> of a known release, which reads as a release by
// construction; the concept below answers for it without looking at its members (each policy
// names a release, and the member checks cost about 0.1 M instructions a release with GCC 12).
// An unknown release takes the long way, which instantiates it: its static_assert is then the one
// error, with no follow-on error where it is used.
template <class R>
inline constexpr bool library_release = false;
template <unsigned N>
inline constexpr bool library_release<release<N>> = release_known(N);
} // namespace detail

// release_type<R>: R reads as a release: R::major (an unsigned), R::text_index (the index of the
// text it shipped) and R::text() (that text's full table), as release<N> and selected_release do.
// (Kept as written: clang-format 14 breaks a requires expression and these conjunctions.)
// clang-format off
template <class R>
concept release_type = detail::library_release<R> ||
    (std::is_same_v<std::remove_cv_t<decltype(R::major)>, unsigned> &&
     std::is_same_v<std::remove_cv_t<decltype(R::text_index)>, std::size_t> &&
     std::is_same_v<decltype(R::text()), const detail::text_table&>);
// clang-format on

namespace detail {
// What every translation unit reads of a text, by text index and entity id: the tier and the
// index of the missing-requirements cell (tier_of, missing_of, the policy checks).
constexpr tier tier_in(std::size_t text, std::size_t id) noexcept {
  return id < gen::entity_count ? tier_from_code(gen::tier_codes[text * gen::entity_count + id])
                                : tier::unlisted;
}
constexpr std::size_t missing_index_in(std::size_t text, std::size_t id) noexcept {
  return id < gen::entity_count
             ? decode(gen::missing_codes, text * gen::entity_count + id, gen::missing_width)
             : 0;
}
} // namespace detail

} // namespace wasmtime_tiers

#endif
