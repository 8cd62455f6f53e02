// kind: a Wasmtime release no shipped text covers
// expect-gcc: static assertion failed: wasmtime_tiers::release<N>: no shipped text of Wasmtime's docs/stability-tiers.md covers this Wasmtime major; known releases: 0 to 48
// expect-clang: release<N>: no shipped text of Wasmtime's docs/stability-tiers.md covers this Wasmtime major; known releases: 0 to 48
// expect-computed: release<N>: no shipped text of Wasmtime's docs/stability-tiers.md covers this Wasmtime major; known releases: 0 to 48
#include <wasmtime_tiers.hpp>
namespace wt = wasmtime_tiers;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
using r = wt::release<4711>;
#else
using r = wt::release<48>;
#endif
[[maybe_unused]] constexpr wt::tier gc_tier = wt::tier_of<wt::wasm::gc, r>;
