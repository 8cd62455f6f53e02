// wasmtime-tiers check: a build's target, features and backend against a tier policy, with the
// verdicts of the library's own policy check (detail::check_entity, detail::describe).
#include "cli_common.hpp"
#include "commands.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <iostream>

#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/host.hpp>
#include <wasmtime_tiers/policy.hpp>
#include <wasmtime_tiers/release.hpp>
#include <wasmtime_tiers/table.hpp>

namespace wasmtime_tiers::tool {
namespace {

struct named_policy {
  std::string name;
  tier required;
};

named_policy parse_policy(const std::string& value) {
  if (value == "production-ready") return {value, tier::t1};
  if (value == "almost-production-ready") return {value, tier::t2};
  if (value == "not-production-ready") return {value, tier::t3};
  if (value.rfind("min-tier=", 0) == 0) {
    const std::string k = value.substr(9);
    if (k == "1" || k == "2" || k == "3") return {value, detail::tier_from_code(k[0])};
    throw usage_error("--policy " + value + ": the tier of min-tier=K is 1, 2 or 3");
  }
  const std::vector<std::string> known = {"production-ready", "almost-production-ready",
                                          "not-production-ready", "min-tier=1", "min-tier=2",
                                          "min-tier=3"};
  std::string near;
  for (const auto& n : nearest(value, known, 2)) near += (near.empty() ? "" : " or ") + n;
  throw usage_error("--policy " + value + ": unknown policy" +
                    (near.empty() ? std::string() : "; did you mean " + near + "?") +
                    " (production-ready: Tier 1; almost-production-ready: Tier 2 or better; "
                    "not-production-ready: Tier 3 or better; min-tier=K: Tier K or better)");
}

std::string policy_words(const named_policy& p) {
  return fmt::format("{} ({}{})", p.name, to_string(p.required), p.required == tier::t1 ? "" : " or better");
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

std::size_t entity_named(std::string_view name) {
  for (std::size_t id = 0; id < entity_count; ++id)
    if (detail::name_at(id) == name) return id;
  return entity_count;
}

// The backend entity: Cranelift, Pulley, or Winch; where the release's text rates Winch per
// architecture ("Winch on x86_64", before Wasmtime 34), the row of the target's architecture.
std::size_t backend_entity(const std::string& backend, const detail::text_table& t,
                           const architecture* arch) {
  if (backend == "cranelift") return entity_named("Cranelift");
  if (backend == "pulley") return entity_named("Pulley");
  if (arch) {
    const std::size_t per_arch = entity_named(fmt::format("Winch on {}", to_string(*arch)));
    if (per_arch < entity_count && detail::tier_at(t, per_arch) != tier::unlisted) return per_arch;
  }
  return entity_named("Winch");
}

std::string verdict_name(violation_kind k) {
  switch (k) {
  case violation_kind::none: return "allowed";
  case violation_kind::waived: return "waived";
  case violation_kind::below_tier: return "below_tier";
  case violation_kind::lacks_checks: return "lacks_checks";
  case violation_kind::unsupported: return "unsupported";
  case violation_kind::unlisted: return "unlisted";
  }
  return "?";
}

// The proposal checks of --require-checks: "fuzzed,c-api", "Phase 4", "all".
proposal_check_set parse_checks(const std::vector<std::string>& names) {
  proposal_check_set set = 0;
  std::vector<std::string> known;
  for (proposal_check c : all_proposal_checks) known.push_back(lower(std::string(to_string(c))));
  for (const std::string& raw : names) {
    std::string n = lower(trim(raw));
    if (n.empty()) continue;
    if (n == "all") {
      set = all_checks;
      continue;
    }
    for (char& ch : n)
      if (ch == '-' || ch == '_') ch = ' ';
    bool found = false;
    for (proposal_check c : all_proposal_checks)
      if (n == lower(std::string(to_string(c))) || (n == "phase4" && c == proposal_check::phase_4) ||
          (n == "capi" && c == proposal_check::c_api)) {
        set = static_cast<proposal_check_set>(set | bit(c));
        found = true;
      }
    const auto near = nearest(n, known, 1);
    if (!found)
      throw usage_error("--require-checks " + raw + ": unknown proposal check" +
                        (near.empty() ? std::string() : "; did you mean " + near.front() + "?") +
                        " (the checks: phase-4, tests, finished, fuzzed, api, c-api, or all)");
  }
  return set;
}

// One --waive ENTITY=REASON[@UNTIL]: waiver<E, "REASON", UNTIL> on the command line.
struct command_line_waiver {
  std::size_t id;
  std::string reason;
  unsigned until = no_expiry;
};

// Parses every --waive; an unknown name, a missing '=' or an empty reason is a usage error, every
// one of them reported at once.
std::vector<command_line_waiver> parse_waivers(const std::vector<std::string>& values) {
  std::vector<command_line_waiver> out;
  std::vector<std::string> errors;
  for (const std::string& value : values) {
    const std::size_t eq = value.find('=');
    if (eq == std::string::npos) {
      errors.push_back("--waive " + value + ": expected ENTITY=REASON[@UNTIL], e.g. --waive "
                       "gc=\"fuzzed in-house\"@23");
      continue;
    }
    command_line_waiver w{0, trim(value.substr(eq + 1))};
    // A trailing @RELEASE is the last release the waiver is valid for; another '@' is the reason's.
    if (const std::size_t at = w.reason.rfind('@'); at != std::string::npos) {
      try {
        w.until = parse_major(w.reason.substr(at + 1), "--waive ...@UNTIL");
        w.reason = trim(w.reason.substr(0, at));
      } catch (const usage_error&) {
      }
    }
    try {
      w.id = find_entity(trim(value.substr(0, eq)), std::nullopt, "--waive");
    } catch (const usage_error& e) {
      errors.push_back(e.what());
      continue;
    }
    if (w.reason.empty()) {
      errors.push_back(fmt::format("--waive {}: {}", value,
                                   detail::describe_waiver(detail::waiver_problem::no_reason,
                                                           *detail::text_of(newest_release), newest_release,
                                                           detail::rules{}, w.id, w.until)
                                       .view()));
      continue;
    }
    for (const auto& earlier : out)
      if (earlier.id == w.id)
        errors.push_back(fmt::format("--waive {}: {}", value, detail::describe_duplicate_waiver(w.id).view()));
    out.push_back(std::move(w));
  }
  if (!errors.empty()) {
    std::string all;
    for (const auto& e : errors) all += (all.empty() ? "" : "\nwasmtime-tiers: ") + e;
    throw usage_error(all);
  }
  return out;
}

struct support_verdict {
  std::size_t feature;
  support status;
  std::string message;
};

} // namespace

CLI::App* add_check(CLI::App& app, check_options& o) {
  auto* c = app.add_subcommand(
      "check", "Check a build's target, features and backend against a tier policy (exit 0: "
               "satisfied, 1: violated, 2: usage error)");
  c->footer("Exit status: 0 when the build satisfies the policy; 1 when it does not, with one "
            "violation a line in the words of the library's compile-time diagnostics; 2 on a usage "
            "error (unknown names get the nearest known ones).\n\nExamples:\n"
            "  wasmtime-tiers check --release 22 --policy production-ready --target "
            "x86_64-unknown-linux-gnu --features simd,wasi-http\n"
            "  wasmtime-tiers check --policy almost-production-ready --target host --features "
            "simd,threads --backend cranelift");
  c->add_option("--release", o.release,
                "The Wasmtime release the build uses, e.g. 22 (default: the newest known)")
      ->check(non_empty_release, "a Wasmtime release");
  c->add_option("--policy", o.policy,
                "production-ready (every entity Tier 1), almost-production-ready (Tier 2 or "
                "better), not-production-ready (Tier 3 or better), or min-tier=K (Tier K or better)")
      ->required();
  c->add_option("--target", o.target,
                "The target as Wasmtime writes it (x86_64-unknown-linux-gnu), or host: the "
                "target this tool was built for");
  c->add_option("--features", o.features,
                "The features the build uses, comma separated, as Wasmtime writes them (simd, "
                "gc, wasi-http, Rust, ...) or as C++ tag names (wasm::gc)")
      ->delimiter(',');
  c->add_option("--backend", o.backend,
                "The compiler the build uses: cranelift, winch or pulley. Checks its row of the "
                "tier table and, where the release has compiler support tables (Wasmtime 34 on), "
                "that it supports each WebAssembly feature on the target's architecture")
      ->transform(CLI::IsMember({"cranelift", "winch", "pulley"}, CLI::ignore_case));
  c->add_option("--require-checks", o.checks,
                "Proposal checks every WebAssembly feature must also pass (docs/stability-wasm-"
                "proposals.md, Wasmtime 27 on), comma separated: phase-4, tests, finished, fuzzed, "
                "api, c-api, or all")
      ->delimiter(',');
  c->add_option("--waive", o.waivers,
                "Accept an entity below the policy for a reason, as a waiver of the library's "
                "policies: ENTITY=REASON[@UNTIL] (UNTIL: the last release it is valid for), "
                "repeatable. A waiver the policy does not need, an expired one, one for an "
                "unsupported or unlisted entity, or one without a reason is refused");
  c->add_option("--format", o.format, "Output format: text (one violation a line) or json")
      ->check(CLI::IsMember({"text", "json"}));
  c->add_flag("-v,--verbose", o.verbose, "Also print the verdict on each entity that passes");
  return c;
}

int run_check(const check_options& o) {
  const named_policy policy = parse_policy(o.policy);
  const unsigned release = o.release.empty() ? newest_release : parse_release(o.release);
  const detail::text_table& text = *detail::text_of(release);
  const detail::rules rules{{policy.required, policy.required, policy.required, policy.required,
                             policy.required, policy.required},
                            parse_checks(o.checks)};

  std::vector<std::size_t> ids;
  auto add = [&](std::size_t id) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  };
  // Every unknown name is reported at once, not only the first.
  std::vector<std::string> unknown;
  auto look_up = [&](const std::string& name, std::optional<category> only,
                     std::string_view what) -> std::optional<std::size_t> {
    try {
      return find_entity(name, only, what);
    } catch (const usage_error& e) {
      unknown.emplace_back(e.what());
      return std::nullopt;
    }
  };
  std::optional<std::size_t> target;
  if (o.target == "host") target = wasmtime_tiers::target::host::wasmtime_tiers_id;
  else if (!o.target.empty()) target = look_up(o.target, category::target, "--target");
  // (No std::optional here: GCC 12 at -O3 warns that one may be used uninitialized.)
  bool has_arch = false;
  architecture arch = architecture::x86_64;
  if (target) {
    add(*target);
    if (const auto a = architecture_of_target(detail::name_at(*target))) {
      has_arch = true;
      arch = *a;
    }
  }

