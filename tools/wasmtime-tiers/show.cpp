// wasmtime-tiers show: the tier table of one release, with the proposal checks (Wasmtime 27 on)
// and the compiler support (34 on) of each WebAssembly proposal, for people and for scripts.
#include "cli_common.hpp"
#include "commands.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <iostream>

#include <wasmtime_tiers/catalog.hpp>

namespace wasmtime_tiers::tool {
namespace {

struct show_row {
  std::size_t id = 0;
  tier t = tier::unlisted;
  std::string category_text;
  std::string name;
  std::string missing;
  std::string checks;
  std::string compilers;
};

std::string tier_cell(tier t) { return std::string(to_string(t)); }

nlohmann::ordered_json proposal_json(proposal_table_view p, std::size_t id) {
  nlohmann::ordered_json j;
  const proposal_section s = p.proposal_section_of(id);
  j["section"] = std::string(to_string(s));
  auto& checks = j["checks"] = nlohmann::ordered_json::object();
  for (proposal_check c : all_proposal_checks)
    checks[std::string(to_string(c))] = std::string(to_string(p.check_of(id, c)));
  auto& lacking = j["lacking_for_tier_1"] = nlohmann::ordered_json::array();
  for (proposal_check c : checks_in(p.checks_lacking(id)))
    lacking.push_back(std::string(to_string(c)));
  return j;
}

nlohmann::ordered_json support_json(release_table_view t, std::size_t id) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  for (compiler_backend c : all_compiler_backends) {
    nlohmann::ordered_json per = nlohmann::ordered_json::object();
    for (architecture arch : all_architectures) {
      if (!t.has_support_table(arch)) continue;
      const support s = t.support_of(c, arch, id);
      if (s != support::unlisted) per[std::string(to_string(arch))] = support_value(s);
    }
    if (!per.empty()) j[std::string(to_string(c))] = std::move(per);
  }
  return j;
}

} // namespace

