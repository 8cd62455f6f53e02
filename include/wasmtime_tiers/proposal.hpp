// wasmtime-tiers: the vocabulary of Wasmtime's docs/stability-wasm-proposals.md (Wasmtime 27 on):
// the requirement checks of its matrix, their statuses, the sections of the document, and how its
// proposal names map to the entities of docs/stability-tiers.md. The generator and the library
// share this header. Of the generated tables it reads only what the policies' requiring_checks need
// (generated/proposal_checks.hpp: each text's lacking checks, a character per entity); the queries
// are in proposal_matrix.hpp, and the words (to_string, symbols, headings) in vocabulary.hpp.
#ifndef WASMTIME_TIERS_PROPOSAL_HPP
#define WASMTIME_TIERS_PROPOSAL_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <wasmtime_tiers/detail/defer.hpp>
#include <cstdint>
#include <type_traits>

#include <wasmtime_tiers/category.hpp>
#include <wasmtime_tiers/detail/encoding.hpp>
#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/generated/entities.hpp>
#include <wasmtime_tiers/generated/proposal_checks.hpp>
#include <wasmtime_tiers/release.hpp>
#include <wasmtime_tiers/requirement.hpp>
#include <wasmtime_tiers/selected_release.hpp>
#include <wasmtime_tiers/tier.hpp>

namespace wasmtime_tiers {

// proposal_check: one column of the matrix, a requirement every Tier 1 proposal must meet.
enum class proposal_check : unsigned char {
  phase_4,  // "Phase 4": phase 4 or later of the WebAssembly standardization process
  tests,    // "Tests": the spec tests (and Wasmtime's own) pass
  finished, // "Finished": no open questions, design concerns or serious known bugs
  fuzzed,   // "Fuzzed": fuzzed for a week at least, the fuzzers exercise the proposal
  api,      // "API": exposed in the `wasmtime` crate's API
  c_api,    // "C API": exposed in the C API
};

inline constexpr std::size_t proposal_check_count = 6;

// Every check, in the matrix's column order.
inline constexpr proposal_check all_proposal_checks[proposal_check_count] = {
    proposal_check::phase_4, proposal_check::tests, proposal_check::finished,
    proposal_check::fuzzed,  proposal_check::api,   proposal_check::c_api};

// to_string(c): the column header of check c, as the document writes it ("Phase 4", "C API").
template <class T = void>
constexpr auto to_string(proposal_check c) noexcept {
  constexpr detail::literal names[] = {"Phase 4", "Tests", "Finished", "Fuzzed", "API", "C API"};
  return detail::names_for<T>::name(names[static_cast<std::size_t>(c)]);
}

// check_status: one cell of the matrix. yes (✅ fully supported), wip (🚧 work in progress), no (❌
// not yet), partial (⚠️, the older texts' mark for a qualified yes), and unlisted where the
// document gives no cell (absent from the text, the library's one word for it, as tier::unlisted):
// Wasmtime releases before 27, proposals the release's text does not list, and the rows of the
// "Unimplemented proposals" table. not_covered: its former name.
enum class check_status : unsigned char {
  yes,
  wip,
  no,
  partial,
  unlisted,
  not_covered [[deprecated("use check_status::unlisted")]] = unlisted,
};

using proposal_check_set = std::uint8_t;

inline constexpr proposal_check_set all_checks = (1u << proposal_check_count) - 1;

// bit(c): the set holding only c.
constexpr proposal_check_set bit(proposal_check c) noexcept {
  return static_cast<proposal_check_set>(1u << static_cast<unsigned>(c));
}

// contains(set, c): c is in set.
constexpr bool contains(proposal_check_set set, proposal_check c) noexcept {
  return (set & bit(c)) != 0;
}

// checks_in(set): the checks of a set in column order, for range-for:
//   for (wt::proposal_check c : wt::checks_in(set)) ...
class checks_in {
public:
  constexpr explicit checks_in(proposal_check_set checks) noexcept : set_(checks & all_checks) {}

  class iterator {
  public:
    constexpr iterator(proposal_check_set checks, unsigned index) noexcept
        : set_(checks), i_(index) {
      skip();
    }
    constexpr proposal_check operator*() const noexcept { return static_cast<proposal_check>(i_); }
    constexpr iterator& operator++() noexcept {
      ++i_;
      skip();
      return *this;
    }
    constexpr bool operator==(const iterator& o) const noexcept { return i_ == o.i_; }

  private:
    constexpr void skip() noexcept {
      while (i_ < proposal_check_count && !(set_ & (1u << i_))) ++i_;
    }
    proposal_check_set set_;
    unsigned i_;
  };

