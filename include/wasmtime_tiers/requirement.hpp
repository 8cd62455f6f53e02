// wasmtime-tiers: the requirements of each tier, and the phrases Wasmtime uses for the ones an
// entity is missing ("Missing Tier N Requirements").
#ifndef WASMTIME_TIERS_REQUIREMENT_HPP
#define WASMTIME_TIERS_REQUIREMENT_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <wasmtime_tiers/detail/defer.hpp>
#include <cstdint>

#include <wasmtime_tiers/detail/encoding.hpp>
#include <wasmtime_tiers/tier.hpp>

namespace wasmtime_tiers {

// requirement: one thing an entity needs to reach a tier. The first group is named after the
// phrases of the "Missing Tier N Requirements" columns of the shipped texts; the second group is
// the rest of what the "Tier Details" section asks of each tier, which no table has listed as
// missing so far; last, `unnamed` stands for a phrase of a release added after this library
// (wasmtime_tiers_add_release) that none of these names: missing_text_of gives it verbatim.
enum class requirement : unsigned char {
  continuous_fuzzing,      // "Continuous fuzzing", "fuzzing"
  fuzzing_time,            // "More time fuzzing/baking"
  ci_testing,              // "CI testing", "Supported but not tested"
  more_ci_testing,         // "More CI", "More expansive CI testing"
  full_time_maintainer,    // "full-time maintainer"
  clear_owner,             // "Clear owner of the target", "clear owner"
  unwinding,               // "unwinding"
  complete_implementation, // "Complete implementation", "finished implementation"
  unstable_proposal,  // "Unstable wasm proposal", "Unstable WASI proposal", "unstable proposal"
  improved_quality,   // "improved quality"
  production_quality, // "production quality"
  api_quality,        // "API quality"
  support_beyond_ci_checks, // "Support beyond CI checks"
  consensus_on_tier_1,      // "Consenus on moving to Tier 1" (sic)
  proposal_support,         // "WebAssembly proposals (`simd`, ...)": listed proposals unsupported
  dependence_on_gc,         // "dependence on GC"
  performance_work,         // "performance work"
  // Clauses of the tier definitions.
  no_maintenance_burden,   // Tier 3: no unnecessary maintenance overhead on other components
  no_major_known_bugs,     // Tier 3: no major known bugs at inclusion
  acceptable_code_quality, // Tier 3: code of acceptable quality
  path_to_completion,      // Tier 3: a path to the feature being finished
  security_releases,       // Tier 1: CVEs and security releases for bugs found
  rfc_for_major_changes,   // Tier 1: major changes need an RFC and prior agreement
  // A phrase requirement_phrases lacks, in a text added with `gen --add-release`.
  unnamed,
};

inline constexpr std::size_t requirement_count = 24;

// requirement_set: a set of requirements as a bit mask (bit i is requirement i).
using requirement_set = std::uint64_t;

// bit(r): the set holding only r.
constexpr requirement_set bit(requirement r) noexcept {
  return requirement_set{1} << static_cast<unsigned>(r);
}

// contains(set, r): r is in set.
constexpr bool contains(requirement_set set, requirement r) noexcept { return (set & bit(r)) != 0; }

WASMTIME_TIERS_DETAIL_DEFER
constexpr requirement_set tier_definition(tier t) noexcept {
  switch (t) {
  case tier::t3:
    return bit(requirement::no_maintenance_burden) | bit(requirement::no_major_known_bugs) |
           bit(requirement::acceptable_code_quality) | bit(requirement::path_to_completion) |
           bit(requirement::clear_owner);
  case tier::t2:
    return bit(requirement::ci_testing) | bit(requirement::complete_implementation) |
           bit(requirement::full_time_maintainer);
  case tier::t1:
    return bit(requirement::continuous_fuzzing) | bit(requirement::security_releases) |
           bit(requirement::rfc_for_major_changes) | bit(requirement::unstable_proposal);
  default: return 0;
  }
}

// required_for(t): everything tier t requires, its own definition and those of the tiers below.
WASMTIME_TIERS_DETAIL_DEFER
constexpr requirement_set required_for(tier t) noexcept {
  switch (t) {
  case tier::t3: return tier_definition(tier::t3);
  case tier::t2: return tier_definition(tier::t3) | tier_definition(tier::t2);
  case tier::t1:
    return tier_definition(tier::t3) | tier_definition(tier::t2) | tier_definition(tier::t1);
  default: return 0;
  }
}

} // namespace wasmtime_tiers

#endif
