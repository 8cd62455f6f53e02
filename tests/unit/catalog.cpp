// The run-time views of catalog.hpp against the compile-time queries they twin: every entity of
// every known release, every compiler and architecture, every proposal of every release with a
// text of docs/stability-wasm-proposals.md.
#include <wasmtime_tiers.hpp>
#include <wasmtime_tiers/catalog.hpp>
#include <wasmtime_tiers/generated/identifiers.hpp> // entity_at<id>: the tag type of an id
#include <wasmtime_tiers/history.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace wt = wasmtime_tiers;

namespace {

template <std::size_t Id>
using entity_at = typename wt::detail::gen::entity_at<Id>::type;

constexpr wt::architecture arch(std::size_t a) { return wt::all_architectures[a]; }

// What the compile-time queries say about entity E in release R.
struct tier_facts {
  wt::tier tier{};
  std::string_view missing_text;
  wt::requirement_set missing = 0;
  wt::requirement_set missing_for[3]{}; // for Tier 1, 2, 3
  std::string_view spelling;
  wt::support support[wt::compiler_backend_count][wt::architecture_count]{};
};

template <class E, class R, std::size_t... A>
constexpr tier_facts tier_facts_of(std::index_sequence<A...>) {
  return {wt::tier_of<E, R>,
          wt::missing_text_of<E, R>,
          wt::missing_of<E, R>,
          {wt::missing_for<E, wt::tier::t1, R>, wt::missing_for<E, wt::tier::t2, R>,
           wt::missing_for<E, wt::tier::t3, R>},
          wt::category_spelling_of<E, R>,
          {{wt::support_of<wt::backend::cranelift, E, arch(A), R>...},
           {wt::support_of<wt::backend::winch, E, arch(A), R>...}}};
}

template <class R, std::size_t... Id>
void compare_release(std::index_sequence<Id...>) {
  static constexpr tier_facts facts[] = {
      tier_facts_of<entity_at<Id>, R>(std::make_index_sequence<wt::architecture_count>{})...};
  const wt::release_table_view v = wt::release_table(R::major);
  CAPTURE(R::major);
  REQUIRE(v.known());
  CHECK(v == wt::release_table_view(R::text()));
  CHECK(v.first_release() <= R::major);
  CHECK(R::major <= v.last_release());
  for (std::size_t id = 0; id < wt::entity_count; ++id) {
    CAPTURE(wt::entity_name(id));
    const tier_facts& f = facts[id];
    CHECK(v.tier_of(id) == f.tier);
    CHECK(v.missing_text_of(id) == f.missing_text);
    CHECK(v.missing_of(id) == f.missing);
    for (std::size_t q = 0; q < wt::requirement_count; ++q)
      CHECK(v.is_missing(id, static_cast<wt::requirement>(q)) ==
            wt::contains(f.missing, static_cast<wt::requirement>(q)));
    CHECK(v.missing_for(id, wt::tier::t1) == f.missing_for[0]);
    CHECK(v.missing_for(id, wt::tier::t2) == f.missing_for[1]);
    CHECK(v.missing_for(id, wt::tier::t3) == f.missing_for[2]);
    CHECK(v.category_spelling_of(id) == f.spelling);
    CHECK(wt::category_spellings[v.category_spelling_index(id)].text == f.spelling);
    for (wt::compiler_backend c : wt::all_compiler_backends)
      for (std::size_t a = 0; a < wt::architecture_count; ++a)
        CHECK(v.support_of(c, arch(a), id) == f.support[static_cast<std::size_t>(c)][a]);
  }
}

template <unsigned... M>
void compare_every_release(std::integer_sequence<unsigned, M...>) {
  (
      [] {
        if constexpr (wt::is_known_release(M))
          compare_release<wt::release<M>>(std::make_index_sequence<wt::entity_count>{});
      }(),
      ...);
}

struct proposal_facts {
  bool is_proposal = false;
  wt::check_status check[wt::proposal_check_count]{};
  bool noted[wt::proposal_check_count]{};
  wt::proposal_check_set lacking = 0;
  wt::proposal_section section{};
  std::string_view heading;
  wt::default_state on_by_default{};
};

template <class E, class R, std::size_t... C>
constexpr proposal_facts proposal_facts_of(std::index_sequence<C...>) {
  if constexpr (wt::proposal_entity<E>)
    return {true,
            {wt::check_of<E, wt::all_proposal_checks[C], R>...},
            {wt::check_noted_of<E, wt::all_proposal_checks[C], R>...},
            wt::checks_lacking_of<E, R>,
            wt::proposal_section_of<E, R>,
            wt::section_heading_of<E, R>,
            wt::on_by_default_of<E, R>};
  else
    return {};
}

template <class R, std::size_t... Id>
void compare_proposals(std::index_sequence<Id...>) {
  static constexpr proposal_facts facts[] = {
      proposal_facts_of<entity_at<Id>, R>(std::make_index_sequence<wt::proposal_check_count>{})...};
  const wt::proposal_table_view p = wt::proposal_table(R::major);
  CAPTURE(R::major);
  CHECK(p.known() == wt::is_proposals_release(R::major));
  CHECK(p.file() == wt::proposals_file_of<R>);
  std::size_t proposals = 0;
  for (std::size_t id = 0; id < wt::entity_count; ++id) {
    const proposal_facts& f = facts[id];
    if (!f.is_proposal) continue;
    ++proposals;
    CAPTURE(wt::entity_name(id));
    for (wt::proposal_check c : wt::all_proposal_checks) {
      CHECK(p.check_of(id, c) == f.check[static_cast<std::size_t>(c)]);
      CHECK(p.check_noted_of(id, c) == f.noted[static_cast<std::size_t>(c)]);
    }
    CHECK(p.checks_lacking(id) == f.lacking);
    CHECK(p.proposal_section_of(id) == f.section);
    CHECK(p.section_heading_of(id) == f.heading);
    CHECK(p.on_by_default_of(id) == f.on_by_default);
    CHECK(p.lists(id) == !f.heading.empty());
  }
  CHECK(proposals > 10);
}

template <unsigned... M>
void compare_every_proposals_release(std::integer_sequence<unsigned, M...>) {
  (
      [] {
        if constexpr (wt::is_known_release(M))
          compare_proposals<wt::release<M>>(std::make_index_sequence<wt::entity_count>{});
      }(),
      ...);
}

} // namespace

