// kind: a waiver for an entity on the unsupported list (no waiver can accept it)
// expect-gcc: waiver_cannot_accept_entity.*Entity = wasmtime_tiers::wasm::exception_handling; Tier = .*on_the_unsupported_list; unsigned int Wasmtime = 22
// expect-clang: waiver_cannot_accept_entity<wasmtime_tiers::wasm::exception_handling, wasmtime_tiers::diagnostic::on_the_unsupported_list, 22>
// expect-computed: no waiver can accept exception-handling: it is on the unsupported list of Wasmtime 22; remove the waiver
#include <wasmtime_tiers.hpp>
namespace wt = wasmtime_tiers;
using t1_22 = wt::policy::minimum_tier<wt::tier::t1, wt::release<22>>;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
using p = wt::policy::with_waivers<t1_22, wt::waiver<wt::wasm::exception_handling, "we need it">>;
#else
using p =
    wt::policy::with_waivers<t1_22, wt::waiver<wt::wasm::memory64, "we need 64-bit memories">>;
#endif
WASMTIME_TIERS_REQUIRE(p, wt::wasm::simd);
