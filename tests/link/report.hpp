// What one translation unit of the link test answers, from the release and the policy it was
// compiled with (WASMTIME_TIERS_RELEASE differs between the two).
#ifndef WASMTIME_TIERS_LINK_REPORT_HPP
#define WASMTIME_TIERS_LINK_REPORT_HPP

#include <wasmtime_tiers.hpp>
#include <wasmtime_tiers/policy.hpp>
#include <wasmtime_tiers/text_tables.hpp> // &selected_release::text()

#include <string_view>

struct link_report {
  unsigned selected_release;               // selected_release::major
  wasmtime_tiers::tier gc_tier;            // tier_of<wasm::gc, selected_release>
  wasmtime_tiers::verdict_kind gc_verdict; // verdict_of<the TU's policy, wasm::gc>.kind
  std::size_t violations;      // violations_of<the TU's policy, gc, simd, aarch64-apple-darwin>
  std::string_view gc_missing; // missing_text_of<wasm::gc, selected_release>
  const void* name_of_gc;      // &name_of<wasm::gc>: one object in the program
  const void* tier_of_gc_48;   // &tier_of<wasm::gc, release<48>>: one object
  const void* selected_text;   // &selected_release::text(): the table used
};

link_report report_a();
link_report report_b();

#endif
