// kind: a policy asking for a tier that is not Tier 1, 2 or 3
// expect-gcc: policy::minimum_tier<T, R>: T must be tier::t1, tier::t2 or tier::t3
// expect-clang: policy::minimum_tier<T, R>: T must be tier::t1, tier::t2 or tier::t3
// expect-computed: policy::minimum_tier<T, R>: T must be tier::t1, tier::t2 or tier::t3
#include <wasmtime_tiers.hpp>
namespace wt = wasmtime_tiers;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
using p = wt::policy::minimum_tier<wt::tier::unsupported, wt::release<22>>;
#else
using p = wt::policy::minimum_tier<wt::tier::t3, wt::release<22>>;
#endif
WASMTIME_TIERS_REQUIRE(p, wt::wasm::gc);