  std::vector<std::size_t> features;
  for (const std::string& f : o.features) {
    const std::string name = trim(f);
    if (name.empty()) continue;
    const auto id = look_up(name, std::nullopt, "--features");
    if (id && std::find(features.begin(), features.end(), *id) == features.end()) features.push_back(*id);
  }
  if (!unknown.empty()) {
    std::string all;
    for (const auto& e : unknown) all += (all.empty() ? "" : "\nwasmtime-tiers: ") + e;
    throw usage_error(all);
  }

  const std::string backend = lower(o.backend);
  if (!backend.empty() && !target)
    throw usage_error("--backend " + o.backend + " needs --target: the backend's rows and the "
                      "compiler support tables depend on the target's architecture");
  std::optional<std::size_t> backend_id;
  if (!backend.empty()) {
    backend_id = backend_entity(backend, text, has_arch ? &arch : nullptr);
    add(*backend_id);
  }
  for (std::size_t id : features) add(id);
  if (ids.empty())
    throw usage_error("nothing to check: name the build's --target, --features and/or --backend "
                      "(see `wasmtime-tiers check --help`)");

  const std::vector<command_line_waiver> waivers = parse_waivers(o.waivers);
  auto waived = [&](std::size_t id) {
    return std::any_of(waivers.begin(), waivers.end(), [&](const auto& w) { return w.id == id; });
  };
  std::vector<violation> verdicts;
  for (std::size_t id : ids) verdicts.push_back(detail::check_entity(text, release, rules, waived(id), id));
  // Each waiver checked against the policy, as the compile-time waivers are: a stale one fails.
  std::vector<std::string> waiver_problems;
  for (const auto& w : waivers) {
    const auto problem = detail::waiver_problem_at(text, release, rules, w.id, w.reason.empty(), w.until);
    if (problem != detail::waiver_problem::none)
      waiver_problems.emplace_back(detail::describe_waiver(problem, text, release, rules, w.id, w.until).view());
  }

