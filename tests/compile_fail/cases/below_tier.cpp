// kind: an entity below the tier the policy requires
// expect-gcc: entity_below_policy_tier.*Entity = wasmtime_tiers::wasm::gc; Tier = .*tier_3_not_production_ready; unsigned int Wasmtime = 22; Policy_requires = .*tier_1; Missing = wasmtime_tiers::requirements<wasmtime_tiers::requirement::complete_implementation>; To_accept_it = .*waive_with_a_reason<wasmtime_tiers::wasm::gc>
// expect-clang: entity_below_policy_tier<wasmtime_tiers::wasm::gc, wasmtime_tiers::diagnostic::tier_3_not_production_ready, 22, wasmtime_tiers::diagnostic::tier_1, wasmtime_tiers::requirements<wasmtime_tiers::requirement::complete_implementation>, wasmtime_tiers::diagnostic::waive_with_a_reason<wasmtime_tiers::wasm::gc>>
// expect-computed: gc is Tier 3 in Wasmtime 22 \(missing: Complete implementation\), but the policy requires Tier 1; to accept it anyway, waive wasm::gc with a reason
#include <wasmtime_tiers.hpp>
namespace wt = wasmtime_tiers;
using t1_22 = wt::policy::minimum_tier<wt::tier::t1, wt::release<22>>;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
WASMTIME_TIERS_REQUIRE(t1_22, wt::wasm::simd, wt::wasm::gc);
#else
WASMTIME_TIERS_REQUIRE(t1_22, wt::wasm::simd, wt::wasi::http);
#endif
