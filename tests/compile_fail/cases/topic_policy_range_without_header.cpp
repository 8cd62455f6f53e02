// kind: a policy over a range of releases with only the umbrella header, which leaves their checks out
// expect-gcc: which <wasmtime_tiers.hpp> leaves out: #include <wasmtime_tiers/policy_range.hpp>
// expect-clang: which <wasmtime_tiers.hpp> leaves out: #include <wasmtime_tiers/policy_range.hpp>
// expect-computed: which <wasmtime_tiers.hpp> leaves out: #include <wasmtime_tiers/policy_range.hpp>
#include <wasmtime_tiers.hpp>
#ifndef WASMTIME_TIERS_EXPECT_FAIL
#include <wasmtime_tiers/policy_range.hpp>
#endif
namespace wt = wasmtime_tiers;
using production_ready_36_to_48 = wt::policy::minimum_tier<wt::tier::t1, wt::releases<36, 48>>;
WASMTIME_TIERS_REQUIRE(production_ready_36_to_48, wt::wasm::simd,
                       wt::target::x86_64_unknown_linux_gnu);
