// wasmtime-tiers: the vocabulary of Wasmtime's docs/stability-wasm-proposals.md (Wasmtime 27 on):
// the requirement checks of its matrix, their statuses, the sections of the document, and how its
// proposal names map to the entities of docs/stability-tiers.md. The generator and the library
// share this header. Of the generated tables it reads only what the policies' requiring_checks need
// (generated/proposal_checks.hpp: each text's lacking checks, a character per entity); the queries
// are in proposal_matrix.hpp, and the words (to_string, symbols, headings) in vocabulary.hpp.
#ifndef WASMTIME_TIERS_PROPOSAL_HPP
#define WASMTIME_TIERS_PROPOSAL_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <cstdint>
#include <string_view>
#include <type_traits>

#include <wasmtime_tiers/detail/encoding.hpp>
#include <wasmtime_tiers/generated/entities.hpp>
#include <wasmtime_tiers/generated/proposal_checks.hpp>
#include <wasmtime_tiers/requirement.hpp>
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
constexpr std::string_view to_string(proposal_check c) noexcept {
  constexpr detail::literal names[] = {"Phase 4", "Tests", "Finished", "Fuzzed", "API", "C API"};
  return names[static_cast<std::size_t>(c)];
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

} // namespace wasmtime_tiers

#endif