TEST_CASE(
    "release_table(major) says what the compile-time queries say, for every entity and release") {
  compare_every_release(std::make_integer_sequence<unsigned, wt::newest_release + 1>{});
}

TEST_CASE("proposal_table(major) says what the compile-time proposal queries say") {
  compare_every_proposals_release(std::make_integer_sequence<unsigned, wt::newest_release + 1>{});
}

TEST_CASE("the texts: every known release reads one of them, and every text is some release's") {
  std::vector<unsigned> covered(wt::tiers_text_count, 0);
  for (unsigned m = 0; m <= wt::newest_release + 1; ++m) {
    CAPTURE(m);
    const wt::release_table_view v = wt::release_table(m);
    CHECK(v.known() == wt::is_known_release(m));
    if (!v.known()) {
      // An unknown release: no text, every entity unlisted, no support cell.
      CHECK(v.file().empty());
      CHECK(v.row_count() == 0);
      for (std::size_t id = 0; id < wt::entity_count; ++id)
        CHECK(v.tier_of(id) == wt::tier::unlisted);
      CHECK(!v.has_support_tables());
      continue;
    }
    std::size_t found = 0;
    for (std::size_t i = 0; i < wt::tiers_text_count; ++i)
      if (wt::tiers_text(i) == v) {
        ++found;
        ++covered[i];
        CHECK(wt::tiers_text(i).first_release() <= m);
        CHECK(m <= wt::tiers_text(i).last_release());
      }
    CHECK(found == 1);
  }
  for (std::size_t i = 0; i < wt::tiers_text_count; ++i) {
    CAPTURE(wt::tiers_text(i).file());
    CHECK(covered[i] == wt::tiers_text(i).last_release() - wt::tiers_text(i).first_release() + 1);
    if (i > 0) CHECK(wt::tiers_text(i - 1).last_release() < wt::tiers_text(i).first_release());
  }
  for (unsigned m = 0; m <= wt::newest_release + 1; ++m) {
    CAPTURE(m);
    CHECK(wt::proposal_table(m).known() == wt::is_proposals_release(m));
    std::size_t found = 0;
    for (std::size_t i = 0; i < wt::proposals_text_count; ++i)
      found += wt::proposals_text(i) == wt::proposal_table(m);
    CHECK(found == (wt::is_proposals_release(m) ? 1u : 0u));
  }
}