  // The compiler support tables (Wasmtime 34 on): the backend must support each WebAssembly
  // feature on the target's architecture (Pulley: in its own table, Cranelift's column).
  std::vector<support_verdict> support_verdicts;
  std::string support_gap; // a violation that is not about one feature
  if (!backend.empty() && has_support_tables(text)) {
    std::vector<std::size_t> wasm;
    for (std::size_t id : features)
      if (detail::category_at(id) == category::wasm_proposal) wasm.push_back(id);
    const bool pulley = backend == "pulley";
    const std::string subject = backend == "winch" ? "Winch" : pulley ? "Pulley" : "Cranelift";
    const bool has_table = pulley || has_arch;
    const architecture table_arch = pulley ? architecture::pulley : arch;
    const std::size_t column = backend == "winch" ? 1 : 0;
    if (!wasm.empty() && !has_table) {
      std::string names;
      for (std::size_t id : wasm) names += (names.empty() ? "" : ", ") + std::string(detail::name_at(id));
      support_gap = fmt::format("the compiler support tables of Wasmtime {} have no section for the "
                                "architecture of {}, so they do not say that {} supports {} there",
                                release, detail::name_at(*target), subject, names);
    }
    for (std::size_t id : has_table ? wasm : std::vector<std::size_t>{}) {
      const support s = detail::support_at(text, table_arch, column, id);
      std::string where; // Pulley's table is no architecture
      if (!pulley) where = fmt::format(" on {}", to_string(table_arch));
      const std::string_view feature = detail::name_at(id);
      std::string m;
      switch (s) {
      case support::yes: m = fmt::format("{} supports {}{} in Wasmtime {}", subject, feature, where, release); break;
      case support::no: m = fmt::format("{} does not support {}{} in Wasmtime {}", subject, feature, where, release); break;
      case support::wip:
        m = fmt::format("{} support for {}{} is work in progress in Wasmtime {}", subject, feature, where, release);
        break;
      case support::unlisted:
        m = fmt::format("the compiler support tables of Wasmtime {} do not list {} for {}{}", release,
                        feature, subject, where);
        break;
      }
      support_verdicts.push_back({id, s, std::move(m)});
    }
  }

