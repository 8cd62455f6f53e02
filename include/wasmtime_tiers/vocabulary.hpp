// wasmtime-tiers: the words of Wasmtime's documents and of the library's enumerations: what the
// generator reads in the texts (requirement_phrases, check_symbols, proposal_section_headings,
// enabled_column, proposal_aliases, proposals_only_names) and how the tool and explain() name the
// values for people (to_string of requirement, check_status, proposal_section, default_state;
// symbol_of, to_text, tier_of_section). <wasmtime_tiers.hpp> leaves it out; proposal_matrix.hpp,
// explain.hpp and the catalog include it.
#ifndef WASMTIME_TIERS_VOCABULARY_HPP
#define WASMTIME_TIERS_VOCABULARY_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <cstddef>
#include <string_view>

#include <wasmtime_tiers/detail/names.hpp>
#include <wasmtime_tiers/detail/encoding.hpp>
#include <wasmtime_tiers/proposal.hpp>
#include <wasmtime_tiers/requirement.hpp>
#include <wasmtime_tiers/tier.hpp>

namespace wasmtime_tiers {

// to_string(r): the requirement in words.
constexpr std::string_view to_string(requirement r) noexcept {
  constexpr detail::literal names[] = {
      "continuous fuzzing",
      "more time fuzzing",
      "CI testing",
      "more CI testing",
      "full-time maintainer",
      "clear owner",
      "unwinding",
      "complete implementation",
      "a stable proposal",
      "improved quality",
      "production quality",
      "API quality",
      "support beyond CI checks",
      "consensus on moving to Tier 1",
      "support for more proposals",
      "independence from GC",
      "performance work",
      "no maintenance burden",
      "no major known bugs",
      "acceptable code quality",
      "a path to completion",
      "security releases",
      "RFCs for major changes",
      "a requirement this library does not name",
  };
  static_assert(std::size(names) == requirement_count);
  return names[static_cast<std::size_t>(r)];
}

// requirement_phrase: a phrase of a "Missing Tier N Requirements" cell (the cell is a list of them
// separated by commas outside parentheses) and the requirement it names. Matched without regard
// to case; `prefix` phrases match any phrase that starts with them. The library's own generation
// refuses a phrase that is not here, naming the file and line; a release added after the library
// (`gen --add-release`) keeps it verbatim in its cell and names it requirement::unnamed.
struct requirement_phrase {
  detail::literal text;
  requirement names;
  bool prefix = false;
};

// clang-format off
inline constexpr requirement_phrase requirement_phrases[] = {
  {"continuous fuzzing",           requirement::continuous_fuzzing},
  {"fuzzing",                      requirement::continuous_fuzzing},
  {"more time fuzzing/baking",     requirement::fuzzing_time},
  {"ci testing",                   requirement::ci_testing},
  {"supported but not tested",     requirement::ci_testing},
  {"more ci",                      requirement::more_ci_testing},
  {"more expansive ci testing",    requirement::more_ci_testing},
  {"full-time maintainer",         requirement::full_time_maintainer},
  {"clear owner of the target",    requirement::clear_owner},
  {"clear owner",                  requirement::clear_owner},
  {"unwinding",                    requirement::unwinding},
  {"complete implementation",      requirement::complete_implementation},
  {"finished implementation",      requirement::complete_implementation},
  {"unstable wasm proposal",       requirement::unstable_proposal},
  {"unstable wasi proposal",       requirement::unstable_proposal},
  {"unstable proposal",            requirement::unstable_proposal},
  {"improved quality",             requirement::improved_quality},
  {"production quality",           requirement::production_quality},
  {"api quality",                  requirement::api_quality},
  {"support beyond ci checks",     requirement::support_beyond_ci_checks},
  {"consenus on moving to tier 1", requirement::consensus_on_tier_1},
  {"consensus on moving to tier 1", requirement::consensus_on_tier_1},
  {"webassembly proposals (",      requirement::proposal_support, true},
  {"dependence on gc",             requirement::dependence_on_gc},
  {"performance work",             requirement::performance_work},
};
// clang-format on

// tier_definition(t): what the "Tier Details" section asks of tier t itself (not of the tiers
// below it, which each tier also includes: see required_for).

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
