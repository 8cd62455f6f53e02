// kind: a waiver whose last release has passed
// expect-gcc: waiver_expired_review_it.*Entity = wasmtime_tiers::wasm::gc; unsigned int Valid_until = 21; unsigned int Wasmtime = 22; Tier = .*tier_3_not_production_ready
// expect-clang: waiver_expired_review_it<wasmtime_tiers::wasm::gc, 21, 22, wasmtime_tiers::diagnostic::tier_3_not_production_ready>
// expect-computed: the waiver for gc expired after Wasmtime 21 and the policy checks Wasmtime 22, where it is Tier 3; review the waiver
#include <wasmtime_tiers.hpp>
namespace wt = wasmtime_tiers;
using t1_22 = wt::policy::minimum_tier<wt::tier::t1, wt::release<22>>;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
using p = wt::policy::with_waivers<t1_22, wt::waiver<wt::wasm::gc, "until the upgrade", 21>>;
#else
using p = wt::policy::with_waivers<t1_22, wt::waiver<wt::wasm::gc, "until the upgrade", 23>>;
#endif
static_assert(wt::allowed<p, wt::wasm::gc>);