TEST_CASE("the rows of each text: every listed entity once, in document order") {
  for (std::size_t i = 0; i < wt::tiers_text_count; ++i) {
    const wt::release_table_view v = wt::tiers_text(i);
    CAPTURE(v.file());
    std::vector<int> seen(wt::entity_count, 0);
    for (std::size_t r = 0; r < v.row_count(); ++r) {
      const std::size_t id = v.row_id(r);
      REQUIRE(id < v.entity_extent());
      ++seen[id];
      CHECK(v.tier_of(id) != wt::tier::unlisted);
    }
    for (std::size_t id = 0; id < wt::entity_count; ++id) {
      CAPTURE(wt::entity_name(id));
      CHECK(seen[id] == (v.tier_of(id) == wt::tier::unlisted ? 0 : 1));
    }
    // The feature rows of each support table: WebAssembly proposals with a cell for each compiler.
    for (wt::architecture a : wt::all_architectures) {
      CHECK(v.has_support_table(a) == (v.support_row_count(a) != 0));
      for (std::size_t r = 0; r < v.support_row_count(a); ++r) {
        const std::size_t id = v.support_row_id(a, r);
        CAPTURE(wt::entity_name(id));
        CHECK(wt::entity_category(id) == wt::category::wasm_proposal);
        for (wt::compiler_backend c : wt::all_compiler_backends)
          CHECK(v.support_of(c, a, id) != wt::support::unlisted);
      }
    }
    CHECK(v.has_support_tables() == (v.first_release() >= 34));
  }
  // The footnote labels of the newest text's cells are letters; cells without a note read '\0'.
  const wt::release_table_view newest = wt::release_table(wt::newest_release);
  std::size_t notes = 0;
  for (wt::architecture a : wt::all_architectures)
    for (std::size_t r = 0; r < newest.support_row_count(a); ++r)
      for (wt::compiler_backend c : wt::all_compiler_backends)
        if (const char n = newest.support_note(c, a, newest.support_row_id(a, r))) {
          ++notes;
          CHECK(((n >= 'a' && n <= 'z') || (n >= '0' && n <= '9')));
        }
  CHECK(newest.support_note(wt::compiler_backend::cranelift, wt::architecture::x86_64,
                            wt::entity_count + 5) == '\0');
  MESSAGE("footnoted support cells in the newest text: " << notes);
}

TEST_CASE("proposal rows as written: the queries by id read each proposal's last row") {
  for (std::size_t i = 0; i < wt::proposals_text_count; ++i) {
    const wt::proposal_table_view p = wt::proposals_text(i);
    CAPTURE(p.file());
    REQUIRE(p.known());
    REQUIRE(p.row_count() > 0);
    for (std::size_t r = 0; r < p.row_count(); ++r) {
      const auto row = p.row_at(r);
      const std::size_t id = row.id();
      CAPTURE(wt::entity_name(id));
      CHECK(wt::entity_category(id) == wt::category::wasm_proposal);
      CHECK(p.lists(id));
      CHECK(!row.name().empty());
      CHECK(row.section() == wt::proposal_section_headings[row.section_heading_index()].names);
      bool last = true;
      for (std::size_t later = r + 1; later < p.row_count(); ++later)
        last = last && p.row_at(later).id() != id;
      if (!last) continue;
      CHECK(row.section() == p.proposal_section_of(id));
      CHECK(std::string_view(wt::proposal_section_headings[row.section_heading_index()].text) ==
            p.section_heading_of(id));
      for (wt::proposal_check c : wt::all_proposal_checks) {
        CHECK(row.check(c) == p.check_of(id, c));
        CHECK(row.check_noted(c) == p.check_noted_of(id, c));
      }
    }
  }
  // The alias: the proposals document's own spelling of a tiers-document name.
  bool alias_seen = false;
  for (std::size_t i = 0; i < wt::proposals_text_count; ++i)
    for (std::size_t r = 0; r < wt::proposals_text(i).row_count(); ++r) {
      const auto row = wt::proposals_text(i).row_at(r);
      if (row.name() != wt::entity_name(row.id())) {
        alias_seen = true;
        CHECK(row.name() == std::string_view(wt::proposal_aliases[0].proposals_name));
        CHECK(wt::entity_name(row.id()) == std::string_view(wt::proposal_aliases[0].tiers_name));
      }
    }
  CHECK(alias_seen);
}