  constexpr iterator begin() const noexcept { return {set_, 0}; }
  constexpr iterator end() const noexcept {
    return {set_, static_cast<unsigned>(proposal_check_count)};
  }

private:
  proposal_check_set set_;
};

namespace detail {
// The text of docs/stability-wasm-proposals.md Wasmtime `release` shipped, as its digit in
// gen::proposals_release_texts; no_text where none covers the release.
constexpr char proposals_text_code(unsigned release) noexcept {
  return release < gen::proposals_release_texts.size() ? gen::proposals_release_texts[release]
                                                       : no_text;
}
// The checks proposal `id` lacks in Wasmtime `release`: every check where no text covers the
// release or the text does not list the proposal. What the policies' requiring_checks read, from
// the character array of generated/proposal_checks.hpp (proposal_matrix.hpp reads the full
// tables; a test holds the two equal).
constexpr proposal_check_set lacking_checks_in(unsigned release, std::size_t id) noexcept {
  const char text = proposals_text_code(release);
  if (text == no_text || id >= gen::entity_count) return all_checks;
  return static_cast<proposal_check_set>(
      digit_value(gen::lacking_checks[digit_value(text) * gen::entity_count + id]));
}
} // namespace detail

// proposal_section: where a release's text lists a proposal. The texts of Wasmtime 27 to 39 group
// proposals by whether they are on by default; from Wasmtime 40 they group them by tier.
// t1, t2, t3: the tier sections (Tier 1 is spelled t1 in every enum, as tier::t1); `unlisted`: the
// text does not name the proposal (absent from the text); `not_covered`: no text covers the release.
// tier1, tier2, tier3: the former names of t1, t2, t3.
enum class proposal_section : unsigned char {
  t1,
  t2,
  t3,
  on_by_default,
  off_by_default,
  unimplemented,
  unlisted,
  not_covered,
  tier1 [[deprecated("use proposal_section::t1")]] = t1,
  tier2 [[deprecated("use proposal_section::t2")]] = t2,
  tier3 [[deprecated("use proposal_section::t3")]] = t3,
};

enum class default_state : unsigned char { on, off, unknown };

namespace detail {
template <class E>
inline constexpr bool named_in_vocabulary =
    std::is_same_v<E, requirement> || std::is_same_v<E, check_status> ||
    std::is_same_v<E, proposal_section> || std::is_same_v<E, default_state>;
template <class E>
struct vocabulary_needs_its_header {
  static_assert(sizeof(E) == 0,
                "wasmtime_tiers::to_string / symbol_of / to_text / tier_of_section of a "
                "requirement, check_status, proposal_section or default_state: the words are in "
                "<wasmtime_tiers/vocabulary.hpp>, which <wasmtime_tiers.hpp> leaves out: #include "
                "<wasmtime_tiers/vocabulary.hpp>");
  static constexpr int value = 0;
};
} // namespace detail

// Without <wasmtime_tiers/vocabulary.hpp>, these templates are what a call chooses, and their
// error names the header; with it, the functions vocabulary.hpp declares (not templates) win.
template <class E>
  requires detail::named_in_vocabulary<E>
constexpr auto to_string(E) noexcept { return detail::vocabulary_needs_its_header<E>::value; }
template <class E>
  requires std::is_same_v<E, check_status>
constexpr auto symbol_of(E) noexcept { return detail::vocabulary_needs_its_header<E>::value; }
template <class E>
  requires std::is_same_v<E, proposal_section>
constexpr auto tier_of_section(E) noexcept { return detail::vocabulary_needs_its_header<E>::value; }

// The proposal queries (check_of, proposal_section_of, ...) read the full tables of
// docs/stability-wasm-proposals.md, which <wasmtime_tiers.hpp> leaves out: they are declared here,
// so that with the umbrella alone a query stops with one error naming the header, and read through
// detail::proposal_queries<Tag>, which only <wasmtime_tiers/proposal_matrix.hpp> defines (as
// release<N>::text() reads detail::full_tables).
namespace detail {
struct proposal_tables_tag {};
// The tag as a type that depends on a query's arguments, so that the hook is looked up where the
// query is used (by then the header may have defined it), not where it is declared.
template <class E>
struct proposal_tables_tag_of {
  using type = proposal_tables_tag;
};
template <class Tag>
struct proposal_queries {
  // The error, in a function rather than the class, so that the empty answers below stay usable
  // and the static_assert is the one error (Clang drops a class whose static_assert fails).
  static constexpr void needs_header() noexcept {
    static_assert(sizeof(Tag) == 0,
                  "wasmtime_tiers: the proposal queries (check_of, proposal_section_of, ...) read "
                  "the full tables of docs/stability-wasm-proposals.md, which <wasmtime_tiers.hpp> "
                  "leaves out: #include <wasmtime_tiers/proposal_matrix.hpp>");
  }
  static constexpr packed file(unsigned) noexcept { return needs_header(), packed{}; }
  static constexpr check_status check(unsigned, std::size_t, proposal_check) noexcept {
    return needs_header(), check_status{};
  }
  static constexpr bool noted(unsigned, std::size_t, proposal_check) noexcept {
    return needs_header(), false;
  }
  static constexpr proposal_check_set lacking(unsigned, std::size_t) noexcept {
    return needs_header(), proposal_check_set{0};
  }
  static constexpr proposal_section section(unsigned, std::size_t) noexcept {
    return needs_header(), proposal_section{};
  }
  static constexpr packed heading(unsigned, std::size_t) noexcept {
    return needs_header(), packed{};
  }
  static constexpr default_state on_by_default(unsigned, std::size_t) noexcept {
    return needs_header(), default_state{};
  }
};
template <class E>
using proposal_queries_for = proposal_queries<typename proposal_tables_tag_of<E>::type>;
} // namespace detail

// proposal_entity<E>: E is the tag type of a WebAssembly proposal (namespace wasm).
template <class E>
concept proposal_entity = entity<E> &&
    detail::is(detail::category_at(id_of<E>), category::wasm_proposal);

// oldest_proposals_release / newest_proposals_release: the Wasmtime majors the shipped texts of
// docs/stability-wasm-proposals.md cover (every major in between is covered).
inline constexpr unsigned oldest_proposals_release = WASMTIME_TIERS_DETAIL_OLDEST_PROPOSALS_RELEASE;
inline constexpr unsigned newest_proposals_release = WASMTIME_TIERS_DETAIL_NEWEST_PROPOSALS_RELEASE;

// is_proposals_release(N): a shipped text of docs/stability-wasm-proposals.md covers Wasmtime N.
constexpr bool is_proposals_release(unsigned major) noexcept {
  return detail::proposals_text_code(major) != detail::no_text;
}

// Every query below takes the release last, defaulted to selected_release (see
// selected_release.hpp), as the policies do: check_of<wasm::gc, proposal_check::fuzzed>. Each
// needs <wasmtime_tiers/proposal_matrix.hpp>.

// proposals_file_of<R>: the upstream file of the text release R shipped ("v28.md"); "" before 27.
template <release_type R = selected_release>
inline constexpr auto proposals_file_of =
    detail::names_for<R>::name(detail::proposal_queries_for<R>::file(R::major));

// check_of<E, C, R>: the status release R's text gives check C of proposal E: yes (✅), wip (🚧),
// no (❌), partial (⚠️), or unlisted (no cell: release before 27, E unlisted or unimplemented).
template <proposal_entity E, proposal_check C, release_type R = selected_release>
inline constexpr check_status check_of = detail::proposal_queries_for<E>::check(R::major, id_of<E>,
                                                                                C);

// check_noted_of<E, C, R>: that cell carries a footnote marker (a caveat the document explains).
template <proposal_entity E, proposal_check C, release_type R = selected_release>
inline constexpr bool check_noted_of = detail::proposal_queries_for<E>::noted(R::major, id_of<E>,
                                                                              C);

// checks_lacking_of<E, R>: the checks E does not fully meet in release R (status other than yes),
// which the document requires of every Tier 1 proposal; all six where the text rates none
// (unimplemented, unlisted, release before 27). Iterate with checks_in, print with to_text.
template <proposal_entity E, release_type R = selected_release>
inline constexpr proposal_check_set checks_lacking_of =
    detail::proposal_queries_for<E>::lacking(R::major, id_of<E>);

// checks_lacking_for_tier1<E, R>: the former name of checks_lacking_of<E, R>.
template <proposal_entity E, release_type R = selected_release>
[[deprecated("use wasmtime_tiers::checks_lacking_of")]] inline constexpr proposal_check_set
    checks_lacking_for_tier1 = checks_lacking_of<E, R>;

// proposal_section_of<E, R>: the section of release R's text that lists E: t1/t2/t3 (Wasmtime
// 40 on), on_by_default / off_by_default (27 to 39), unimplemented, unlisted, or not_covered.
template <proposal_entity E, release_type R = selected_release>
inline constexpr proposal_section proposal_section_of =
    detail::proposal_queries_for<E>::section(R::major, id_of<E>);

// section_heading_of<E, R>: that section's `##` heading verbatim; "" when unlisted or not covered.
template <proposal_entity E, release_type R = selected_release>
inline constexpr auto section_heading_of =
    detail::names_for<E>::name(detail::proposal_queries_for<E>::heading(R::major, id_of<E>));

// on_by_default_of<E, R>: on or off where release R's text says (its on/off-by-default sections,
// Wasmtime 27 to 39); unknown where it does not.
template <proposal_entity E, release_type R = selected_release>
inline constexpr default_state on_by_default_of =
    detail::proposal_queries_for<E>::on_by_default(R::major, id_of<E>);

} // namespace wasmtime_tiers

// The names this header declares are std::string_views (see detail/names.hpp).
#include <wasmtime_tiers/detail/names.hpp>

#endif
