// kind: a waiver for an entity that meets the policy already (stale)
// expect-gcc: waiver_not_needed_remove_it.*Entity = wasmtime_tiers::wasm::simd; Tier = .*tier_1_production_ready; unsigned int Wasmtime = 22; Policy_requires = .*tier_1
// expect-clang: waiver_not_needed_remove_it<wasmtime_tiers::wasm::simd, wasmtime_tiers::diagnostic::tier_1_production_ready, 22, wasmtime_tiers::diagnostic::tier_1>
// expect-computed: the waiver for simd is not needed: it is Tier 1 in Wasmtime 22 and the policy requires Tier 1; remove the waiver
#include <wasmtime_tiers.hpp>
namespace wt = wasmtime_tiers;
using t1_22 = wt::policy::minimum_tier<wt::tier::t1, wt::release<22>>;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
using p = wt::policy::with_waivers<t1_22, wt::waiver<wt::wasm::simd, "we ship simd">>;
#else
using p = wt::policy::with_waivers<t1_22, wt::waiver<wt::wasm::gc, "our own gc tests cover it">>;
#endif
WASMTIME_TIERS_REQUIRE(p, wt::wasm::gc, wt::wasm::simd);
