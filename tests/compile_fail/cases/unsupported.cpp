// kind: an entity on the release's unsupported list (no policy allows it)
// expect-gcc: entity_unsupported_in_release.*Entity = wasmtime_tiers::wasm::exception_handling; unsigned int Wasmtime = 22
// expect-clang: entity_unsupported_in_release<wasmtime_tiers::wasm::exception_handling, 22>
// expect-computed: exception-handling is on the unsupported list of Wasmtime 22
#include <wasmtime_tiers.hpp>
namespace wt = wasmtime_tiers;
using t3_22 = wt::policy::minimum_tier<wt::tier::t3, wt::release<22>>;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
WASMTIME_TIERS_REQUIRE(t3_22, wt::wasm::exception_handling);
#else
WASMTIME_TIERS_REQUIRE(t3_22, wt::wasm::gc);
#endif
