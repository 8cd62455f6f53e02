// The requirement matrix of docs/stability-wasm-proposals.md: compile-time facts of the shipped
// texts, the queries at run time, and the document's own rule checked on its data.
#include <wasmtime_tiers/text_tables.hpp>
#include <wasmtime_tiers.hpp>
#include <wasmtime_tiers/proposal_matrix.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace wt = wasmtime_tiers;
using v47 = wt::release<47>;

// The acceptance, as written in the issue.
static_assert(wt::check_of<wt::wasm::threads, wt::proposal_check::fuzzed, v47> ==
              wt::check_status::no);
static_assert(wt::check_of<wt::wasm::threads, wt::proposal_check::finished, v47> ==
              wt::check_status::wip);
static_assert(wt::check_of<wt::wasm::component_model, wt::proposal_check::phase_4, v47> ==
              wt::check_status::no);
static_assert(
    wt::check_of<wt::wasm::nontrapping_float_to_int_conversion, wt::proposal_check::tests, v47> ==
    wt::check_status::yes);

// Releases map to the proposals texts: 28 and 29 shipped v28.md, 48 shipped v47.md; before 27
// nothing is covered, whatever the tiers document says.
static_assert(wt::proposals_file_of<wt::release<29>> == std::string_view{"v28.md"});
static_assert(wt::proposals_file_of<wt::release<48>> == std::string_view{"v47.md"});
static_assert(wt::proposals_file_of<wt::release<26>>.empty());
static_assert(wt::oldest_proposals_release == 27 && wt::newest_proposals_release == 48);
static_assert(wt::is_proposals_release(27) && wt::is_proposals_release(48));
static_assert(!wt::is_proposals_release(26) && !wt::is_proposals_release(49) &&
              !wt::is_proposals_release(0));
static_assert(wt::tier_of<wt::wasm::simd, wt::release<26>> == wt::tier::t1);
static_assert(wt::check_of<wt::wasm::simd, wt::proposal_check::tests, wt::release<26>> ==
              wt::check_status::unlisted);
static_assert(wt::check_of<wt::wasm::simd, wt::proposal_check::tests, wt::release<27>> ==
              wt::check_status::yes);

// The four statuses, and the older texts' ⚠️.
static_assert(
    wt::check_of<wt::wasm::component_model, wt::proposal_check::fuzzed, wt::release<27>> ==
    wt::check_status::partial);
static_assert(
    wt::check_of<wt::wasm::component_model, wt::proposal_check::fuzzed, wt::release<36>> ==
    wt::check_status::wip);
static_assert(
    wt::check_of<wt::wasm::custom_page_sizes, wt::proposal_check::finished, wt::release<27>> ==
    wt::check_status::partial);
static_assert(
    wt::check_of<wt::wasm::custom_page_sizes, wt::proposal_check::finished, wt::release<28>> ==
    wt::check_status::yes);
static_assert(wt::check_of<wt::wasm::extended_const, wt::proposal_check::fuzzed, wt::release<27>> ==
              wt::check_status::no);
static_assert(wt::check_of<wt::wasm::extended_const, wt::proposal_check::fuzzed, wt::release<28>> ==
              wt::check_status::yes);
static_assert(wt::check_of<wt::wasm::gc, wt::proposal_check::c_api, wt::release<43>> ==
              wt::check_status::no);
static_assert(wt::check_of<wt::wasm::gc, wt::proposal_check::c_api, wt::release<44>> ==
              wt::check_status::yes);

// Footnote markers are kept as a flag per cell.
static_assert(wt::check_noted_of<wt::wasm::threads, wt::proposal_check::fuzzed, v47>);
static_assert(!wt::check_noted_of<wt::wasm::threads, wt::proposal_check::tests, v47>);
static_assert(wt::check_noted_of<wt::wasm::gc, wt::proposal_check::finished, wt::release<33>>);
static_assert(!wt::check_noted_of<wt::wasm::gc, wt::proposal_check::finished, v47>);

// checks_lacking_of: a bit mask over proposal_check.
static_assert(wt::checks_lacking_of<wt::wasm::simd, v47> == 0);
static_assert(wt::checks_lacking_of<wt::wasm::threads, v47> ==
              (wt::bit(wt::proposal_check::finished) | wt::bit(wt::proposal_check::fuzzed)));