  // Texts before Wasmtime 34 rate Winch per architecture ("Winch on x86_64"): where the target's
  // architecture has no such row, that is the cause, not that "Winch" is unlisted.
  std::string winch_rows;
  for (std::size_t id = 0; id < entity_count; ++id)
    if (detail::name_at(id).rfind("Winch on ", 0) == 0 && detail::tier_at(text, id) != tier::unlisted)
      winch_rows += (winch_rows.empty() ? "" : ", ") + std::string(detail::name_at(id));
  auto sentence = [&](const violation& v) {
    if (backend == "winch" && backend_id && v.id == *backend_id && v.kind == violation_kind::unlisted &&
        !winch_rows.empty())
      return fmt::format("Winch has no row for {} in the tier table of Wasmtime {}, which rates Winch "
                         "only per architecture ({}), so no policy accepts Winch on {}",
                         has_arch ? std::string(to_string(arch)) : std::string(detail::name_at(*target)),
                         release, winch_rows, detail::name_at(*target));
    return std::string(detail::describe(v, detail::waiver_advice::command_line).view());
  };
  std::vector<std::string> violations = waiver_problems, passes;
  for (const violation& v : verdicts) (v.allowed() ? passes : violations).push_back(sentence(v));
  if (!support_gap.empty()) violations.push_back(support_gap);
  for (const auto& s : support_verdicts) (s.status == support::yes ? passes : violations).push_back(s.message);

