// kind: a range that reaches past the known releases
// expect-gcc: static assertion failed: wasmtime_tiers::releases<First, Last>: no shipped text of Wasmtime's docs/stability-tiers.md covers some release of the range; known releases: 0 to
// expect-clang: static.assert(ion)? failed .*wasmtime_tiers::releases<First, Last>: no shipped text of Wasmtime's docs/stability-tiers.md covers some release of the range; known releases: 0 to
// expect-computed: wasmtime_tiers::releases<First, Last>: no shipped text of Wasmtime's docs/stability-tiers.md covers some release of the range; known releases: 0 to
#include <wasmtime_tiers.hpp>
#include <wasmtime_tiers/policy_range.hpp>
namespace wt = wasmtime_tiers;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
using p = wt::policy::minimum_tier<wt::tier::t1, wt::releases<36, 480>>;
#else
using p = wt::policy::minimum_tier<wt::tier::t1, wt::releases<36, 48>>;
#endif
static_assert(wt::allowed<p, wt::wasm::simd>);
