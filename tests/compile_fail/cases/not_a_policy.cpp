// kind: a type that is not a policy used as one
// expect-gcc: the first argument is not a policy; use wasmtime_tiers::policy::minimum_tier
// expect-clang: the first argument is not a policy; use wasmtime_tiers::policy::minimum_tier
// expect-computed: the first argument is not a policy; use wasmtime_tiers::policy::minimum_tier
#include <wasmtime_tiers.hpp>
namespace wt = wasmtime_tiers;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
WASMTIME_TIERS_REQUIRE(wt::tier, wt::wasm::simd);
#else
WASMTIME_TIERS_REQUIRE(wt::policy::not_production_ready, wt::wasm::simd);
#endif