static_assert(wt::checks_lacking_of<wt::wasm::component_model, v47> ==
              (wt::bit(wt::proposal_check::phase_4) | wt::bit(wt::proposal_check::fuzzed) |
               wt::bit(wt::proposal_check::c_api)));
static_assert(wt::to_text(wt::checks_lacking_of<wt::wasm::component_model, v47>).view() ==
              std::string_view{"Phase 4, Fuzzed, C API"});
static_assert(wt::to_text(wt::all_checks).view() ==
              std::string_view{"Phase 4, Tests, Finished, Fuzzed, API, C API"});
static_assert(wt::to_text(0).view().empty());
// A proposal the text does not rate lacks every check.
static_assert(wt::checks_lacking_of<wt::wasm::flexible_vectors, v47> == wt::all_checks);
static_assert(wt::checks_lacking_of<wt::wasm::simd, wt::release<26>> == wt::all_checks);

// Sections: on/off by default (27 to 39), tiers (40 on), unimplemented, unlisted, not covered.
static_assert(wt::proposal_section_of<wt::wasm::threads, wt::release<39>> ==
              wt::proposal_section::on_by_default);
static_assert(wt::proposal_section_of<wt::wasm::threads, wt::release<40>> ==
              wt::proposal_section::t2);
static_assert(wt::proposal_section_of<wt::wasm::gc, wt::release<27>> ==
              wt::proposal_section::off_by_default);
static_assert(wt::proposal_section_of<wt::wasm::gc, v47> == wt::proposal_section::t1);
static_assert(wt::proposal_section_of<wt::wasm::stack_switching, v47> == wt::proposal_section::t3);
static_assert(wt::proposal_section_of<wt::wasm::branch_hinting, wt::release<45>> ==
              wt::proposal_section::unimplemented);
static_assert(wt::proposal_section_of<wt::wasm::branch_hinting, wt::release<46>> ==
              wt::proposal_section::t3);
static_assert(wt::proposal_section_of<wt::wasm::simd, wt::release<22>> ==
              wt::proposal_section::not_covered);
static_assert(wt::section_heading_of<wt::wasm::gc, v47> ==
              std::string_view{"Tier 1 WebAssembly Proposals"});
static_assert(wt::section_heading_of<wt::wasm::gc, wt::release<27>> ==
              std::string_view{"Off-by-default proposals"});
static_assert(wt::section_heading_of<wt::wasm::gc, wt::release<26>>.empty());
static_assert(wt::tier_of_section(wt::proposal_section::t2) == wt::tier::t2);
static_assert(wt::tier_of_section(wt::proposal_section::on_by_default) == wt::tier::unlisted);
// Unimplemented proposals have no cells.
static_assert(wt::check_of<wt::wasm::memory_control, wt::proposal_check::phase_4, v47> ==
              wt::check_status::unlisted);

// On by default, where the text says.
static_assert(wt::on_by_default_of<wt::wasm::threads, wt::release<39>> == wt::default_state::on);
static_assert(wt::on_by_default_of<wt::wasm::gc, wt::release<39>> == wt::default_state::off);
static_assert(wt::on_by_default_of<wt::wasm::gc, v47> == wt::default_state::unknown);
static_assert(wt::on_by_default_of<wt::wasm::memory_control, wt::release<30>> ==
              wt::default_state::unknown);
static_assert(wt::on_by_default_of<wt::wasm::simd, wt::release<20>> == wt::default_state::unknown);
// memory64 moved from off (27 to 29) to on by default (30).
static_assert(wt::on_by_default_of<wt::wasm::memory64, wt::release<29>> == wt::default_state::off);
static_assert(wt::on_by_default_of<wt::wasm::memory64, wt::release<30>> == wt::default_state::on);

// One vocabulary: the alias is one entity, and the proposal only this document names is an entity
// after every entity of the tiers texts.
static_assert(wt::name_of<wt::wasm::nontrapping_float_to_int_conversion> ==
              std::string_view{"nontrapping-float-to-int-conversion"});
static_assert(wt::name_of<wt::wasm::shared_everything_threads> ==
              std::string_view{"shared-everything-threads"});
