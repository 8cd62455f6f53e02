// kind: the runner's own test: a real violation followed by a false error, which the runner must
// refuse (tests/compile_fail/CMakeLists.txt expects its FAIL line)
// expect-gcc: entity_below_policy_tier.*Entity = wasmtime_tiers::wasm::gc
// expect-clang: entity_below_policy_tier<wasmtime_tiers::wasm::gc,
// expect-computed: gc is Tier 3 in Wasmtime 22
#include <wasmtime_tiers.hpp>
namespace wt = wasmtime_tiers;
using t1_22 = wt::policy::minimum_tier<wt::tier::t1, wt::release<22>>;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
WASMTIME_TIERS_REQUIRE(t1_22, wt::wasm::gc);
static_assert(wt::allowed<t1_22, wt::wasm::gc>, "a false follow-on error");
#else
WASMTIME_TIERS_REQUIRE(t1_22, wt::wasm::simd);
#endif
