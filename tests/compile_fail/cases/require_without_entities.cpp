// kind: WASMTIME_TIERS_REQUIRE with a policy and no entity
// expect-gcc: static assertion failed: WASMTIME_TIERS_REQUIRE\(Policy, Entities...\): name at least one entity after the policy
// expect-clang: static.assert(ion)? failed .*"?WASMTIME_TIERS_REQUIRE\(Policy, Entities...\): name at least one entity after the policy
// expect-computed: WASMTIME_TIERS_REQUIRE\(Policy, Entities...\): name at least one entity after the policy
#include <wasmtime_tiers.hpp>
namespace wt = wasmtime_tiers;
using t1_22 = wt::policy::minimum_tier<wt::tier::t1, wt::release<22>>;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
WASMTIME_TIERS_REQUIRE(t1_22);
#else
WASMTIME_TIERS_REQUIRE(t1_22, wt::wasm::simd);
#endif