static_assert(wt::id_of<wt::wasm::shared_everything_threads> == wt::entity_count - 1);
static_assert(wt::tier_of<wt::wasm::shared_everything_threads, v47> == wt::tier::unlisted);
static_assert(wt::proposal_section_of<wt::wasm::shared_everything_threads, v47> ==
              wt::proposal_section::unimplemented);
static_assert(wt::category_of<wt::wasm::shared_everything_threads> == wt::category::wasm_proposal);

// Only WebAssembly proposals are proposal entities.
static_assert(wt::proposal_entity<wt::wasm::gc> &&
              wt::proposal_entity<wt::wasm::shared_everything_threads>);
static_assert(!wt::proposal_entity<wt::target::x86_64_unknown_linux_gnu> &&
              !wt::proposal_entity<wt::wasi::http>);
static_assert(!wt::proposal_entity<int> && !wt::proposal_entity<v47>);

// The vocabulary's words.
static_assert(wt::to_string(wt::proposal_check::c_api) == std::string_view{"C API"});
static_assert(wt::to_string(wt::check_status::wip) == std::string_view{"wip"});
static_assert(wt::symbol_of(wt::check_status::yes) == std::string_view{"\u2705"});
static_assert(wt::contains(wt::bit(wt::proposal_check::api), wt::proposal_check::api));
static_assert(!wt::contains(wt::bit(wt::proposal_check::api), wt::proposal_check::c_api));

namespace {

struct check_finding {
  unsigned first, last; // the Wasmtime majors, inclusive
  std::size_t id;
  wt::proposal_check check;
  wt::check_status status;
};

// The document asks every Tier 1 proposal to check every box. Where the texts break their own
// rule: Tier 1 is the proposals text's own "Tier 1" section (Wasmtime 40 on) or, for the texts
// that group by default state (27 to 39), the tier docs/stability-tiers.md gives the proposal in
// that release. A change here (a new break, or one fixed upstream) fails the test.
// clang-format off
const check_finding known_check_findings[] = {
  {27, 48, wt::id_of<wt::wasm::component_model>, wt::proposal_check::phase_4, wt::check_status::no},
  {27, 35, wt::id_of<wt::wasm::component_model>, wt::proposal_check::fuzzed,  wt::check_status::partial},
  {36, 48, wt::id_of<wt::wasm::component_model>, wt::proposal_check::fuzzed,  wt::check_status::wip},
  {27, 36, wt::id_of<wt::wasm::component_model>, wt::proposal_check::c_api,   wt::check_status::no},
  {37, 48, wt::id_of<wt::wasm::component_model>, wt::proposal_check::c_api,   wt::check_status::wip},
  {27, 39, wt::id_of<wt::wasm::threads>,         wt::proposal_check::fuzzed,  wt::check_status::no},
};
// clang-format on

struct tier_finding {
  unsigned first, last;
  std::size_t id;
  wt::tier in_proposals, in_tiers;
};

// Where the proposals text's tier section (Wasmtime 40 on) and docs/stability-tiers.md disagree.
// clang-format off
const tier_finding known_tier_findings[] = {
  {40, 48, wt::id_of<wt::wasm::stack_switching>, wt::tier::t3, wt::tier::unlisted},
  {46, 48, wt::id_of<wt::wasm::branch_hinting>,  wt::tier::t3, wt::tier::unlisted},
};
// clang-format on

struct duplicate_finding {
  unsigned first, last;
  std::size_t id;
};

// Texts that list a proposal twice (the queries read the later row, as the next text kept it).
const duplicate_finding known_duplicates[] = {
    {40, 41, wt::id_of<wt::wasm::exception_handling>},
};

using check_key = std::tuple<unsigned, std::string, std::string, std::string>;

std::string name(std::size_t id) { return std::string(wt::detail::name_at(id)); }

std::string describe(const check_key& k) {
  return "Wasmtime " + std::to_string(std::get<0>(k)) + ": " + std::get<1>(k) + " " +
         std::get<2>(k) + " is " + std::get<3>(k);
}

// The effective tier of a proposal in release r (see known_check_findings).
wt::tier effective_tier(unsigned r, std::size_t id) {
  const wt::tier section =
      wt::tier_of_section(wt::detail::section_at(wt::detail::proposals_of(r), id));
  return wt::is_tiered(section) ? section : wt::detail::tier_at(*wt::detail::text_of(r), id);
}

std::vector<std::size_t> listed_ids(unsigned r) {
  const auto& t = wt::detail::proposals_of(r);
  std::vector<std::size_t> ids;
  for (std::size_t i = 0; i < wt::detail::proposal_row_count(t); ++i)
    ids.push_back(wt::detail::proposal_row_id(wt::detail::proposal_row(t, i)));
  return ids;
}

template <class Set>
void check_same(const Set& found, const Set& known, const std::string& what) {
  for (const auto& k : found)
    if (!known.count(k)) FAIL_CHECK("new " << what << ": " << describe(k));
  for (const auto& k : known)
    if (!found.count(k)) FAIL_CHECK("no longer " << what << " (fixed upstream?): " << describe(k));
  CHECK(found.size() == known.size());
}

} // namespace

