// kind: a field of a build description (Boost.PFR) below the policy
// expect-gcc: entity_below_policy_tier.*Entity = wasmtime_tiers::wasm::gc; Tier = .*tier_3_not_production_ready; unsigned int Wasmtime = 22
// expect-clang: entity_below_policy_tier<wasmtime_tiers::wasm::gc, wasmtime_tiers::diagnostic::tier_3_not_production_ready, 22
// expect-computed: gc is Tier 3 in Wasmtime 22 \(missing: Complete implementation\), but the policy requires Tier 1
#include <wasmtime_tiers.hpp>
#include <wasmtime_tiers/reflect.hpp>
namespace wt = wasmtime_tiers;
struct build {
  wt::on<wt::wasm::simd> simd;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
  wt::on<wt::wasm::gc> gc;
#else
  wt::off<wt::wasm::gc> gc;
#endif
};
using t1_22 = wt::policy::minimum_tier<wt::tier::t1, wt::release<22>>;
WASMTIME_TIERS_REQUIRE_BUILD(t1_22, build);
