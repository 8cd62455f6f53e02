// The embedder configuration of embedder.cpp, written against Wasmtime's own API: Wasmtime 48's C
// API (wasmtime.h, as released, with the wasmtime/conf.h of its release build) configured through
// <wasmtime_tiers/wasmtime.hpp>.
//
//   EMBEDDER_CHECKS=0  the plain configuration code: each wasmtime_config_*_set call made by hand;
//   EMBEDDER_CHECKS=1  the same engine configured through configure<>, each call checked, and the
//                      build checked by WASMTIME_TIERS_ENFORCE (the target and everything conf.h
//                      says is compiled in), with the policy checks of embedder.cpp.
//
// The compile-time benchmark measures both with -fsyntax-only, with Wasmtime's headers found by
// -isystem as a user's build finds them; the header of Wasmtime is the same in both, so the
// difference between them is what wasmtime-tiers costs this translation unit.
#ifndef EMBEDDER_CHECKS
#define EMBEDDER_CHECKS 1
#endif

#include <wasmtime.h> // first: wasmtime-tiers reads its version and WASMTIME_FEATURE_* macros

#if EMBEDDER_CHECKS
#include <wasmtime_tiers/wasmtime.hpp>

namespace wt = wasmtime_tiers;
using wasmtime = wt::release<48>;
using production_ready = wt::policy::minimum_tier<wt::tier::t1, wasmtime>;

// The library this program links: Tier 1, and, reviewed one by one, what the release build of
// Wasmtime 48 compiles in below it.
using build_policy = wt::policy::with_waivers<
    production_ready,
    wt::waiver<wt::wasm::threads, "compiled in by the release build; the engine keeps it off">,
    wt::waiver<wt::backend::pulley, "compiled in by the release build; we compile natively">>;
WASMTIME_TIERS_ENFORCE(build_policy);

// The proposals and interfaces the embedder relies on, as in embedder.cpp.
static_assert(wt::allowed<production_ready, wt::wasi::snapshot_preview1, wt::wasi::http>);
template <class Proposal>
inline constexpr bool ready = wt::meets(wt::tier_of<Proposal, wasmtime>, wt::tier::t2);
#endif

namespace embedder {

void configure(wasm_config_t* config, bool optimize) {
  wasmtime_config_cranelift_opt_level_set(config, optimize ? WASMTIME_OPT_LEVEL_SPEED
                                                           : WASMTIME_OPT_LEVEL_NONE);
#if EMBEDDER_CHECKS
  // Each call compiles only when the policy allows the proposal, Cranelift supports it on the
  // host's architecture in Wasmtime 48, and Wasmtime 48 declares its setter.
  auto configured = wt::configure<production_ready>(config)
                        .use<wt::backend::cranelift>()
                        .enable<wt::wasm::simd>()
                        .enable<wt::wasm::relaxed_simd>()
                        .enable<wt::wasm::bulk_memory>()
                        .enable<wt::wasm::reference_types>()
                        .enable<wt::wasm::multi_value>()
                        .enable<wt::wasm::tail_call>()
                        .enable<wt::wasm::memory64>()
                        .enable<wt::wasm::exception_handling>()
                        .disable<wt::wasm::threads>();
  if constexpr (ready<wt::wasm::gc>) configured.enable<wt::wasm::gc>();
#else
  wasmtime_config_strategy_set(config, WASMTIME_STRATEGY_CRANELIFT);
  wasmtime_config_wasm_simd_set(config, true);
  wasmtime_config_wasm_relaxed_simd_set(config, true);
  wasmtime_config_wasm_bulk_memory_set(config, true);
  wasmtime_config_wasm_reference_types_set(config, true);
  wasmtime_config_wasm_multi_value_set(config, true);
  wasmtime_config_wasm_tail_call_set(config, true);
  wasmtime_config_wasm_memory64_set(config, true);
  wasmtime_config_wasm_exceptions_set(config, true);
  wasmtime_config_wasm_threads_set(config, false);
  wasmtime_config_wasm_gc_set(config, true);
#endif
}

} // namespace embedder
