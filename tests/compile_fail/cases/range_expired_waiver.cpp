// kind: a waiver that expired before the first release of the policy's range
// expect-gcc: waiver_expired_review_it.*Entity = wasmtime_tiers::wasm::gc; unsigned int Valid_until = 35; unsigned int Wasmtime = 36; Tier = .*tier_2_almost_production_ready
// expect-clang: waiver_expired_review_it<wasmtime_tiers::wasm::gc, 35, 36, wasmtime_tiers::diagnostic::tier_2_almost_production_ready>
// expect-computed: the waiver for gc expired after Wasmtime 35 and the policy checks Wasmtime 36 to 48; in 36 it is Tier 2; review the waiver
#include <wasmtime_tiers.hpp>
#include <wasmtime_tiers/policy_range.hpp>
namespace wt = wasmtime_tiers;
using t1_36_48 = wt::policy::minimum_tier<wt::tier::t1, wt::releases<36, 48>>;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
using p =
    wt::policy::with_waivers<t1_36_48, wt::waiver<wt::wasm::gc, "until the upgrade to 47", 35>>;
#else
using p =
    wt::policy::with_waivers<t1_36_48, wt::waiver<wt::wasm::gc, "until the upgrade to 47", 46>>;
#endif
static_assert(wt::allowed<p, wt::wasm::gc>);
