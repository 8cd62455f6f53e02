// kind: proposal checks added around a policy whose waiver they need (the twin: the waiver is kept, and is not stale)
// expect-gcc: proposal_fails_required_checks.*Entity = wasmtime_tiers::wasm::component_model; unsigned int Wasmtime = 47; Failed_checks = wasmtime_tiers::failed_checks<wasmtime_tiers::proposal_check::fuzzed>
// expect-clang: proposal_fails_required_checks<wasmtime_tiers::wasm::component_model, 47, wasmtime_tiers::failed_checks<wasmtime_tiers::proposal_check::fuzzed>
// expect-computed: component-model fails proposal checks the policy requires in Wasmtime 47 \(Fuzzed: work in progress\); to accept it anyway, waive wasm::component_model with a reason
#include <wasmtime_tiers.hpp>
namespace wt = wasmtime_tiers;
using t1_47 = wt::policy::minimum_tier<wt::tier::t1, wt::release<47>>;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
using base = t1_47;
#else
// component-model is Tier 1 in Wasmtime 47, so t1_47 alone does not need this waiver; the
// composed policy, which also requires Fuzzed, does.
using base =
    wt::policy::with_waivers<t1_47, wt::waiver<wt::wasm::component_model, "fuzzed in-house">>;
#endif
using p = wt::policy::requiring_checks<base, wt::proposal_check::fuzzed>;
WASMTIME_TIERS_REQUIRE(p, wt::wasm::component_model, wt::wasm::simd);
