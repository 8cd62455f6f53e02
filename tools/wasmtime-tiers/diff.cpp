// wasmtime-tiers diff: what changed between the texts two Wasmtime releases shipped: entities
// added and removed, promoted and demoted, missing requirements, compiler support, and the
// proposal checks of docs/stability-wasm-proposals.md.
#include "cli_common.hpp"
#include "commands.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/proposal_matrix.hpp>
#include <wasmtime_tiers/release.hpp>
#include <wasmtime_tiers/table.hpp>

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
  std::size_t compiler;
  architecture arch;
  support from, to;
};

struct check_change {
  std::size_t id;
  std::string what; // a check's column header, or "section"
  std::string from, to;
};

// The ids of both texts, in B's document order, then those only A lists in A's order.
std::vector<std::size_t> ids_in_order(const detail::text_table& a, const detail::text_table& b) {
  std::vector<std::size_t> ids;
  for (const detail::text_table* t : {&b, &a})
    for (std::size_t i = 0; i < detail::count(t->order, detail::gen::id_width); ++i) {
      const std::size_t id = detail::decode(t->order, i, detail::gen::id_width);
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
  return ids;
}

std::string label(std::size_t id) {
  return fmt::format("{} ({})", detail::name_at(id), to_string(detail::category_at(id)));
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
  d->add_option("--format", o.format, "Output format: text or json")->check(CLI::IsMember({"text", "json"}));
  d->add_option("--color", o.colour,
                "Colour the text: auto (on a terminal, unless NO_COLOR is set), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  return d;
}

int run_diff(const diff_options& o) {
  const unsigned ra = parse_release(o.from, "FROM");
  const unsigned rb = parse_release(o.to, "TO");
  const detail::text_table& a = *detail::text_of(ra);
  const detail::text_table& b = *detail::text_of(rb);

  std::vector<entity_change> added, removed, promoted, demoted, missing;
  for (std::size_t id : ids_in_order(a, b)) {
    entity_change c{id, detail::tier_at(a, id), detail::tier_at(b, id),
                    std::string(detail::missing_text_at(a, id)), std::string(detail::missing_text_at(b, id))};
    if (c.from == tier::unlisted && c.to == tier::unlisted) continue;
    if (c.from == tier::unlisted) added.push_back(c);
    else if (c.to == tier::unlisted) removed.push_back(c);
    else if (rank(c.to) < rank(c.from)) promoted.push_back(c);
    else if (rank(c.to) > rank(c.from)) demoted.push_back(c);
    else if (c.missing_from != c.missing_to) missing.push_back(c);
  }

  std::vector<std::string> notes;
  std::vector<support_change> support_changes;
  const bool sa = has_support_tables(a), sb = has_support_tables(b);
  if (sa && sb) {
    for (std::size_t arch = 0; arch < detail::architecture_count; ++arch) {
      std::vector<std::size_t> features;
      for (const detail::text_table* t : {&b, &a})
        for (std::size_t i = 0; i < detail::count(t->support_order[arch], detail::gen::id_width); ++i) {
          const std::size_t id = detail::decode(t->support_order[arch], i, detail::gen::id_width);
          if (std::find(features.begin(), features.end(), id) == features.end()) features.push_back(id);
        }
      for (std::size_t id : features)
        for (std::size_t c = 0; c < detail::compiler_count; ++c) {
          const auto ar = static_cast<architecture>(arch);
          const support from = detail::support_at(a, ar, c, id), to = detail::support_at(b, ar, c, id);
          if (from != to) support_changes.push_back({id, c, ar, from, to});
        }
    }
  } else if (sa != sb) {
    notes.push_back(fmt::format("only the text of Wasmtime {} has compiler support tables (they "
                                "first appear in Wasmtime 34's); not compared",
                                sa ? ra : rb));
  }

  std::vector<check_change> check_changes;
  const detail::proposals_table& pa = detail::proposals_of(ra);
  const detail::proposals_table& pb = detail::proposals_of(rb);
  if (!pa.file.empty() && !pb.file.empty()) {
    for (std::size_t id = 0; id < entity_count; ++id) {
      if (detail::category_at(id) != category::wasm_proposal) continue;
      const proposal_section from = detail::section_at(pa, id), to = detail::section_at(pb, id);
      if (from != to)
        check_changes.push_back({id, "section", std::string(to_string(from)), std::string(to_string(to))});
      for (proposal_check c : all_proposal_checks) {
        const check_status cf = detail::check_at(pa, id, c), ct = detail::check_at(pb, id, c);
        if (cf != ct)
          check_changes.push_back({id, std::string(to_string(c)), std::string(to_string(cf)),
                                   std::string(to_string(ct))});
      }
    }
  } else if (pa.file.empty() != pb.file.empty()) {
    notes.push_back(fmt::format("docs/stability-wasm-proposals.md covers Wasmtime {} to {}, not {}; "
                                "proposal checks not compared",
                                oldest_proposals_release, newest_proposals_release,
                                pa.file.empty() ? ra : rb));
  }

  const std::size_t total = added.size() + removed.size() + promoted.size() + demoted.size() +
                            missing.size() + support_changes.size() + check_changes.size();

  if (o.format == "json") {
    auto side = [](unsigned r, const detail::text_table& t, const detail::proposals_table& p) {
      nlohmann::ordered_json j;
      j["release"] = r;
      j["text"] = std::string(t.file);
      j["proposals_text"] = p.file.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(std::string(p.file));
      return j;
    };
    auto entity_json = [](const entity_change& c) {
      nlohmann::ordered_json j;
      j["name"] = std::string(detail::name_at(c.id));
      j["tag"] = tag_name(c.id);
      j["category"] = std::string(to_string(detail::category_at(c.id)));
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
      sc.push_back({{"feature", std::string(detail::name_at(c.id))},
                    {"compiler", std::string(compiler_names[c.compiler])},
                    {"architecture", std::string(to_string(c.arch))},
                    {"from", support_value(c.from)},
                    {"to", support_value(c.to)}});
    auto& cc = out["proposal_checks_changed"] = nlohmann::ordered_json::array();
    for (const auto& c : check_changes)
      cc.push_back({{"name", std::string(detail::name_at(c.id))}, {"check", c.what}, {"from", c.from}, {"to", c.to}});
    out["notes"] = notes;
    out["changes"] = total;
    std::cout << out.dump(2) << "\n";
    return 0;
  }

  const bool colour = colour_wanted(o.colour);
  std::cout << bold(fmt::format("Wasmtime {} ({}) to Wasmtime {} ({})", release_name(ra), text_origin(a),
                                release_name(rb), text_origin(b)),
                    colour)
            << "\n";
  auto section = [&](const std::string& title, std::size_t n) {
    if (n) std::cout << "\n" << bold(fmt::format("{} ({}):", title, n), colour) << "\n";
  };
  auto tier_words = [&](tier t) { return tier_coloured(t, std::string(to_string(t)), colour); };
  auto missing_suffix = [](const std::string& m) { return m.empty() ? std::string() : " (missing: " + m + ")"; };

  section("Added", added.size());
  for (const auto& c : added) std::cout << "  " << label(c.id) << ": " << tier_words(c.to) << missing_suffix(c.missing_to) << "\n";
  section("Removed", removed.size());
  for (const auto& c : removed) std::cout << "  " << label(c.id) << ": was " << tier_words(c.from) << "\n";
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
    std::cout << "  " << label(c.id) << ", " << tier_words(c.to) << ": " << quoted_missing(c.missing_from)
              << " to " << quoted_missing(c.missing_to) << "\n";
  section("Compiler support changed", support_changes.size());
  for (const auto& c : support_changes)
    std::cout << fmt::format("  {}: {} on {}, {} to {}\n", detail::name_at(c.id), compiler_names[c.compiler],
                             to_string(c.arch), to_string(c.from), to_string(c.to));
  section("Proposal checks changed", check_changes.size());
  for (const auto& c : check_changes)
    std::cout << fmt::format("  {}: {}, {} to {}\n", detail::name_at(c.id), c.what, c.from, c.to);
  if (!notes.empty()) std::cout << "\n";
  for (const auto& n : notes) std::cout << dim("Note: " + n, colour) << "\n";
  std::cout << "\n"
            << (total == 0 ? fmt::format("No changes between Wasmtime {} and {}.", release_name(ra), release_name(rb))
                           : fmt::format("{} change{}.", total, total == 1 ? "" : "s"))
            << "\n";
  return 0;
}

} // namespace wasmtime_tiers::tool
