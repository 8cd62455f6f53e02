// kind: something that is not an entity checked against a policy
// expect-gcc: an argument after the policy is not an entity tag type such as wasmtime_tiers::wasm::simd
// expect-clang: an argument after the policy is not an entity tag type such as wasmtime_tiers::wasm::simd
// expect-computed: an argument after the policy is not an entity tag type such as wasmtime_tiers::wasm::simd
#include <wasmtime_tiers.hpp>
namespace wt = wasmtime_tiers;
struct simd {};
#ifdef WASMTIME_TIERS_EXPECT_FAIL
WASMTIME_TIERS_REQUIRE(wt::policy::production_ready, simd);
#else
WASMTIME_TIERS_REQUIRE(wt::policy::production_ready, wt::wasm::simd);
#endif
