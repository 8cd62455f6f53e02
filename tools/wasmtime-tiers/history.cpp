// wasmtime-tiers history and which-release: the tables of every known release read together: an
// entity's tier in each shipped text, the changelog of the tiers, and the releases in which a
// build satisfies a policy.
#include "check_core.hpp"
#include "cli_common.hpp"
#include "commands.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <map>

#include <wasmtime_tiers/catalog.hpp>
#include <wasmtime_tiers/history.hpp>
#include <wasmtime_tiers/release_range.hpp>

namespace wasmtime_tiers::tool {
namespace {

// How a tier changed between two consecutive texts: promoted or demoted (unsupported ranks below
// Tier 3), added (the earlier text did not list the entity) or removed (the later one does not).
std::string change_kind(tier from, tier to) {
  if (from == tier::unlisted) return "added";
  if (to == tier::unlisted) return "removed";
  return static_cast<int>(to) < static_cast<int>(from) ? "promoted" : "demoted";
}

std::string tier_words(tier t) {
  if (t == tier::unsupported) return "unsupported";
  if (t == tier::unlisted) return "not listed";
  return std::string(to_string(t));
}

std::string release_words(unsigned first, unsigned last) {
  return first == last ? fmt::format("Wasmtime {}", release_name(first))
                       : fmt::format("Wasmtime {} to {}", release_name(first), release_name(last));
}

// The releases a text covers, as the table of releases says (a text can cover releases its own
// first/last fields do not, after `gen --add-release`).
std::pair<unsigned, unsigned> releases_of_text(release_table_view t) {
  unsigned first = no_release, last = 0;
  for (unsigned m = oldest_release; m <= newest_release; ++m)
    if (is_known_release(m) && release_table(m) == t) {
      if (first == no_release) first = m;
      last = m;
    }
  return {first, last};
}

int history_of_names(const history_options& o) {
  std::vector<std::size_t> ids;
  for (const std::string& n : o.names) {
    const std::size_t id = find_entity(n, std::nullopt, "NAME");
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  bool first_block = true;
  for (std::size_t id : ids) {
    const tier_changes h = tier_history_of(id);
    nlohmann::ordered_json j;
    j["name"] = std::string(entity_name(id));
    j["tag"] = tag_name(id);
    j["category"] = std::string(to_string(entity_category(id)));
    auto& texts = j["texts"] = nlohmann::ordered_json::array();
    if (o.format == "text") {
      if (!first_block) std::cout << "\n";
      std::cout << fmt::format("{} ({}, {})\n", entity_name(id), tag_name(id),
                               to_string(entity_category(id)));
    }
    first_block = false;
    tier previous = tier::unlisted;
    bool any = false;
    for (std::size_t i = 0; i < tiers_text_count; ++i) {
      const release_table_view t = tiers_text(i);
      const auto [first, last] = releases_of_text(t);
      if (first == no_release) continue;
      const tier now = t.tier_of(id);
      std::string change;
      if (any && now != previous) change = change_kind(previous, now);
      texts.push_back(
          {{"text", std::string(t.file())},
           {"first_release", first},
           {"last_release", last},
           {"tier", tier_value(now)},
           {"change", change.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(change)}});
      if (o.format == "text") {
        std::string line =
            fmt::format("  {:<22} {:<9} {:<12}{}", release_words(first, last), t.file(),
                        tier_words(now),
                        change.empty() ? std::string()
                                       : fmt::format("{} from {}", change, tier_words(previous)));
        line.erase(line.find_last_not_of(' ') + 1);
        std::cout << line << "\n";
      }
      previous = now;
      any = true;
    }
    auto& changes = j["changes"] = nlohmann::ordered_json::array();
    for (const tier_change& c : h)
      changes.push_back({{"release", c.release}, {"tier", tier_value(c.tier)}});
    all.push_back(std::move(j));
  }
  if (o.format == "json") std::cout << all.dump(2) << "\n";
  return 0;
}

int changelog(const history_options& o) {
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  release_table_view before; // no text: nothing before the oldest
  for (std::size_t i = 0; i < tiers_text_count; ++i) {
    const release_table_view t = tiers_text(i);
    const auto [first, last] = releases_of_text(t);
    if (first == no_release) continue;
    if (before.known()) {
      std::vector<std::string> lines;
      for (std::size_t id = 0; id < entity_count; ++id) {
        const tier from = before.tier_of(id), to = t.tier_of(id);
        if (from == to) continue;
        const std::string kind = change_kind(from, to);
        all.push_back({{"release", first},
                       {"text", std::string(t.file())},
                       {"name", std::string(entity_name(id))},
                       {"tag", tag_name(id)},
                       {"kind", kind},
                       {"from", tier_value(from)},
                       {"to", tier_value(to)}});
        lines.push_back(fmt::format("  {:<9} {} ({}): {} -> {}", kind, entity_name(id),
                                    to_string(entity_category(id)), tier_words(from),
                                    tier_words(to)));
      }
      if (o.format == "text" && !lines.empty()) {
        std::cout << fmt::format("Wasmtime {} ({}):\n", release_name(first), t.file());
        for (const auto& l : lines) std::cout << l << "\n";
      }
    }
    before = t;
  }
  if (o.format == "json") std::cout << all.dump(2) << "\n";
  return 0;
}

// One constraint of a build across releases: an entity's tier (the target, the backend's row, a
// feature), or the backend's support of a WebAssembly feature.
struct constraint {
  std::string label;
  release_set holds;
  // Support constraints: the releases whose compiler support tables rate it, and say "yes".
  bool is_support = false;
  std::string feature;   // the feature's name and where: "gc on x86_64"
  bool proposal = false; // a WebAssembly proposal (the policy's proposal checks apply)
  release_set rated, supported;
  // The verdicts in words, per release, for the reason when it never holds.
  std::vector<std::pair<unsigned, std::string>> states;
};

constraint& constraint_named(std::vector<constraint>& cs, const std::string& label, bool support) {
  for (auto& c : cs)
    if (c.label == label) return c;
  cs.push_back({label, {}, support, {}, false, {}, {}, {}});
  return cs.back();
}

// "Tier 2 in Wasmtime 0.40 to 48; Tier 3 in ...": consecutive releases with the same state merged.
std::string states_words(const std::vector<std::pair<unsigned, std::string>>& states) {
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < states.size();) {
    std::size_t j = i;
    while (j + 1 < states.size() && states[j + 1].second == states[i].second &&
           states[j + 1].first == states[j].first + 1)
      ++j;
    parts.push_back(
        fmt::format("{} in {}", states[i].second, release_words(states[i].first, states[j].first)));
    i = j + 1;
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "; ") + p;
  return out;
}

nlohmann::ordered_json ranges_json(const release_set& s) {
  nlohmann::ordered_json j = nlohmann::ordered_json::array();
  s.for_each_range([&](unsigned a, unsigned z) { j.push_back({a, z}); });
  return j;
}

} // namespace

CLI::App* add_history(CLI::App& app, history_options& o) {
  auto* c = app.add_subcommand(
      "history", "The tier of entities in every shipped text, or (with no NAME) every change of "
                 "tier across all releases");
  c->footer(
      "Examples:\n  wasmtime-tiers history threads gc\n  wasmtime-tiers history --format json");
  c->add_option("NAME", o.names,
                "Entities as Wasmtime writes them (threads, x86_64-unknown-linux-gnu) or as C++ "
                "tag names (wasm::gc); none: the changelog of every promotion and demotion");
  c->add_option("--format", o.format, "Output format: text or json")
      ->check(CLI::IsMember({"text", "json"}));
  return c;
}

int run_history(const history_options& o) {
  return o.names.empty() ? changelog(o) : history_of_names(o);
}

CLI::App* add_which_release(CLI::App& app, which_release_options& o) {
  auto* c = app.add_subcommand(
      "which-release", "The Wasmtime releases in which a build satisfies a tier policy, and the "
                       "oldest of them (exit 0: some release does, 1: none does, 2: usage error)");
  c->footer(
      "The build is checked as `check` checks it, in every known release. When no release "
      "satisfies the policy, each part of the build that fails in every release is named with "
      "its tiers, or else the releases in which each part holds.\n\nExample:\n"
      "  wasmtime-tiers which-release --policy production-ready --features "
      "gc,exception-handling --target x86_64-unknown-linux-gnu --backend cranelift");
  c->add_option("--policy", o.policy,
                "production-ready (Tier 1), almost-production-ready (Tier 2 or better), "
                "not-production-ready (Tier 3 or better), or min-tier=K")
      ->required();
  c->add_option("--target", o.target, "The target as Wasmtime writes it, or host");
  c->add_option("--features", o.features, "The features the build uses, comma separated")
      ->delimiter(',');
  c->add_option("--backend", o.backend, "The compiler the build uses: cranelift, winch or pulley")
      ->transform(CLI::IsMember({"cranelift", "winch", "pulley"}, CLI::ignore_case));
  c->add_option("--require-checks", o.checks,
                "Proposal checks every WebAssembly feature must also pass, comma separated")
      ->delimiter(',');
  c->add_option("--format", o.format, "Output format: text or json")
      ->check(CLI::IsMember({"text", "json"}));
  return c;
}

int run_which_release(const which_release_options& o) {
  const build_request b = parse_build(o.policy, o.target, o.features, o.backend, o.checks);
  release_set satisfying;
  std::vector<constraint> cs;
  std::vector<std::size_t> checked_last;
  for (unsigned m = oldest_release; m <= newest_release; ++m) {
    if (!is_known_release(m)) continue;
    const release_verdicts r = check_release(b, m);
    checked_last = r.ids;
    if (r.ok()) satisfying.insert(m);
    for (const verdict& v : r.verdicts) {
      const bool is_backend =
          v.id != b.target.value_or(entity_count) &&
          std::find(b.features.begin(), b.features.end(), v.id) == b.features.end();
      constraint& c =
          constraint_named(cs, is_backend ? backend_subject(b.backend) : std::string(v.name()),
                           false);
      if (v.allowed()) c.holds.insert(m);
      c.proposal = v.category() == category::wasm_proposal;
      std::string state = tier_words(v.actual);
      if (is_backend && v.name() != backend_subject(b.backend))
        state = fmt::format("{} as \"{}\"", state, v.name());
      if (v.kind == verdict_kind::lacks_checks) state += " lacking required proposal checks";
      c.states.emplace_back(m, state);
    }
    // Compiler support: holds where the tables say "yes", and where a release has no tables.
    for (std::size_t f : b.features) {
      if (b.backend.empty() || entity_category(f) != category::wasm_proposal) continue;
      constraint& c = constraint_named(
          cs, fmt::format("{} support for {}", backend_subject(b.backend), entity_name(f)), true);
      c.feature = b.backend == "pulley" || !b.has_arch
                      ? std::string(entity_name(f))
                      : fmt::format("{} on {}", entity_name(f), to_string(b.arch));
      const auto s = std::find_if(r.support.begin(), r.support.end(),
                                  [&](const auto& x) { return x.feature == f; });
      if (s == r.support.end()) {
        if (r.support_gap.empty()) c.holds.insert(m);
        continue;
      }
      c.rated.insert(m);
      if (s->status == support::yes) {
        c.holds.insert(m);
        c.supported.insert(m);
      }
      c.states.emplace_back(m, std::string(to_string(s->status)));
    }
  }

  std::string checked;
  for (std::size_t id : checked_last)
    checked += (checked.empty() ? "" : ", ") + std::string(entity_name(id));
  // Why no release satisfies the policy: the parts that fail in every release, else each part's
  // releases.
  std::vector<std::string> reasons;
  if (satisfying.empty()) {
    const std::string wanted = fmt::format("{}{}", to_string(b.policy.required),
                                           b.policy.required == tier::t1 ? "" : " or better");
    for (const constraint& c : cs) {
      if (c.is_support && c.supported.empty() && !c.rated.empty())
        reasons.push_back(fmt::format("{} lacks {} in every release whose compiler support tables "
                                      "rate it ({})",
                                      backend_subject(b.backend), c.feature,
                                      states_words(c.states)));
      else if (!c.is_support && c.holds.empty())
        reasons.push_back(fmt::format("{} is not {}{} in any release ({})", c.label, wanted,
                                      c.proposal && b.requirements.checks != 0
                                          ? " with the required proposal checks"
                                          : "",
                                      states_words(c.states)));
    }
    if (reasons.empty()) {
      reasons.push_back(
          "each part holds in some release, but no release satisfies all of them at once:");
      for (const constraint& c : cs)
        reasons.push_back(fmt::format("  {}: Wasmtime {}", c.label, ranges_words(c.holds)));
    }
  }

  if (o.format == "json") {
    nlohmann::ordered_json out;
    out["policy"] = b.policy.name;
    out["required_tier"] = static_cast<int>(b.policy.required);
    out["checked"] = checked;
    out["ok"] = !satisfying.empty();
    out["minimum"] =
        satisfying.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(satisfying.first());
    out["releases"] = ranges_json(satisfying);
    auto& parts = out["parts"] = nlohmann::ordered_json::array();
    for (const constraint& c : cs)
      parts.push_back({{"part", c.label}, {"releases", ranges_json(c.holds)}});
    out["reasons"] = reasons;
    std::cout << out.dump(2) << "\n";
    return satisfying.empty() ? 1 : 0;
  }
  if (satisfying.empty()) {
    std::cerr << fmt::format("wasmtime-tiers which-release: no known release (Wasmtime {} to {}) "
                             "satisfies the policy {} for {}:\n",
                             release_name(oldest_release), release_name(newest_release),
                             policy_words(b.policy), checked);
    for (const auto& r : reasons) std::cerr << "  " << r << "\n";
    std::cerr << "Use another --policy, --backend or --target, or fewer --features.\n";
    return 1;
  }
  std::cout << fmt::format("minimum release: Wasmtime {}\n", release_name(satisfying.first()));
  std::cout << fmt::format("satisfied in: Wasmtime {}\n", ranges_words(satisfying));
  std::cout << fmt::format("policy: {}; checked: {}\n", policy_words(b.policy), checked);
  return 0;
}

} // namespace wasmtime_tiers::tool
