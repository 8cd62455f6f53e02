// wasmtime-tiers diff: what changed between the texts two Wasmtime releases shipped: entities
// added and removed, promoted and demoted, missing requirements, compiler support, and the
// proposal checks of docs/stability-wasm-proposals.md.
#include "cli_common.hpp"
#include "commands.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include <wasmtime_tiers/catalog.hpp>

namespace wasmtime_tiers::tool {
namespace {

// Tiers from best to worst; unlisted (added or removed) is handled apart.
int rank(tier t) { return static_cast<int>(t); }

struct entity_change {
  std::size_t id;
  tier from, to;
  std::string missing_from, missing_to;
};

struct support_change {
  std::size_t id;
  compiler_backend compiler;
  architecture arch;
  support from, to;
};

struct check_change {
  std::size_t id;
  std::string what; // a check's column header, or "section"
  std::string from, to;
};

// The ids of both texts, in B's document order, then those only A lists in A's order.
std::vector<std::size_t> ids_in_order(release_table_view a, release_table_view b) {
  std::vector<std::size_t> ids;
  for (release_table_view t : {b, a})
    for (std::size_t i = 0; i < t.row_count(); ++i) {
      const std::size_t id = t.row_id(i);
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
  return ids;
}

std::string label(std::size_t id) {
  return fmt::format("{} ({})", entity_name(id), to_string(entity_category(id)));
}

std::string quoted_missing(const std::string& s) { return s.empty() ? "nothing" : "\"" + s + "\""; }

} // namespace

CLI::App* add_diff(CLI::App& app, diff_options& o) {
  auto* d = app.add_subcommand("diff", "Print what changed between two Wasmtime releases");
  d->footer("Lists the entities added and removed, promoted and demoted, the changed missing "
            "requirements, compiler support cells and proposal checks.\n\nExample:\n"
            "  wasmtime-tiers diff 39 40");
  d->add_option("FROM", o.from, "The older release, e.g. 22")->required();
  d->add_option("TO", o.to, "The newer release, e.g. 30")->required();
  d->add_option("--format", o.format, "Output format: text or json")
      ->check(CLI::IsMember({"text", "json"}));
  d->add_option("--color", o.colour,
                "Colour the text: auto (on a terminal, unless NO_COLOR is set), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  return d;
}

int run_diff(const diff_options& o) {
  const unsigned ra = parse_release(o.from, "FROM");
  const unsigned rb = parse_release(o.to, "TO");
  const release_table_view a = release_table(ra);
  const release_table_view b = release_table(rb);

  std::vector<entity_change> added, removed, promoted, demoted, missing;
  for (std::size_t id : ids_in_order(a, b)) {
    entity_change c{id, a.tier_of(id), b.tier_of(id), std::string(a.missing_text_of(id)),
                    std::string(b.missing_text_of(id))};
    if (c.from == tier::unlisted && c.to == tier::unlisted) continue;
    if (c.from == tier::unlisted)
      added.push_back(c);
    else if (c.to == tier::unlisted)
      removed.push_back(c);
    else if (rank(c.to) < rank(c.from))
      promoted.push_back(c);
    else if (rank(c.to) > rank(c.from))
      demoted.push_back(c);
    else if (c.missing_from != c.missing_to)
      missing.push_back(c);
  }

  std::vector<std::string> notes;
  std::vector<support_change> support_changes;
  const bool sa = a.has_support_tables(), sb = b.has_support_tables();
  if (sa && sb) {
    for (architecture ar : all_architectures) {
      std::vector<std::size_t> features;
      for (release_table_view t : {b, a})
        for (std::size_t i = 0; i < t.support_row_count(ar); ++i) {
          const std::size_t id = t.support_row_id(ar, i);
          if (std::find(features.begin(), features.end(), id) == features.end())
            features.push_back(id);
        }
      for (std::size_t id : features)
        for (compiler_backend c : all_compiler_backends) {
          const support from = a.support_of(c, ar, id), to = b.support_of(c, ar, id);
          if (from != to) support_changes.push_back({id, c, ar, from, to});
        }
    }
  } else if (sa != sb) {
    notes.push_back(fmt::format("only the text of Wasmtime {} has compiler support tables (they "
                                "first appear in Wasmtime 34's); not compared",
                                sa ? ra : rb));
  }

  std::vector<check_change> check_changes;
  const proposal_table_view pa = proposal_table(ra);
  const proposal_table_view pb = proposal_table(rb);
  if (pa.known() && pb.known()) {
    for (std::size_t id = 0; id < entity_count; ++id) {
      if (entity_category(id) != category::wasm_proposal) continue;
      const proposal_section from = pa.proposal_section_of(id), to = pb.proposal_section_of(id);
      if (from != to)
        check_changes.push_back(
            {id, "section", std::string(to_string(from)), std::string(to_string(to))});
      for (proposal_check c : all_proposal_checks) {
        const check_status cf = pa.check_of(id, c), ct = pb.check_of(id, c);
        if (cf != ct)
          check_changes.push_back({id, std::string(to_string(c)), std::string(to_string(cf)),
                                   std::string(to_string(ct))});
      }
    }
  } else if (pa.known() != pb.known()) {
    notes.push_back(
        fmt::format("docs/stability-wasm-proposals.md covers Wasmtime {} to {}, not {}; "
                    "proposal checks not compared",
                    oldest_proposals_release, newest_proposals_release, pa.known() ? rb : ra));
  }

  const std::size_t total = added.size() + removed.size() + promoted.size() + demoted.size() +
                            missing.size() + support_changes.size() + check_changes.size();

  if (o.format == "json") {
    auto side = [](unsigned r, release_table_view t, proposal_table_view p) {
      nlohmann::ordered_json j;
      j["release"] = r;
      j["text"] = std::string(t.file());
      j["proposals_text"] =
          p.known() ? nlohmann::ordered_json(std::string(p.file())) : nlohmann::ordered_json();
      return j;
    };
    auto entity_json = [](const entity_change& c) {
      nlohmann::ordered_json j;
      j["name"] = std::string(entity_name(c.id));
      j["tag"] = tag_name(c.id);
      j["category"] = std::string(to_string(entity_category(c.id)));
      j["from"] = tier_value(c.from);
      j["to"] = tier_value(c.to);
      j["missing_from"] = c.missing_from;
      j["missing_to"] = c.missing_to;
      return j;
    };
    nlohmann::ordered_json out;
    out["from"] = side(ra, a, pa);
    out["to"] = side(rb, b, pb);
    for (auto [key, list] : {std::pair{"added", &added}, std::pair{"removed", &removed},
                             std::pair{"promoted", &promoted}, std::pair{"demoted", &demoted},
                             std::pair{"missing_changed", &missing}}) {
      auto& arr = out[key] = nlohmann::ordered_json::array();
      for (const auto& c : *list) arr.push_back(entity_json(c));
    }
    auto& sc = out["compiler_support_changed"] = nlohmann::ordered_json::array();
    for (const auto& c : support_changes)
      sc.push_back({{"feature", std::string(entity_name(c.id))},
                    {"compiler", std::string(to_string(c.compiler))},
                    {"architecture", std::string(to_string(c.arch))},
                    {"from", support_value(c.from)},
                    {"to", support_value(c.to)}});
    auto& cc = out["proposal_checks_changed"] = nlohmann::ordered_json::array();
    for (const auto& c : check_changes)
      cc.push_back({{"name", std::string(entity_name(c.id))},
                    {"check", c.what},
                    {"from", c.from},
                    {"to", c.to}});
    out["notes"] = notes;
    out["changes"] = total;
    std::cout << out.dump(2) << "\n";
    return 0;
  }

  const bool colour = colour_wanted(o.colour);
  std::cout << bold(fmt::format("Wasmtime {} ({}) to Wasmtime {} ({})", release_name(ra),
                                text_origin(a), release_name(rb), text_origin(b)),
                    colour)
            << "\n";
  auto section = [&](const std::string& title, std::size_t n) {
    if (n) std::cout << "\n" << bold(fmt::format("{} ({}):", title, n), colour) << "\n";
  };
  auto tier_words = [&](tier t) { return tier_coloured(t, std::string(to_string(t)), colour); };
  auto missing_suffix = [](const std::string& m) {
    return m.empty() ? std::string() : " (missing: " + m + ")";
  };

  section("Added", added.size());
  for (const auto& c : added)
    std::cout << "  " << label(c.id) << ": " << tier_words(c.to) << missing_suffix(c.missing_to)
              << "\n";
  section("Removed", removed.size());
  for (const auto& c : removed)
    std::cout << "  " << label(c.id) << ": was " << tier_words(c.from) << "\n";
  section("Promoted", promoted.size());
  for (const auto& c : promoted)
    std::cout << "  " << label(c.id) << ": " << tier_words(c.from) << " to " << tier_words(c.to)
              << missing_suffix(c.missing_to) << "\n";
  section("Demoted", demoted.size());
  for (const auto& c : demoted)
    std::cout << "  " << label(c.id) << ": " << tier_words(c.from) << " to " << tier_words(c.to)
              << missing_suffix(c.missing_to) << "\n";
  section("Missing requirements changed", missing.size());
  for (const auto& c : missing)
    std::cout << "  " << label(c.id) << ", " << tier_words(c.to) << ": "
              << quoted_missing(c.missing_from) << " to " << quoted_missing(c.missing_to) << "\n";
  section("Compiler support changed", support_changes.size());
  for (const auto& c : support_changes)
    std::cout << fmt::format("  {}: {} on {}, {} to {}\n", entity_name(c.id), to_string(c.compiler),
                             to_string(c.arch), to_string(c.from), to_string(c.to));
  section("Proposal checks changed", check_changes.size());
  for (const auto& c : check_changes)
    std::cout << fmt::format("  {}: {}, {} to {}\n", entity_name(c.id), c.what, c.from, c.to);
  if (!notes.empty()) std::cout << "\n";
  for (const auto& n : notes) std::cout << dim("Note: " + n, colour) << "\n";
  std::cout << "\n"
            << (total == 0 ? fmt::format("No changes between Wasmtime {} and {}.", release_name(ra),
                                         release_name(rb))
                           : fmt::format("{} change{}.", total, total == 1 ? "" : "s"))
            << "\n";
  return 0;
}

} // namespace wasmtime_tiers::tool
