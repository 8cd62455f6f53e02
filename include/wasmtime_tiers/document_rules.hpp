// wasmtime-tiers: rules that Wasmtime's tiers document states about itself, checked on its data.
//
// From the compiler support section (Wasmtime 34 on) and the Tier 2 definition:
//   tier1_feature_on_tier1_target: a Tier 1 WebAssembly proposal is fully supported by at least
//     one compiler on the architecture of every Tier 1 target;
//   tier1_feature_on_tier2_target: "all Tier 2 targets must implement all of the Tier 1
//     WebAssembly proposals": the same on the architecture of every Tier 2 target;
//   tier2_feature_on_tier1_target: "all Tier 2 features must be implemented on all Tier 1
//     targets": a Tier 2 proposal is fully supported by some compiler there.
// Opt-in header (not included by <wasmtime_tiers.hpp>); tests and tools report the findings.
#ifndef WASMTIME_TIERS_DOCUMENT_RULES_HPP
#define WASMTIME_TIERS_DOCUMENT_RULES_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include <wasmtime_tiers/detail/names.hpp>
#include <wasmtime_tiers/catalog.hpp>
#include <wasmtime_tiers/category.hpp>
#include <wasmtime_tiers/compiler_support.hpp>
#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/table.hpp>
#include <wasmtime_tiers/text_tables.hpp>
#include <wasmtime_tiers/tier.hpp>

namespace wasmtime_tiers {

enum class document_rule : unsigned char {
  tier1_feature_on_tier1_target,
  tier1_feature_on_tier2_target,
  tier2_feature_on_tier1_target,
};

constexpr std::string_view to_string(document_rule r) noexcept {
  switch (r) {
  case document_rule::tier1_feature_on_tier1_target:
    return "Tier 1 WebAssembly features are supported by a compiler on every Tier 1 target";
  case document_rule::tier1_feature_on_tier2_target:
    return "Tier 2 targets implement every Tier 1 WebAssembly proposal";
  case document_rule::tier2_feature_on_tier1_target:
    return "Tier 2 features are implemented on every Tier 1 target";
  }
  return "?";
}

// One place where a text breaks one of its own rules.
struct rule_finding {
  document_rule rule{};
  std::size_t feature = 0; // entity id of the proposal
  std::size_t target = 0;  // entity id of the target whose architecture lacks support
};

// rule_findings<N>: up to N findings of one text; `count` may exceed N (then the list is cut).
template <std::size_t N = 64>
struct rule_findings {
  std::array<rule_finding, N> items{};
  std::size_t count = 0;
  constexpr void add(const rule_finding& f) noexcept {
    if (count < N) items[count] = f;
    ++count;
  }
};

// supported_by_some_compiler(t, a, id): some compiler fully supports entity id on architecture a
// in text t.
constexpr bool supported_by_some_compiler(release_table_view t, architecture a,
                                          std::size_t id) noexcept {
  for (compiler_backend c : all_compiler_backends)
    if (t.support_of(c, a, id) == support::yes) return true;
  return false;
}

// check_document_rules(text): the findings of one text (none before Wasmtime 34, which has no
// compiler support section): check_document_rules(release_table(34)), or of R::text().
template <std::size_t N = 64>
constexpr rule_findings<N> check_document_rules(release_table_view t) noexcept {
  rule_findings<N> out;
  if (!t.has_support_tables()) return out;
  for (std::size_t f = 0; f < t.entity_extent(); ++f) {
    if (entity_category(f) != category::wasm_proposal) continue;
    const tier ft = t.tier_of(f);
    if (ft != tier::t1 && ft != tier::t2) continue;
    for (std::size_t g = 0; g < t.entity_extent(); ++g) {
      if (entity_category(g) != category::target) continue;
      const tier gt = t.tier_of(g);
      document_rule rule{};
      if (ft == tier::t1 && gt == tier::t1)
        rule = document_rule::tier1_feature_on_tier1_target;
      else if (ft == tier::t1 && gt == tier::t2)
        rule = document_rule::tier1_feature_on_tier2_target;
      else if (ft == tier::t2 && gt == tier::t1)
        rule = document_rule::tier2_feature_on_tier1_target;
      else
        continue;
      const auto arch = architecture_of(entity_name(g));
      if (!arch)
        continue; // not a triple with a compiler support section (e.g. "Support for #![no_std]")
      if (!supported_by_some_compiler(t, *arch, f)) out.add({rule, f, g});
    }
  }
  return out;
}

} // namespace wasmtime_tiers

#endif
