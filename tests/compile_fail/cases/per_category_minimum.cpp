// kind: below a per-category minimum (targets need Tier 1, everything else Tier 2)
// expect-gcc: entity_below_policy_tier.*Entity = wasmtime_tiers::target::aarch64_apple_darwin; Tier = .*tier_2_almost_production_ready; unsigned int Wasmtime = 22; Policy_requires = .*tier_1; Missing = wasmtime_tiers::requirements<wasmtime_tiers::requirement::continuous_fuzzing>
// expect-clang: entity_below_policy_tier<wasmtime_tiers::target::aarch64_apple_darwin, wasmtime_tiers::diagnostic::tier_2_almost_production_ready, 22, wasmtime_tiers::diagnostic::tier_1, wasmtime_tiers::requirements<wasmtime_tiers::requirement::continuous_fuzzing>
// expect-computed: aarch64-apple-darwin is Tier 2 in Wasmtime 22 \(missing: Continuous fuzzing\), but the policy requires Tier 1 for a target; to accept it anyway, waive target::aarch64_apple_darwin with a reason
#include <wasmtime_tiers.hpp>
namespace wt = wasmtime_tiers;
using p = wt::policy::per_category<wt::policy::minimum_tier<wt::tier::t2, wt::release<22>>,
                                   wt::policy::for_category<wt::category::target, wt::tier::t1>>;
WASMTIME_TIERS_REQUIRE(p, wt::backend::winch_on_x86_64, wt::wasm::memory64);
#ifdef WASMTIME_TIERS_EXPECT_FAIL
WASMTIME_TIERS_REQUIRE(p, wt::target::aarch64_apple_darwin);
#else
WASMTIME_TIERS_REQUIRE(p, wt::target::x86_64_apple_darwin);
#endif
