// wasmtime-tiers: the vocabulary of Wasmtime's docs/stability-wasm-proposals.md (Wasmtime 27 on):
// the requirement checks of its matrix, their statuses, the sections of the document, and how its
// proposal names map to the entities of docs/stability-tiers.md. The generator and the library
// share this header; it includes no generated table (the queries are in proposal_matrix.hpp).
#ifndef WASMTIME_TIERS_PROPOSAL_HPP
#define WASMTIME_TIERS_PROPOSAL_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <wasmtime_tiers/detail/encoding.hpp>
#include <wasmtime_tiers/generated/entities.hpp>
#include <wasmtime_tiers/generated/proposal_checks.hpp>
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

// to_string(s): "yes", "wip", "no", "partial", "not covered" (the first four are also the values
// of `wasmtime-tiers parse/export --format json`; unlisted keeps the words the tool prints).
constexpr std::string_view to_string(check_status s) noexcept {
  constexpr detail::literal names[] = {"yes", "wip", "no", "partial", "not covered"};
  return names[static_cast<std::size_t>(s)];
}

// symbol_of(s): the document's symbol for s; "" for unlisted.
constexpr std::string_view symbol_of(check_status s) noexcept {
  constexpr detail::literal symbols[] = {"\u2705", "\U0001F6A7", "\u274C", "\u26A0\uFE0F", ""};
  return symbols[static_cast<std::size_t>(s)];
}

// check_symbol: a cell symbol the generator accepts, and the status it means. "⚠" is accepted with
// and without its emoji variation selector.
struct check_symbol {
  detail::literal text;
  check_status means;
};

// clang-format off
inline constexpr check_symbol check_symbols[] = {
  {"\u2705",       check_status::yes},     // ✅
  {"\U0001F6A7",   check_status::wip},     // 🚧
  {"\u274C",       check_status::no},      // ❌
  {"\u26A0\uFE0F", check_status::partial}, // ⚠️
  {"\u26A0",       check_status::partial}, // ⚠
};
// clang-format on

// proposal_check_set: a set of checks as a bit mask (bit i is check i).
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

// check_list: a set of checks in words, "Phase 4, Fuzzed" ("" for the empty set); its view() is
// NUL-terminated.
struct check_list {
  char data[48]{}; // "Phase 4, Tests, Finished, Fuzzed, API, C API" and a NUL fit
  std::size_t size = 0;
  constexpr std::string_view view() const noexcept { return {data, size}; }
};

constexpr check_list to_text(proposal_check_set set) noexcept {
  check_list out;
  for (proposal_check c : checks_in(set)) {
    if (out.size) {
      out.data[out.size++] = ',';
      out.data[out.size++] = ' ';
    }
    for (char ch : to_string(c)) out.data[out.size++] = ch;
  }
  out.data[out.size] = '\0';
  return out;
}

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

constexpr std::string_view to_string(proposal_section s) noexcept {
  constexpr detail::literal names[] = {"Tier 1",        "Tier 2",         "Tier 3",
                                       "on by default", "off by default", "unimplemented",
                                       "unlisted",      "not covered"};
  return names[static_cast<std::size_t>(s)];
}

// tier_of_section(s): t1, t2 or t3 for the tier sections, tier::unlisted for the others.
constexpr tier tier_of_section(proposal_section s) noexcept {
  switch (s) {
  case proposal_section::t1: return tier::t1;
  case proposal_section::t2: return tier::t2;
  case proposal_section::t3: return tier::t3;
  default: return tier::unlisted;
  }
}

// proposal_section_heading: the `##` heading of a table of the document, and the section it opens.
// The generator refuses a table under any other heading; the tables store an index into this
// list, so new headings are appended, never inserted.
struct proposal_section_heading {
  detail::literal text;
  proposal_section names;
};

// clang-format off
inline constexpr proposal_section_heading proposal_section_headings[] = {
  {"On-by-default proposals",      proposal_section::on_by_default},
  {"Off-by-default proposals",     proposal_section::off_by_default},
  {"Unimplemented proposals",      proposal_section::unimplemented},
  {"Tier 1 WebAssembly Proposals", proposal_section::t1},
  {"Tier 2 WebAssembly Proposals", proposal_section::t2},
  {"Tier 3 WebAssembly Proposals", proposal_section::t3},
};
// clang-format on

// default_state: whether a proposal is enabled by default, where the text says so (the
// "On-by-default" / "Off-by-default" sections, or an "Enabled" column); unknown elsewhere.
enum class default_state : unsigned char { on, off, unknown };

constexpr std::string_view to_string(default_state d) noexcept {
  constexpr detail::literal names[] = {"on", "off", "unknown"};
  return names[static_cast<std::size_t>(d)];
}

// The column of the matrix that says whether a proposal is on by default. The texts of Wasmtime
// 40 on define it under "Feature requirements"; no shipped table has it yet.
inline constexpr detail::literal enabled_column = "Enabled";

// proposal_alias: a proposal docs/stability-wasm-proposals.md names differently from
// docs/stability-tiers.md. Both names are one entity, named as the tiers document names it. The
// library's own generation refuses a proposal name that is neither a WebAssembly proposal of the
// tiers document, nor an alias here, nor in proposals_only_names (a release added after the
// library, with `gen --add-release`, makes it a new entity instead). The generated tables store an
// index into this list (to print the document's own spelling), so new aliases are appended, never
// inserted.
struct proposal_alias {
  detail::literal proposals_name; // as docs/stability-wasm-proposals.md writes it
  detail::literal tiers_name;     // as docs/stability-tiers.md writes it
};

// clang-format off
inline constexpr proposal_alias proposal_aliases[] = {
  {"nontrapping-fptoint", "nontrapping-float-to-int-conversion"},
};
// clang-format on

// proposals_only_names: proposals that only docs/stability-wasm-proposals.md names. Each becomes
// a `wasm::` entity with an id after those of every entity of the tiers texts (in order of first
// appearance), so that adding them changes no existing id. The generator refuses a name here that
// the tiers texts name too.
inline constexpr detail::literal proposals_only_names[] = {
    "shared-everything-threads",
};

} // namespace wasmtime_tiers

#endif
