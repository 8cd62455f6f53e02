// kind: a waiver for an entity that meets the policy in every release of the range it covers
// expect-gcc: waiver_not_needed_remove_it.*Entity = wasmtime_tiers::wasm::threads; Tier = .*tier_1_production_ready; unsigned int Wasmtime = 39; Policy_requires = .*tier_1
// expect-clang: waiver_not_needed_remove_it<wasmtime_tiers::wasm::threads, wasmtime_tiers::diagnostic::tier_1_production_ready, 39, wasmtime_tiers::diagnostic::tier_1>
// expect-computed: the waiver for threads is not needed: it meets the policy in every release from Wasmtime 36 to 39 that the waiver covers
#include <wasmtime_tiers.hpp>
#include <wasmtime_tiers/policy_range.hpp>
namespace wt = wasmtime_tiers;
using t1_36_48 = wt::policy::minimum_tier<wt::tier::t1, wt::releases<36, 48>>;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
using p = wt::policy::with_waivers<t1_36_48, wt::waiver<wt::wasm::threads, "Tier 2 from 40", 39>>;
#else
using p = wt::policy::with_waivers<t1_36_48, wt::waiver<wt::wasm::threads, "Tier 2 from 40">>;
#endif
static_assert(wt::allowed<p, wt::wasm::threads, wt::wasm::simd>);