TEST_CASE("each Tier 1 proposal checks every box, except the known findings") {
  std::set<check_key> found, known;
  for (unsigned r = wt::oldest_proposals_release; r <= wt::newest_proposals_release; ++r)
    for (std::size_t id : listed_ids(r)) {
      if (effective_tier(r, id) != wt::tier::t1) continue;
      const auto& t = wt::detail::proposals_of(r);
      for (wt::proposal_check c : wt::checks_in(wt::detail::checks_lacking_at(t, id)))
        found.emplace(r, name(id), std::string(wt::to_string(c)),
                      std::string(wt::to_string(wt::detail::check_at(t, id, c))));
    }
  for (const auto& f : known_check_findings)
    for (unsigned r = f.first; r <= f.last; ++r)
      known.emplace(r, name(f.id), std::string(wt::to_string(f.check)),
                    std::string(wt::to_string(f.status)));
  check_same(found, known, "Tier 1 proposal without a box");
  // The rule has teeth: it holds for many Tier 1 proposals in every release.
  for (unsigned r = wt::oldest_proposals_release; r <= wt::newest_proposals_release; ++r) {
    std::size_t complete = 0;
    for (std::size_t id : listed_ids(r))
      complete += effective_tier(r, id) == wt::tier::t1 &&
                  wt::detail::checks_lacking_at(wt::detail::proposals_of(r), id) == 0;
    CAPTURE(r);
    CHECK(complete >= 10);
  }
}

TEST_CASE(
    "the proposals text's tiers agree with docs/stability-tiers.md, except the known findings") {
  std::set<check_key> found, known;
  for (unsigned r = wt::oldest_proposals_release; r <= wt::newest_proposals_release; ++r)
    for (std::size_t id : listed_ids(r)) {
      const wt::tier section =
          wt::tier_of_section(wt::detail::section_at(wt::detail::proposals_of(r), id));
      const wt::tier tiers = wt::detail::tier_at(*wt::detail::text_of(r), id);
      if (wt::is_tiered(section) && section != tiers)
        found.emplace(r, name(id), std::string(wt::to_string(section)),
                      std::string(wt::to_string(tiers)));
    }
  for (const auto& f : known_tier_findings)
    for (unsigned r = f.first; r <= f.last; ++r)
      known.emplace(r, name(f.id), std::string(wt::to_string(f.in_proposals)),
                    std::string(wt::to_string(f.in_tiers)));
  check_same(found, known, "tier disagreement (proposals section, tiers document)");
}

TEST_CASE("texts list each proposal once, except the known duplicates") {
  std::set<check_key> found, known;
  for (unsigned r = wt::oldest_proposals_release; r <= wt::newest_proposals_release; ++r) {
    const std::vector<std::size_t> ids = listed_ids(r);
    for (std::size_t i = 0; i < ids.size(); ++i)
      for (std::size_t j = i + 1; j < ids.size(); ++j)
        if (ids[i] == ids[j]) found.emplace(r, name(ids[i]), "twice", "listed");
  }
  for (const auto& f : known_duplicates)
    for (unsigned r = f.first; r <= f.last; ++r) known.emplace(r, name(f.id), "twice", "listed");
  check_same(found, known, "duplicate row");
  // The later row wins: in Wasmtime 40 exception-handling is listed with Fuzzed ❌, then 🚧.
  CHECK(wt::check_of<wt::wasm::exception_handling, wt::proposal_check::fuzzed, wt::release<40>> ==
        wt::check_status::wip);
}

