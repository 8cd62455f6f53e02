// wasmtime-tiers check: a build's target, features and backend against a tier policy, with the
// verdicts of the library's own policy check (verdict_in, explain), as the compile-time checks decide.
#include "check_core.hpp"
#include "cli_common.hpp"
#include "commands.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <iostream>

#include <wasmtime_tiers/catalog.hpp>
#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/explain.hpp>
#include <wasmtime_tiers/host.hpp>
#include <wasmtime_tiers/policy.hpp>
#include <wasmtime_tiers/release.hpp>
#include <wasmtime_tiers/table.hpp>

namespace wasmtime_tiers::tool {

named_policy parse_policy(const std::string& value) {
  // The document's names for its tiers are the library's policies of those names (a policy's
  // requirements are uniform: the tier of any category is its tier).
  if (value == "production-ready")
    return {value, policy_value<policy::production_ready>.for_category(category::target)};
  if (value == "almost-production-ready")
    return {value, policy_value<policy::almost_production_ready>.for_category(category::target)};
  if (value == "not-production-ready")
    return {value, policy_value<policy::not_production_ready>.for_category(category::target)};
  if (value.rfind("min-tier=", 0) == 0) {
    const std::string k = value.substr(9);
    if (k == "1" || k == "2" || k == "3")
      return {value, k == "1" ? tier::t1 : k == "2" ? tier::t2 : tier::t3};
    throw usage_error("--policy " + value + ": the tier of min-tier=K is 1, 2 or 3");
  }
  const std::vector<std::string> known = {"production-ready",     "almost-production-ready",
                                          "not-production-ready", "min-tier=1",
                                          "min-tier=2",           "min-tier=3"};
  std::string near;
  for (const auto& n : nearest(value, known, 2)) near += (near.empty() ? "" : " or ") + n;
  throw usage_error("--policy " + value + ": unknown policy" +
                    (near.empty() ? std::string() : "; did you mean " + near + "?") +
                    " (production-ready: Tier 1; almost-production-ready: Tier 2 or better; "
                    "not-production-ready: Tier 3 or better; min-tier=K: Tier K or better)");
}

std::string policy_words(const named_policy& p) {
  return fmt::format("{} ({}{})", p.name, to_string(p.required),
                     p.required == tier::t1 ? "" : " or better");
}

namespace {

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

std::size_t entity_named(std::string_view name) {
  for (std::size_t id = 0; id < entity_count; ++id)
    if (entity_name(id) == name) return id;
  return entity_count;
}

// The backend entity: Cranelift, Pulley, or Winch; where the release's text rates Winch per
// architecture ("Winch on x86_64", before Wasmtime 34), the row of the target's architecture.
std::size_t backend_entity(const std::string& backend, const release_table_view& t,
                           const architecture* arch) {
  if (backend == "cranelift") return entity_named("Cranelift");
  if (backend == "pulley") return entity_named("Pulley");
  if (arch) {
    const std::size_t per_arch = entity_named(fmt::format("Winch on {}", to_string(*arch)));
    if (per_arch < entity_count && t.tier_of(per_arch) != tier::unlisted) return per_arch;
  }
  return entity_named("Winch");
}

std::string verdict_name(verdict_kind k) {
  switch (k) {
  case verdict_kind::none: return "allowed";
  case verdict_kind::waived: return "waived";
  case verdict_kind::below_tier: return "below_tier";
  case verdict_kind::lacks_checks: return "lacks_checks";
  case verdict_kind::unsupported: return "unsupported";
  case verdict_kind::unlisted: return "unlisted";
  }
  return "?";
}

} // namespace

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
      if (n == lower(std::string(to_string(c))) ||
          (n == "phase4" && c == proposal_check::phase_4) ||
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

namespace {

// One --waive ENTITY=REASON[@UNTIL]: waiver<E, "REASON", UNTIL> on the command line.
struct command_line_waiver {
  std::size_t id;
  std::string reason;
  unsigned until = no_expiry;
  // Refused by the policy (see run_check): it still accepts its entity in every release checked,
  // as a refused waiver of the library's does, so that its refusal is the one violation.
  bool refused = false;
  bool covers(unsigned release) const { return refused || release <= until; }
};

// Parses every --waive; an unknown name, a missing '=' or an empty reason is a usage error, every
// one of them reported at once.
std::vector<command_line_waiver> parse_waivers(const std::vector<std::string>& values) {
  std::vector<command_line_waiver> out;
  std::vector<std::string> errors;
  for (const std::string& value : values) {
    const std::size_t eq = value.find('=');
    if (eq == std::string::npos) {
      errors.push_back("--waive " + value +
                       ": expected ENTITY=REASON[@UNTIL], e.g. --waive "
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
      const auto m = describe_waiver(waiver_problem::no_reason, newest_release,
                                     tier_policy::minimum(tier::t1), w.id, w.until);
      errors.push_back(fmt::format("--waive {}: {}", value, m.view()));
      continue;
    }
    for (const auto& earlier : out)
      if (earlier.id == w.id)
        errors.push_back(
            fmt::format("--waive {}: {}", value, describe_duplicate_waiver(w.id).view()));
    out.push_back(std::move(w));
  }
  if (!errors.empty()) {
    std::string all;
    for (const auto& e : errors) all += (all.empty() ? "" : "\nwasmtime-tiers: ") + e;
    throw usage_error(all);
  }
  return out;
}

nlohmann::ordered_json waivers_json(const std::vector<command_line_waiver>& waivers) {
  auto out = nlohmann::ordered_json::array();
  for (const auto& w : waivers) {
    nlohmann::ordered_json j{{"name", std::string(entity_name(w.id))}, {"reason", w.reason}};
    if (w.until != no_expiry) j["until"] = w.until;
    out.push_back(std::move(j));
  }
  return out;
}

} // namespace


CLI::App* add_check(CLI::App& app, check_options& o) {
  auto* c = app.add_subcommand(
      "check", "Check a build's target, features and backend against a tier policy (exit 0: "
               "satisfied, 1: violated, 2: usage error)");
  c->footer(
      "Exit status: 0 when the build satisfies the policy; 1 when it does not, with one "
      "violation a line in the words of the library's compile-time diagnostics; 2 on a usage "
      "error (unknown names get the nearest known ones).\n\nExamples:\n"
      "  wasmtime-tiers check --release 22 --policy production-ready --target "
      "x86_64-unknown-linux-gnu --features simd,wasi-http\n"
      "  wasmtime-tiers check --policy almost-production-ready --target host --features "
      "simd,threads --backend cranelift\n"
      "  wasmtime-tiers check --releases 36..48 --policy production-ready --features threads");
  auto* release_opt =
      c->add_option("--release", o.release,
                    "The Wasmtime release the build uses, e.g. 22 (default: the newest known)")
          ->check(non_empty_release, "a Wasmtime release");
  c->add_option("--releases", o.releases,
                "Every release of a range the build supports, e.g. 36..48: the build must satisfy "
                "the policy in each, and each violation names its release")
      ->excludes(release_opt);
  c->add_option(
       "--policy", o.policy,
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
  c->add_option(
      "--waive", o.waivers,
      "Accept an entity below the policy for a reason, as a waiver of the library's "
      "policies: ENTITY=REASON[@UNTIL] (UNTIL: the last release it is valid for), "
      "repeatable. With --releases, a waiver applies in each release of the range up to "
      "its UNTIL. A waiver the policy does not need (in any release it covers), an "
      "expired one, one for an unsupported or unlisted entity, or one without a reason is "
      "refused");
  c->add_option("--format", o.format, "Output format: text (one violation a line) or json")
      ->check(CLI::IsMember({"text", "json"}));
  c->add_flag("-v,--verbose", o.verbose, "Also print the verdict on each entity that passes");
  return c;
}

build_request parse_build(const std::string& policy_name, const std::string& target_name,
                          const std::vector<std::string>& feature_names,
                          const std::string& backend_name,
                          const std::vector<std::string>& check_names) {
  build_request b;
  b.policy = parse_policy(policy_name);
  const tier t = b.policy.required;
  b.requirements = tier_policy::minimum(t, parse_checks(check_names));
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
  if (target_name == "host")
    b.target = wasmtime_tiers::id_of<wasmtime_tiers::target::host>;
  else if (!target_name.empty())
    b.target = look_up(target_name, category::target, "--target");
  if (b.target) {
    if (const auto a = architecture_of(entity_name(*b.target))) {
      b.has_arch = true;
      b.arch = *a;
    }
  }
  for (const std::string& f : feature_names) {
    const std::string name = trim(f);
    if (name.empty()) continue;
    const auto eid = look_up(name, std::nullopt, "--features");
    if (eid && std::find(b.features.begin(), b.features.end(), *eid) == b.features.end())
      b.features.push_back(*eid);
  }
  if (!unknown.empty()) {
    std::string all;
    for (const auto& e : unknown) all += (all.empty() ? "" : "\nwasmtime-tiers: ") + e;
    throw usage_error(all);
  }
  b.backend = lower(backend_name);
  if (!b.backend.empty() && !b.target)
    throw usage_error("--backend " + backend_name +
                      " needs --target: the backend's rows and the "
                      "compiler support tables depend on the target's architecture");
  if (!b.target && b.backend.empty() && b.features.empty())
    throw usage_error("nothing to check: name the build's --target, --features and/or --backend "
                      "(see `wasmtime-tiers check --help`)");
  return b;
}

std::string backend_subject(const std::string& backend) {
  return backend == "winch" ? "Winch" : backend == "pulley" ? "Pulley" : "Cranelift";
}

namespace {

// A verdict's sentence in the tool: the library's (explain), with the advice given; for
// Winch in a text that rates it only per architecture ("Winch on x86_64", before Wasmtime 34) and
// has no row for the target's architecture, that cause rather than "Winch is not in the tier table".
// check and check --releases advise --waive (waiver_advice::command_line), which both take;
// which-release, which takes no waivers, keeps the words of the library's compile-time
// diagnostics (waiver_advice::cpp).
std::string verdict_sentence(const build_request& b, const verdict& v, waiver_advice advice) {
  if (b.backend == "winch" && b.target && v.kind == verdict_kind::unlisted && v.name() == "Winch") {
    const release_table_view text = release_table(v.release);
    std::string winch_rows;
    for (std::size_t id = 0; id < entity_count; ++id)
      if (entity_name(id).rfind("Winch on ", 0) == 0 && text.tier_of(id) != tier::unlisted)
        winch_rows += (winch_rows.empty() ? "" : ", ") + std::string(entity_name(id));
    if (!winch_rows.empty())
      return fmt::format(
          "Winch has no row for {} in the tier table of Wasmtime {}, which rates Winch "
          "only per architecture ({}), so no policy accepts Winch on {}",
          b.has_arch ? std::string(to_string(b.arch)) : std::string(entity_name(*b.target)),
          v.release, winch_rows, entity_name(*b.target));
  }
  return std::string(explain(v, advice).view());
}

// check_release, with the --waive waivers that accept their entities in `release`.
release_verdicts check_release_waived(const build_request& b, unsigned release,
                                      const std::vector<command_line_waiver>& waivers,
                                      waiver_advice advice) {
  auto waived = [&](std::size_t eid) {
    return std::any_of(waivers.begin(), waivers.end(), [&](const command_line_waiver& w) {
      return w.id == eid && w.covers(release);
    });
  };
  release_verdicts r;
  r.release = release;
  const release_table_view text = release_table(release);
  auto add = [&](std::size_t id) {
    if (std::find(r.ids.begin(), r.ids.end(), id) == r.ids.end()) r.ids.push_back(id);
  };
  if (b.target) add(*b.target);
  if (!b.backend.empty()) add(backend_entity(b.backend, text, b.has_arch ? &b.arch : nullptr));
  for (std::size_t id : b.features) add(id);
  for (std::size_t eid : r.ids)
    r.verdicts.push_back(verdict_in(release, b.requirements, eid, waived(eid)));

  // The compiler support tables (Wasmtime 34 on): the backend must support each WebAssembly
  // feature on the target's architecture (Pulley: in its own table, Cranelift's column).
  if (!b.backend.empty() && text.has_support_tables()) {
    std::vector<std::size_t> wasm;
    for (std::size_t id : b.features)
      if (entity_category(id) == category::wasm_proposal) wasm.push_back(id);
    const bool pulley = b.backend == "pulley";
    const std::string subject = backend_subject(b.backend);
    const bool has_table = pulley || b.has_arch;
    const architecture table_arch = pulley ? architecture::pulley : b.arch;
    // The column configure<> reads for the compiler (Pulley: Cranelift's column of its table).
    const compiler_backend column = *compiler_backend_named(pulley ? "Cranelift" : subject);
    if (!wasm.empty() && !has_table) {
      std::string names;
      for (std::size_t id : wasm)
        names += (names.empty() ? "" : ", ") + std::string(entity_name(id));
      r.support_gap =
          fmt::format("the compiler support tables of Wasmtime {} have no section for the "
                      "architecture of {}, so they do not say that {} supports {} there",
                      release, entity_name(*b.target), subject, names);
    }
    for (std::size_t id : has_table ? wasm : std::vector<std::size_t>{}) {
      const support s = text.support_of(column, table_arch, id);
      std::string where; // Pulley's table is no architecture
      if (!pulley) where = fmt::format(" on {}", to_string(table_arch));
      const std::string_view feature = entity_name(id);
      std::string m;
      switch (s) {
      case support::yes:
        m = fmt::format("{} supports {}{} in Wasmtime {}", subject, feature, where, release);
        break;
      case support::no:
        m = fmt::format("{} does not support {}{} in Wasmtime {}", subject, feature, where,
                        release);
        break;
      case support::wip:
        m = fmt::format("{} support for {}{} is work in progress in Wasmtime {}", subject, feature,
                        where, release);
        break;
      case support::unlisted:
        m = fmt::format("the compiler support tables of Wasmtime {} do not list {} for {}{}",
                        release, feature, subject, where);
        break;
      }
      r.support.push_back({id, s, std::move(m)});
    }
  }

  for (const verdict& v : r.verdicts)
    (v.allowed() ? r.passes : r.violations).push_back(verdict_sentence(b, v, advice));
  if (!r.support_gap.empty()) r.violations.push_back(r.support_gap);
  for (const auto& s : r.support)
    (s.status == support::yes ? r.passes : r.violations).push_back(s.message);
  return r;
}

} // namespace

release_verdicts check_release(const build_request& b, unsigned release) {
  return check_release_waived(b, release, {}, waiver_advice::cpp);
}

namespace {

nlohmann::ordered_json release_json(const build_request& b, const release_verdicts& r,
                                    waiver_advice advice) {
  nlohmann::ordered_json out;
  out["release"] = r.release;
  out["text"] = std::string(release_table(r.release).file());
  out["ok"] = r.ok();
  auto& entities = out["entities"] = nlohmann::ordered_json::array();
  for (const verdict& v : r.verdicts) {
    nlohmann::ordered_json e;
    e["name"] = std::string(v.name());
    e["tag"] = tag_name(v.id);
    e["category"] = std::string(to_string(v.category()));
    e["tier"] = tier_value(v.actual);
    e["missing"] = std::string(v.missing_text());
    e["verdict"] = verdict_name(v.kind);
    auto& lacking = e["lacking_checks"] = nlohmann::ordered_json::array();
    for (proposal_check c : checks_in(v.lacking)) lacking.push_back(std::string(to_string(c)));
    e["message"] = verdict_sentence(b, v, advice);
    entities.push_back(std::move(e));
  }
  auto& support_json = out["compiler_support"] = nlohmann::ordered_json::array();
  for (const auto& s : r.support)
    support_json.push_back({{"feature", std::string(entity_name(s.feature))},
                            {"support", support_value(s.status)},
                            {"message", s.message}});
  out["violations"] = r.violations;
  return out;
}

std::string names_of(const std::vector<std::size_t>& ids) {
  std::string s;
  for (std::size_t id : ids) s += (s.empty() ? "" : ", ") + std::string(entity_name(id));
  return s;
}

// The passing line's tail: which features the backend supports, where it has a table.
std::string supported_words(const build_request& b, const release_verdicts& r) {
  std::string supported;
  for (const auto& s : r.support)
    supported += (supported.empty() ? "" : ", ") + std::string(entity_name(s.feature));
  if (supported.empty()) return supported;
  return fmt::format("; {} supports {}{}", backend_subject(b.backend), supported,
                     b.backend == "pulley" ? std::string()
                                           : fmt::format(" on {}", to_string(b.arch)));
}

// check --releases A..B: the build in every release of the range. Each --waive is checked as a
// waiver of a policy over the range is (waiver_problem_in_range): valid in the releases up
// to its UNTIL, refused when no release it covers needs it (or it expired before the range, names
// an entity with no tier in any release it covers, or has no reason); a refused waiver is one
// violation and still accepts its entity (no follow-on violation in each release).
int run_check_range(const check_options& o, const build_request& b, release_span span,
                    std::vector<command_line_waiver> waivers) {
  std::vector<std::string> waiver_problems;
  for (auto& w : waivers) {
    const auto v = waiver_problem_in_range(span.first, span.last, b.requirements, w.id,
                                           w.reason.empty(), w.until);
    if (v.problem == waiver_problem::none) continue;
    w.refused = true;
    waiver_problems.emplace_back(
        describe_range_waiver(v, span.first, span.last, w.id, w.until).view());
  }
  std::vector<release_verdicts> results;
  std::size_t violation_count = waiver_problems.size();
  release_set failing;
  for (unsigned m = span.first; m <= span.last; ++m) {
    results.push_back(check_release_waived(b, m, waivers, waiver_advice::command_line));
    violation_count += results.back().violations.size();
    if (!results.back().ok()) failing.insert(m);
  }
  const bool ok = failing.empty() && waiver_problems.empty();
  const std::string range_words =
      fmt::format("{} to {}", release_name(span.first), release_name(span.last));
  if (o.format == "json") {
    nlohmann::ordered_json out;
    out["releases"] = {span.first, span.last};
    out["policy"] = b.policy.name;
    out["required_tier"] = static_cast<int>(b.policy.required);
    out["ok"] = ok;
    auto& failing_json = out["failing_releases"] = nlohmann::ordered_json::array();
    failing.for_each_range([&](unsigned a, unsigned z) { failing_json.push_back({a, z}); });
    out["waivers"] = waivers_json(waivers);
    auto& per = out["results"] = nlohmann::ordered_json::array();
    std::vector<std::string> all = waiver_problems;
    for (const auto& r : results) {
      per.push_back(release_json(b, r, waiver_advice::command_line));
      all.insert(all.end(), r.violations.begin(), r.violations.end());
    }
    out["violations"] = all;
    std::cout << out.dump(2) << "\n";
    return ok ? 0 : 1;
  }
  for (const auto& p : waiver_problems) std::cout << p << "\n";
  for (const auto& r : results) {
    if (o.verbose)
      for (const auto& p : r.passes) std::cout << p << "\n";
    for (const auto& v : r.violations) std::cout << v << "\n";
  }
  const std::string checked = names_of(results.back().ids);
  if (ok) {
    std::cout << fmt::format("ok: {} meet{} the policy {} in every release from Wasmtime {}{}\n",
                             checked, results.back().ids.size() == 1 ? "s" : "",
                             policy_words(b.policy), range_words,
                             supported_words(b, results.back()));
    return 0;
  }
  if (failing.empty()) { // only refused --waive waivers
    std::cerr << fmt::format(
        "wasmtime-tiers check: {} violation{} of the policy {} in Wasmtime {}: "
        "a --waive the policy refuses (checked: {}); remove or correct it\n",
        violation_count, violation_count == 1 ? "" : "s", policy_words(b.policy), range_words,
        checked);
    return 1;
  }
  std::cerr << fmt::format(
      "wasmtime-tiers check: {} violation{} of the policy {} in Wasmtime {} (of the range "
      "{}; checked: {}); use what the policy allows in each release, narrow "
      "--releases, or another --policy\n",
      violation_count, violation_count == 1 ? "" : "s", policy_words(b.policy),
      ranges_words(failing), range_words, checked);
  return 1;
}

} // namespace

release_span parse_release_span(const std::string& value, std::string_view option) {
  const auto dots = value.find("..");
  if (dots == std::string::npos)
    throw usage_error(
        fmt::format("{} {}: write a range of releases as FIRST..LAST, e.g. 36..48", option, value));
  release_span s{parse_release(trim(value.substr(0, dots)), option),
                 parse_release(trim(value.substr(dots + 2)), option)};
  if (s.first > s.last)
    throw usage_error(fmt::format("{} {}: {} is after {}; write the older release first", option,
                                  value, release_name(s.first), release_name(s.last)));
  return s;
}

std::string ranges_words(const release_set& s) {
  std::vector<std::string> parts;
  s.for_each_range([&](unsigned a, unsigned z) {
    parts.push_back(a == z ? release_name(a)
                           : fmt::format("{} to {}", release_name(a), release_name(z)));
  });
  if (parts.empty()) return "none";
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i)
    out += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
  return out;
}

int run_check(const check_options& o) {
  const build_request b = parse_build(o.policy, o.target, o.features, o.backend, o.checks);
  std::vector<command_line_waiver> waivers = parse_waivers(o.waivers);
  if (!o.releases.empty())
    return run_check_range(o, b, parse_release_span(o.releases), std::move(waivers));
  const unsigned release = o.release.empty() ? newest_release : parse_release(o.release);
  // Each waiver checked against the policy, as the compile-time waivers are: a stale one fails,
  // and still accepts its entity (its refusal is the one violation).
  std::vector<std::string> waiver_problems;
  for (auto& w : waivers) {
    const auto problem =
        waiver_problem_in(release, b.requirements, w.id, w.reason.empty(), w.until);
    if (problem == waiver_problem::none) continue;
    w.refused = true;
    waiver_problems.emplace_back(
        describe_waiver(problem, release, b.requirements, w.id, w.until).view());
  }
  release_verdicts r = check_release_waived(b, release, waivers, waiver_advice::command_line);
  r.violations.insert(r.violations.begin(), waiver_problems.begin(), waiver_problems.end());

  if (o.format == "json") {
    nlohmann::ordered_json out;
    out["release"] = release;
    out["text"] = std::string(release_table(release).file());
    out["policy"] = b.policy.name;
    out["required_tier"] = static_cast<int>(b.policy.required);
    nlohmann::ordered_json rest = release_json(b, r, waiver_advice::command_line);
    for (const char* key : {"ok", "entities", "compiler_support"}) out[key] = rest[key];
    out["waivers"] = waivers_json(waivers);
    out["violations"] = rest["violations"];
    std::cout << out.dump(2) << "\n";
    return r.ok() ? 0 : 1;
  }

  if (o.verbose)
    for (const auto& p : r.passes) std::cout << p << "\n";
  for (const auto& v : r.violations) std::cout << v << "\n";
  const std::string checked = names_of(r.ids);
  if (r.ok()) {
    std::cout << fmt::format("ok: {} meet{} the policy {} in Wasmtime {}{}\n", checked,
                             r.ids.size() == 1 ? "s" : "", policy_words(b.policy), release,
                             supported_words(b, r));
    return 0;
  }
  std::cerr << fmt::format(
      "wasmtime-tiers check: {} violation{} of the policy {} in Wasmtime {} "
      "(checked: {}); use what the policy allows (`wasmtime-tiers show "
      "--release {}` lists the tiers), a newer --release, or another --policy\n",
      r.violations.size(), r.violations.size() == 1 ? "" : "s", policy_words(b.policy), release,
      checked, release);
  return 1;
}

} // namespace wasmtime_tiers::tool
