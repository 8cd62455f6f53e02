// wasmtime-tiers tool: a build (policy, target, backend, features, proposal checks) checked in one
// release; what `check`, `check --releases` and `which-release` share.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <wasmtime_tiers/compiler_support.hpp>
#include <wasmtime_tiers/policy.hpp>  // tier_policy, verdict
#include <wasmtime_tiers/history.hpp> // release_set
#include <wasmtime_tiers/release_range.hpp>
#include <wasmtime_tiers/table.hpp>

namespace wasmtime_tiers::tool {

// A --policy value: its name and the tier it requires of every category.
struct named_policy {
  std::string name;
  tier required;
};

// Throws usage_error with the nearest policy names for an unknown one.
named_policy parse_policy(const std::string& value);

// "production-ready (Tier 1)", "min-tier=2 (Tier 2 or better)".
std::string policy_words(const named_policy& p);

// The proposal checks of --require-checks: "fuzzed,c-api", "Phase 4", "all".
proposal_check_set parse_checks(const std::vector<std::string>& names);

// The build to check, read from the options (usage_error for unknown names or nothing to check).
struct build_request {
  named_policy policy{"", tier::t1};
  tier_policy requirements = tier_policy::minimum(tier::t1); // what the policy requires
  std::optional<std::size_t> target;
  bool has_arch = false; // the target's architecture has compiler support tables
  architecture arch = architecture::x86_64;
  std::string backend; // cranelift, winch, pulley; "" for none
  std::vector<std::size_t> features;
};
build_request parse_build(const std::string& policy, const std::string& target,
                          const std::vector<std::string>& features, const std::string& backend,
                          const std::vector<std::string>& checks);

// "Cranelift", "Winch", "Pulley".
std::string backend_subject(const std::string& backend);

// One feature's cell in the compiler support tables of a release, in words.
struct support_verdict {
  std::size_t feature;
  support status;
  std::string message;
};

// The build in one release: the verdict on each entity (the target, the backend's row in that
// release's text, the features) and on the backend's support of each WebAssembly feature.
struct release_verdicts {
  unsigned release = 0;
  std::vector<std::size_t> ids; // the entities checked, in order
  std::vector<verdict> verdicts;
  std::vector<support_verdict> support;
  std::string support_gap; // a compiler support violation that is not about one feature
  std::vector<std::string> violations, passes; // sentences, each naming the release
  bool ok() const { return violations.empty(); }
};
release_verdicts check_release(const build_request& b, unsigned release);

// A --releases value: "36..48" (each end as --release takes it; both covered by a text).
struct release_span {
  unsigned first = 0, last = 0;
};
release_span parse_release_span(const std::string& value, std::string_view option = "--releases");

// A set of releases in words: "40 to 48", "0.40 to 1, 30 and 47 to 48"; "none" when empty.
std::string ranges_words(const release_set& s);

} // namespace wasmtime_tiers::tool