TEST_CASE("entities by id: names, categories and tag names agree with the tag types") {
  [&]<std::size_t... Id>(std::index_sequence<Id...>) {
    constexpr std::string_view names[] = {wt::name_of<entity_at<Id>>...};
    constexpr wt::category categories[] = {wt::category_of<entity_at<Id>>...};
    constexpr std::size_t ids[] = {wt::id_of<entity_at<Id>>...};
    for (std::size_t id = 0; id < wt::entity_count; ++id) {
      CHECK(ids[id] == id);
      CHECK(wt::entity_name(id) == names[id]);
      CHECK(wt::entity_category(id) == categories[id]);
    }
  }
  (std::make_index_sequence<wt::entity_count>{});
  CHECK(wt::entity_identifier(wt::id_of<wt::wasm::gc>).view() == "wasm::gc");
  CHECK(wt::entity_identifier(wt::id_of<wt::wasi::http>).view() == "wasi::http");
  CHECK(wt::entity_identifier(wt::id_of<wt::target::x86_64_unknown_linux_gnu>).view() ==
        "target::x86_64_unknown_linux_gnu");
  // Distinct entities have distinct tag names.
  std::vector<std::string> tags;
  for (std::size_t id = 0; id < wt::entity_count; ++id)
    tags.emplace_back(wt::entity_identifier(id).view());
  std::sort(tags.begin(), tags.end());
  CHECK(std::adjacent_find(tags.begin(), tags.end()) == tags.end());
}

TEST_CASE("tier_history_of(id) is tier_history<E>") {
  [&]<std::size_t... Id>(std::index_sequence<Id...>) {
    static constexpr wt::tier_changes histories[] = {wt::tier_history<entity_at<Id>>...};
    for (std::size_t id = 0; id < wt::entity_count; ++id) {
      CAPTURE(wt::entity_name(id));
      const wt::tier_changes h = wt::tier_history_of(id);
      REQUIRE(h.size() == histories[id].size());
      for (std::size_t i = 0; i < h.size(); ++i) CHECK(h[i] == histories[id][i]);
      for (unsigned m = 0; m <= wt::newest_release; ++m)
        CHECK(h.at(m) == wt::release_table(m).tier_of(id));
    }
  }
  (std::make_index_sequence<wt::entity_count>{});
}

// The views are constexpr too.
static_assert(wt::release_table(22).tier_of(wt::id_of<wt::wasm::gc>) == wt::tier::t3);
static_assert(wt::release_table(48).tier_of(wt::id_of<wt::wasm::gc>) == wt::tier::t1);
static_assert(wt::release_table(23) == wt::release_table(22)); // Wasmtime 23 shipped 22's text
static_assert(!wt::release_table(1000).known());
static_assert(wt::release_table(1).known() && !wt::release_table(1).has_support_tables());
static_assert(wt::proposal_table(40).proposal_section_of(wt::id_of<wt::wasm::simd>) ==
              wt::proposal_section::t1);
static_assert(!wt::proposal_table(22).known());
static_assert(wt::proposal_table(22).proposal_section_of(wt::id_of<wt::wasm::simd>) ==
              wt::proposal_section::not_covered);
