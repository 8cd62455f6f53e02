// kind: an entity the release's text does not mention
// expect-gcc: entity_not_in_release_table.*Entity = wasmtime_tiers::wasm::wide_arithmetic; unsigned int Wasmtime = 22
// expect-clang: entity_not_in_release_table<wasmtime_tiers::wasm::wide_arithmetic, 22>
// expect-computed: wide-arithmetic is not in the tier table of Wasmtime 22
#include <wasmtime_tiers.hpp>
namespace wt = wasmtime_tiers;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
WASMTIME_TIERS_REQUIRE(wt::policy::minimum_tier<wt::tier::t3, wt::release<22>>,
                       wt::wasm::wide_arithmetic);
#else
WASMTIME_TIERS_REQUIRE(wt::policy::minimum_tier<wt::tier::t3, wt::release<27>>,
                       wt::wasm::wide_arithmetic);
#endif
