// kind: a waiver that the composed policy does not need (stale), though the policy it was written in does
// expect-gcc: waiver_not_needed_remove_it.*Entity = wasmtime_tiers::wasm::gc; Tier = .*tier_3_not_production_ready; unsigned int Wasmtime = 22; Policy_requires = .*tier_3_or_better
// expect-clang: waiver_not_needed_remove_it<wasmtime_tiers::wasm::gc, wasmtime_tiers::diagnostic::tier_3_not_production_ready, 22, wasmtime_tiers::diagnostic::tier_3_or_better>
// expect-computed: the waiver for gc is not needed: it is Tier 3 in Wasmtime 22 and the policy requires Tier 3 or better; remove the waiver
#include <wasmtime_tiers.hpp>
namespace wt = wasmtime_tiers;
using t1_22 = wt::policy::minimum_tier<wt::tier::t1, wt::release<22>>;
using waived = wt::policy::with_waivers<t1_22, wt::waiver<wt::wasm::gc, "fuzzed in-house">>;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
// Tier 3 proposals are allowed by the composed policy: the waiver for gc has gone stale.
using p =
    wt::policy::per_category<waived,
                             wt::policy::for_category<wt::category::wasm_proposal, wt::tier::t3>>;
#else
using p =
    wt::policy::per_category<waived, wt::policy::for_category<wt::category::backend, wt::tier::t2>>;
#endif
WASMTIME_TIERS_REQUIRE(p, wt::wasm::gc, wt::wasm::simd);