CLI::App* add_show(CLI::App& app, show_options& o) {
  auto* s = app.add_subcommand("show", "Print the tier table of one Wasmtime release");
  s->footer("Each row: tier, category, name and what the entity misses for the next tier; for "
            "WebAssembly proposals also the proposal checks (Wasmtime 27 on) and the compiler "
            "support (34 on).\n\nExamples:\n  wasmtime-tiers show\n"
            "  wasmtime-tiers show --release 22 --tier 2 --category wasm\n"
            "  wasmtime-tiers show --format csv > tiers.csv");
  s->add_option("--release", o.release,
                "Wasmtime major version, e.g. 22 (default: the newest known)")
      ->check(non_empty_release, "a Wasmtime release");
  s->add_option("--tier", o.tier, "Only the entities of this tier: 1, 2, 3 or unsupported")
      ->check(CLI::IsMember({"1", "2", "3", "unsupported"}));
  s->add_option("--category", o.category,
                "Only the entities of this category: target, backend, wasm, wasi, api or misc");
  s->add_option("--format", o.format,
                "Output format: text (aligned columns), json, csv or markdown")
      ->check(CLI::IsMember({"text", "json", "csv", "markdown"}));
  s->add_option(
       "--color", o.colour,
       "Colour the text table: auto (on a terminal, unless NO_COLOR is set), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  return s;
}

int run_show(const show_options& o) {
  const unsigned release = o.release.empty() ? newest_release : parse_release(o.release);
  const release_table_view t = release_table(release);
  const proposal_table_view p = proposal_table(release);
  const std::optional<category> only_category =
      o.category.empty() ? std::nullopt : std::optional(parse_category(o.category));
  // tier::unlisted: every tier (no row is unlisted).
  const tier only_tier = o.tier.empty()            ? tier::unlisted
                         : o.tier == "unsupported" ? tier::unsupported
                         : o.tier == "1"           ? tier::t1
                         : o.tier == "2"           ? tier::t2
                                                   : tier::t3;

  std::vector<show_row> rows;
  for (std::size_t i = 0; i < t.row_count(); ++i) {
    const std::size_t id = t.row_id(i);
    show_row r;
    r.id = id;
    r.t = t.tier_of(id);
    if (only_tier != tier::unlisted && r.t != only_tier) continue;
    if (only_category && entity_category(id) != *only_category) continue;
    r.category_text = std::string(t.category_spelling_of(id));
    r.name = std::string(entity_name(id));
    r.missing = std::string(t.missing_text_of(id));
    if (entity_category(id) == category::wasm_proposal) {
      r.checks = checks_summary(p, id);
      r.compilers = support_summary(t, id);
    }
    rows.push_back(std::move(r));
  }
  const bool with_checks = p.known();
  const bool with_compilers = t.has_support_tables();

  if (o.format == "json") {
    nlohmann::ordered_json out;
    out["release"] = release;
    out["text"] = std::string(t.file());
    out["proposals_text"] =
        with_checks ? nlohmann::ordered_json(std::string(p.file())) : nlohmann::ordered_json();
    auto& list = out["entities"] = nlohmann::ordered_json::array();
    for (const auto& r : rows) {
      nlohmann::ordered_json e;
      e["tier"] = tier_value(r.t);
      e["category"] = r.category_text;
      e["name"] = r.name;
      e["tag"] = tag_name(r.id);
      e["missing"] = r.missing;
      auto& reqs = e["missing_requirements"] = nlohmann::ordered_json::array();
      const requirement_set m = t.missing_of(r.id);
      for (std::size_t q = 0; q < requirement_count; ++q)
        if (contains(m, static_cast<requirement>(q)))
          reqs.push_back(std::string(to_string(static_cast<requirement>(q))));
      if (entity_category(r.id) == category::wasm_proposal) {
        if (with_checks) e["proposal_checks"] = proposal_json(p, r.id);
        if (with_compilers) e["compiler_support"] = support_json(t, r.id);
      }
      list.push_back(std::move(e));
    }
    std::cout << out.dump(2) << "\n";
    return 0;
  }

  std::vector<std::string> header = {"Tier", "Category", "Name", "Missing for the next tier"};
  if (with_checks) header.push_back("Proposal checks");
  if (with_compilers) header.push_back("Compiler support");
  auto cells_of = [&](const show_row& r) {
    std::vector<std::string> c = {tier_cell(r.t), r.category_text, r.name, r.missing};
    if (with_checks) c.push_back(r.checks);
    if (with_compilers) c.push_back(r.compilers);
    return c;
  };

  if (o.format == "csv") {
    std::cout << "tier,category,name,tag,missing" << (with_checks ? ",proposal_checks" : "")
              << (with_compilers ? ",compiler_support" : "") << "\r\n";
    for (const auto& r : rows) {
      const nlohmann::ordered_json tv = tier_value(r.t);
      std::cout << (tv.is_string() ? tv.get<std::string>() : tv.dump()) << ','
                << csv_field(r.category_text) << ',' << csv_field(r.name) << ','
                << csv_field(tag_name(r.id)) << ',' << csv_field(r.missing);
      if (with_checks) std::cout << ',' << csv_field(r.checks);
      if (with_compilers) std::cout << ',' << csv_field(r.compilers);
      std::cout << "\r\n";
    }
    return 0;
  }

  if (o.format == "markdown") {
    std::cout << fmt::format("Wasmtime {} ({})\n\n", release_name(release), text_origin(t));
    std::string line = "|", rule = "|";
    for (const auto& h : header) {
      line += " " + h + " |";
      rule += "---|";
    }
    std::cout << line << "\n" << rule << "\n";
    for (const auto& r : rows) {
      std::string row = "|";
      const auto cells = cells_of(r);
      for (std::size_t c = 0; c < cells.size(); ++c)
        row += " " + markdown_cell(cells[c], c == 2) + " |";
      std::cout << row << "\n";
    }
    return 0;
  }

  // text: aligned columns; the last column is not padded.
  const bool colour = colour_wanted(o.colour);
  std::vector<std::size_t> width(header.size());
  for (std::size_t c = 0; c < header.size(); ++c) width[c] = display_width(header[c]);
  for (const auto& r : rows) {
    const auto cells = cells_of(r);
    for (std::size_t c = 0; c < cells.size(); ++c)
      width[c] = std::max(width[c], display_width(cells[c]));
  }
  auto pad = [&](const std::string& s, std::size_t c) {
    return c + 1 == width.size() ? s : s + std::string(width[c] - display_width(s), ' ');
  };
  std::string title = fmt::format("Wasmtime {} ({})", release_name(release), text_origin(t));
  if (with_checks)
    title += fmt::format("; proposal checks from {} of docs/stability-wasm-proposals.md", p.file());
  std::cout << bold(title, colour) << "\n";
  std::string head;
  for (std::size_t c = 0; c < header.size(); ++c) head += (c ? "  " : "") + pad(header[c], c);
  while (!head.empty() && head.back() == ' ') head.pop_back();
  std::cout << bold(head, colour) << "\n";
  std::size_t counts[6] = {};
  for (const auto& r : rows) {
    ++counts[static_cast<std::size_t>(r.t)];
    const auto cells = cells_of(r);
    std::string line;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      std::string cell = pad(cells[c], c);
      if (c + 1 == cells.size())
        while (!cell.empty() && cell.back() == ' ') cell.pop_back();
      line += (c ? "  " : "") + (c == 0 ? tier_coloured(r.t, cell, colour) : cell);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    std::cout << line << "\n";
  }
  std::cout << dim(fmt::format("{} entities: {} Tier 1, {} Tier 2, {} Tier 3, {} unsupported",
                               rows.size(), counts[1], counts[2], counts[3], counts[4]),
                   colour)
            << "\n";
  if (with_checks)
    std::cout
        << dim("Proposal checks: Phase 4, Tests, Finished, Fuzzed, API and C API, which Tier 1 asks of "
               "every WebAssembly proposal (docs/stability-wasm-proposals.md).",
               colour)
        << "\n";
  if (with_compilers)
    std::cout
        << dim("Compiler support: the architectures where each compiler fully supports the proposal "
               "(\"all\": x86_64, aarch64, s390x, riscv64 and Pulley).",
               colour)
        << "\n";
  return 0;
}

} // namespace wasmtime_tiers::tool
