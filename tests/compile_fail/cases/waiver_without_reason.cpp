// kind: a waiver without a reason
// expect-gcc: waiver_needs_a_reason.*Entity = wasmtime_tiers::wasm::gc
// expect-clang: waiver_needs_a_reason<wasmtime_tiers::wasm::gc>
// expect-computed: the waiver for gc has an empty reason; write why the project accepts it
#include <wasmtime_tiers.hpp>
namespace wt = wasmtime_tiers;
using t1_22 = wt::policy::minimum_tier<wt::tier::t1, wt::release<22>>;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
using p = wt::policy::with_waivers<t1_22, wt::waiver<wt::wasm::gc, "">>;
#else
using p = wt::policy::with_waivers<t1_22, wt::waiver<wt::wasm::gc, "fuzzed in-house">>;
#endif
WASMTIME_TIERS_REQUIRE(p, wt::wasm::gc);