TEST_CASE("queries give the same answers at run time") {
  constexpr auto s = wt::check_of<wt::wasm::gc, wt::proposal_check::finished, wt::release<46>>;
  CHECK(s == wt::check_status::wip);
  CHECK(wt::to_string(s) == "wip");
  const auto& t = wt::detail::proposals_of(46);
  CHECK(t.file == "v46.md");
  CHECK(wt::detail::check_at(t, wt::id_of<wt::wasm::gc>, wt::proposal_check::finished) == s);
  CHECK(wt::detail::check_at(wt::detail::proposals_of(12), wt::id_of<wt::wasm::gc>,
                             wt::proposal_check::finished) == wt::check_status::unlisted);
  // Ids beyond any table, and entities of other categories, are simply not listed.
  CHECK(wt::detail::check_at(t, 100000, wt::proposal_check::api) == wt::check_status::unlisted);
  CHECK(wt::detail::section_at(t, wt::id_of<wt::target::x86_64_unknown_linux_gnu>) ==
        wt::proposal_section::unlisted);
  std::vector<wt::proposal_check> lacking;
  for (wt::proposal_check c : wt::checks_in(wt::checks_lacking_of<wt::wasm::threads, v47>))
    lacking.push_back(c);
  CHECK(lacking ==
        std::vector<wt::proposal_check>{wt::proposal_check::finished, wt::proposal_check::fuzzed});
  CHECK(std::string(wt::to_text(wt::checks_lacking_of<wt::wasm::threads, v47>).view()) ==
        "Finished, Fuzzed");
}

TEST_CASE("every generated table is well formed") {
  namespace gen = wt::detail::gen;
  REQUIRE(gen::proposals_text_count >= 1);
  unsigned previous_last = 0;
  for (std::size_t i = 0; i < gen::proposals_text_count; ++i) {
    const auto& t = *gen::proposals_texts[i];
    CAPTURE(t.file.view());
    CHECK(t.rows.size() % wt::detail::proposal_row_width() == 0);
    CHECK(t.row_of.size() % gen::proposal_row_index_width == 0);
    if (i) CHECK(t.first_release == previous_last + 1);
    previous_last = t.last_release;
    for (std::size_t r = 0; r < wt::detail::proposal_row_count(t); ++r) {
      const wt::detail::packed row = wt::detail::proposal_row(t, r);
      const std::size_t id = wt::detail::proposal_row_id(row);
      CAPTURE(r);
      REQUIRE(id < wt::entity_count);
      CHECK(wt::detail::category_at(id) == wt::category::wasm_proposal);
      CHECK(wt::detail::proposal_row_index_at(t, id) >= r + 1); // this row, or a later duplicate
      const wt::detail::packed tail = wt::detail::proposal_row_tail_of(row);
      CHECK(wt::detail::digit_value(tail[wt::detail::proposal_row_section]) <
            std::size(wt::proposal_section_headings));
      CHECK(wt::detail::digit_value(tail[wt::detail::proposal_row_alias]) <=
            std::size(wt::proposal_aliases));
      const bool unimplemented =
          wt::detail::section_at(t, id) == wt::proposal_section::unimplemented;
      for (wt::proposal_check c : wt::all_proposal_checks)
        if (wt::detail::proposal_row_index_at(t, id) == r + 1)
          CHECK((wt::detail::check_at(t, id, c) == wt::check_status::unlisted) == unimplemented);
    }
  }
  CHECK(previous_last == wt::newest_proposals_release);
}

// What the policies read (one digit per entity and text, generated/proposal_checks.hpp) and what
// the full tables say agree for every release and entity, covered or not.
TEST_CASE("the policies' lacking checks agree with the full proposal tables") {
  std::size_t compared = 0, covered = 0;
  for (unsigned r = 0; r <= wt::newest_release + 2; ++r)
    for (std::size_t id = 0; id <= wt::entity_count; ++id) {
      CAPTURE(r);
      CAPTURE(id);
      CHECK(wt::detail::lacking_checks_in(r, id) ==
            wt::detail::checks_lacking_at(wt::detail::proposals_of(r), id));
      ++compared;
      covered += wt::detail::proposals_release_known(r) && id < wt::entity_count;
    }
  CHECK(covered ==
        (wt::newest_proposals_release - wt::oldest_proposals_release + 1) * wt::entity_count);
  CHECK(compared > covered);
}
