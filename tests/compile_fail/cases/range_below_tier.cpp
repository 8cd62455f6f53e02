// kind: an entity below the policy's tier in one release of a range
// expect-gcc: entity_below_policy_tier.*Entity = wasmtime_tiers::wasm::threads; Tier = .*tier_2_almost_production_ready; unsigned int Wasmtime = 40; Policy_requires = .*tier_1;
// expect-clang: entity_below_policy_tier<wasmtime_tiers::wasm::threads, wasmtime_tiers::diagnostic::tier_2_almost_production_ready, 40, wasmtime_tiers::diagnostic::tier_1,
// expect-computed: threads is Tier 2 in Wasmtime 40 \(missing: .*\), but the policy requires Tier 1; to accept it anyway, waive wasm::threads with a reason
#include <wasmtime_tiers.hpp>
#include <wasmtime_tiers/policy_range.hpp>
namespace wt = wasmtime_tiers;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
using t1_36_48 = wt::policy::minimum_tier<wt::tier::t1, wt::releases<36, 48>>;
#else
using t1_36_48 = wt::policy::minimum_tier<wt::tier::t1, wt::releases<36, 39>>;
#endif
WASMTIME_TIERS_REQUIRE(t1_36_48, wt::wasm::threads);