  if (o.format == "json") {
    nlohmann::ordered_json out;
    out["release"] = release;
    out["text"] = std::string(text.file);
    out["policy"] = policy.name;
    out["required_tier"] = static_cast<int>(policy.required);
    out["ok"] = violations.empty();
    auto& entities = out["entities"] = nlohmann::ordered_json::array();
    for (const violation& v : verdicts) {
      nlohmann::ordered_json e;
      e["name"] = std::string(v.name());
      e["tag"] = tag_name(v.id);
      e["category"] = std::string(to_string(v.category()));
      e["tier"] = tier_value(v.actual);
      e["missing"] = std::string(v.missing_text());
      e["verdict"] = verdict_name(v.kind);
      auto& lacking = e["lacking_checks"] = nlohmann::ordered_json::array();
      for (proposal_check c : checks_in(v.lacking)) lacking.push_back(std::string(to_string(c)));
      e["message"] = sentence(v);
      entities.push_back(std::move(e));
    }
    auto& support_json = out["compiler_support"] = nlohmann::ordered_json::array();
    for (const auto& s : support_verdicts)
      support_json.push_back({{"feature", std::string(detail::name_at(s.feature))},
                              {"support", support_value(s.status)},
                              {"message", s.message}});
    auto& waivers_json = out["waivers"] = nlohmann::ordered_json::array();
    for (const auto& w : waivers) {
      nlohmann::ordered_json j{{"name", std::string(detail::name_at(w.id))}, {"reason", w.reason}};
      if (w.until != no_expiry) j["until"] = w.until;
      waivers_json.push_back(std::move(j));
    }
    out["violations"] = violations;
    std::cout << out.dump(2) << "\n";
    return violations.empty() ? 0 : 1;
  }

  if (o.verbose)
    for (const auto& p : passes) std::cout << p << "\n";
  for (const auto& v : violations) std::cout << v << "\n";
  std::string checked;
  for (std::size_t id : ids) checked += (checked.empty() ? "" : ", ") + std::string(detail::name_at(id));
  if (violations.empty()) {
    std::string supported;
    for (const auto& s : support_verdicts) supported += (supported.empty() ? "" : ", ") + std::string(detail::name_at(s.feature));
    if (!supported.empty())
      supported = fmt::format("; {} supports {}{}", backend == "winch" ? "Winch" : backend == "pulley" ? "Pulley" : "Cranelift",
                              supported, backend == "pulley" ? std::string() : fmt::format(" on {}", to_string(arch)));
    std::cout << fmt::format("ok: {} meet{} the policy {} in Wasmtime {}{}\n", checked,
                             ids.size() == 1 ? "s" : "", policy_words(policy), release, supported);
    return 0;
  }
  std::cerr << fmt::format("wasmtime-tiers check: {} violation{} of the policy {} in Wasmtime {} "
                           "(checked: {}); use what the policy allows (`wasmtime-tiers show "
                           "--release {}` lists the tiers), a newer --release, or another --policy\n",
                           violations.size(), violations.size() == 1 ? "" : "s", policy_words(policy),
                           release, checked, release);
  return 1;
}

} // namespace wasmtime_tiers::tool
