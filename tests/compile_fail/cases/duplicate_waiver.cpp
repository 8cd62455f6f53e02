// kind: one entity waived twice
// expect-gcc: entity_waived_twice.*Entity = wasmtime_tiers::wasm::gc
// expect-clang: entity_waived_twice<wasmtime_tiers::wasm::gc>
// expect-computed: gc is waived twice in one policy; keep one waiver
#include <wasmtime_tiers.hpp>
namespace wt = wasmtime_tiers;
using t1_22 = wt::policy::minimum_tier<wt::tier::t1, wt::release<22>>;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
using p = wt::policy::with_waivers<t1_22, wt::waiver<wt::wasm::gc, "one">,
                                   wt::waiver<wt::wasm::gc, "two">>;
#else
using p = wt::policy::with_waivers<t1_22, wt::waiver<wt::wasm::gc, "one">,
                                   wt::waiver<wt::wasm::memory64, "two">>;
#endif
WASMTIME_TIERS_REQUIRE(p, wt::wasm::gc, wt::wasm::memory64);
