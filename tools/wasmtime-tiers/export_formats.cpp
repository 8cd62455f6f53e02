// wasmtime-tiers export --format csv|markdown: the compiled-in table of one release as CSV, or as
// Markdown that reproduces the tables of the text the release shipped (rows, order and cell texts;
// `wasmtime-tiers parse` reads it back to the same rows as the original).
#include "cli_common.hpp"
#include "commands.hpp"
#include "compiled.hpp"

#include <fmt/format.h>

#include <iostream>
#include <map>
#include <set>

#include <wasmtime_tiers/proposal_matrix.hpp>
#include <wasmtime_tiers/release.hpp>

namespace wasmtime_tiers::tool {
namespace {

// Names in code spans, as the texts write targets and proposals; other names (Cranelift, Rust,
// "DWARF debugging") as plain text.
std::string name_cell(const std::string& name, category c) {
  const bool code =
      (c == category::target || c == category::wasm_proposal || c == category::wasi_proposal) &&
      name.find(' ') == std::string::npos;
  return markdown_cell(name, code);
}

std::string category_cell(const std::string& spelling) {
  return spelling == "misc" ? "*misc*" : markdown_cell(spelling);
}

std::string symbol(support_status s) {
  switch (s) {
  case support_status::yes: return std::string(symbol_of(check_status::yes));
  case support_status::wip: return std::string(symbol_of(check_status::wip));
  case support_status::no: return std::string(symbol_of(check_status::no));
  }
  return "?";
}

std::string requirement_words(requirement_set s) {
  std::string out;
  for (std::size_t q = 0; q < requirement_count; ++q)
    if (contains(s, static_cast<requirement>(q)))
      out += (out.empty() ? "" : "; ") + std::string(to_string(static_cast<requirement>(q)));
  return out;
}

void tiers_markdown(unsigned release, const release_text& rt) {
  const tiers_document& doc = rt.document;
  std::cout << fmt::format("# Tiers of support in Wasmtime {}\n\n", release_name(release));
  std::cout << fmt::format(
      "The tier tables of `{}` (Wasmtime's docs/stability-tiers.md as shipped by Wasmtime {} to "
      "{}), exported by `wasmtime-tiers export --release {} --format markdown` from the table "
      "compiled into wasmtime-tiers: the same rows in the same order, with links and footnote "
      "texts left out.\n\n",
      doc.file, release_name(rt.first_release), release_name(rt.last_release),
      release_name(release));
  std::cout << "## Current Tier Status\n";
  for (tier t : {tier::t1, tier::t2, tier::t3}) {
    const int n = static_cast<int>(t);
    std::cout << fmt::format("\n#### Tier {}\n\n", n);
    if (t == tier::t1)
      std::cout << "| Category | Description |\n|---|---|\n";
    else
      std::cout << fmt::format(
          "| Category | Description | Missing Tier {} Requirements |\n|---|---|---|\n", n - 1);
    for (const tier_row& r : doc.rows) {
      if (r.tier != t) continue;
      std::cout << "| " << category_cell(r.category_text) << " | " << name_cell(r.name, r.category);
      if (t != tier::t1) std::cout << " | " << markdown_cell(r.missing);
      std::cout << " |\n";
    }
  }
  bool any_unsupported = doc.proposals_see_also;
  for (const tier_row& r : doc.rows)
    any_unsupported = any_unsupported || r.tier == tier::unsupported;
  if (any_unsupported) {
    std::cout << "\n#### Unsupported features and platforms\n\n";
    for (const tier_row& r : doc.rows)
      if (r.tier == tier::unsupported)
        std::cout << "* " << markdown_cell(r.category_text) << ": " << name_cell(r.name, r.category)
                  << "\n";
    if (doc.proposals_see_also)
      std::cout
          << "* WebAssembly Proposals: see "
             "[docs/stability-wasm-proposals.md](https://docs.wasmtime.dev/stability-wasm-proposals.html)\n";
  }
  if (!doc.support.empty()) {
    std::cout << "\n#### Compiler Support\n";
    std::set<std::string> notes;
    for (const support_table& st : doc.support) {
      std::cout << fmt::format("\n##### {}\n\n| Feature | Cranelift | Winch |\n|---|---|---|\n",
                               architecture_names[st.architecture]);
      for (const support_row& r : st.rows) {
        std::cout << "| " << markdown_cell(r.feature, r.feature.find(' ') == std::string::npos);
        for (int c = 0; c < 2; ++c) {
          std::cout << " | " << symbol(r.status[c]);
          if (!r.note[c].empty()) {
            std::cout << "[^" << r.note[c] << "]";
            notes.insert(r.note[c]);
          }
        }
        std::cout << " |\n";
      }
    }
    if (!notes.empty()) std::cout << "\n";
    for (const auto& n : notes)
      std::cout << fmt::format("[^{}]: The text of {} qualifies this cell in its footnote {}.\n", n,
                               doc.file, n);
  }
  std::cout << "\n## Tier Details\n";
  for (tier t : {tier::t3, tier::t2, tier::t1})
    std::cout << fmt::format("\n#### Tier {} - {}\n\nAsks for{}: {}.\n", static_cast<int>(t),
                             description(t),
                             t == tier::t3 ? ""
                                           : fmt::format(", besides all that Tier {} asks for",
                                                         static_cast<int>(t) + 1),
                             requirement_words(tier_definition(t)));
}

void tiers_csv(const release_text& rt) {
  std::cout << "category,name,tier,missing\r\n";
  for (const tier_row& r : rt.document.rows) {
    const nlohmann::ordered_json tv = tier_value(r.tier);
    std::cout << csv_field(r.category_text) << ',' << csv_field(r.name) << ','
              << (tv.is_string() ? tv.get<std::string>() : tv.dump()) << ',' << csv_field(r.missing)
              << "\r\n";
  }
}

std::string column_header(std::size_t col) {
  return col == enabled_column_index ? std::string(enabled_column)
                                     : std::string(to_string(static_cast<proposal_check>(col)));
}

void proposals_csv(const proposals_release_text& pt) {
  std::cout << "name,section";
  for (std::size_t c = 0; c <= proposal_check_count; ++c)
    std::cout << ',' << csv_field(column_header(c));
  std::cout << "\r\n";
  for (const proposal_row& r : pt.document.rows) {
    std::cout << csv_field(r.name) << ',' << csv_field(r.section);
    for (std::size_t c = 0; c <= proposal_check_count; ++c) {
      const bool has = std::find(r.columns.begin(), r.columns.end(), c) != r.columns.end();
      const proposal_cell cell =
          c == enabled_column_index ? r.enabled.value_or(proposal_cell{}) : r.checks[c];
      std::cout << ',' << (has ? std::string(to_string(cell.status)) : std::string());
    }
    std::cout << "\r\n";
  }
}

void proposals_markdown(unsigned release, const proposals_release_text& pt) {
  const proposals_document& doc = pt.document;
  std::cout << fmt::format("# Wasm Proposals in Wasmtime {}\n\n", release_name(release));
  std::cout << fmt::format(
      "The proposal tables of `{}` (Wasmtime's docs/stability-wasm-proposals.md as shipped by "
      "Wasmtime {} to {}), exported by `wasmtime-tiers export --release {} --document proposals "
      "--format markdown` from the table compiled into wasmtime-tiers: the same rows in the same "
      "order, with links, tracking issues and footnote texts left out.\n",
      doc.file, release_name(pt.first_release), release_name(pt.last_release),
      release_name(release));
  int note = 0;
  auto marker = [&](bool noted) { return noted ? fmt::format("[^{}]", ++note) : std::string(); };
  std::set<std::size_t> columns_used;
  const proposal_row* previous = nullptr;
  for (const proposal_row& r : doc.rows) {
    const bool unimplemented =
        proposal_section_headings[r.section_index].names == proposal_section::unimplemented;
    if (!previous || previous->section != r.section)
      std::cout << fmt::format("\n## {}\n", r.section);
    if (!previous || previous->section != r.section || previous->columns != r.columns) {
      std::cout << "\n| Proposal |";
      std::string rule = "|---|";
      if (unimplemented) {
        std::cout << " Tracking Issue |";
        rule += "---|";
      }
      for (std::size_t c : r.columns) {
        std::cout << " " << column_header(c) << " |";
        rule += "---|";
        columns_used.insert(c);
      }
      std::cout << "\n" << rule << "\n";
    }
    std::cout << "| " << markdown_cell(r.name, r.name.find(' ') == std::string::npos)
              << marker(r.name_noted) << " |";
    if (unimplemented) std::cout << "  |";
    for (std::size_t c : r.columns) {
      const proposal_cell cell = c == enabled_column_index ? *r.enabled : r.checks[c];
      std::cout << " " << symbol_of(cell.status) << marker(cell.noted) << " |";
    }
    std::cout << "\n";
    previous = &r;
  }
  if (note > 0) std::cout << "\n";
  for (int n = 1; n <= note; ++n)
    std::cout << fmt::format("[^{}]: The text of {} qualifies this cell in a footnote.\n", n,
                             doc.file);
  std::cout << "\n## Feature requirements\n\n";
  for (std::size_t c : columns_used)
    std::cout << fmt::format("* **{}** - a column of the matrix{}\n", column_header(c),
                             c == enabled_column_index ? " (whether the proposal is on by default)"
                                                       : ": Tier 1 asks for it");
}

} // namespace

int run_export_tiers(unsigned release, const std::string& format) {
  const auto rt = compiled_release(release);
  if (!rt)
    throw usage_error(fmt::format("no table for Wasmtime {}; known releases: {}", release,
                                  known_releases_text()));
  if (format == "csv")
    tiers_csv(*rt);
  else
    tiers_markdown(release, *rt);
  return 0;
}

int run_export_proposals(unsigned release, const std::string& format) {
  const auto pt = compiled_proposals_release(release);
  if (!pt)
    throw usage_error(
        fmt::format("no text of docs/stability-wasm-proposals.md covers Wasmtime {}; known "
                    "releases: {}",
                    release, compiled_proposals_releases()));
  if (format == "csv")
    proposals_csv(*pt);
  else
    proposals_markdown(release, *pt);
  return 0;
}

} // namespace wasmtime_tiers::tool
