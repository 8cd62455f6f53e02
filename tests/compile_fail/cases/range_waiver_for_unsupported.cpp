// kind: a waiver for an entity that has no tier in any release of the range it covers
// expect-gcc: waiver_cannot_accept_entity.*Entity = wasmtime_tiers::wasi::crypto; Tier = .*on_the_unsupported_list; unsigned int Wasmtime = 22
// expect-clang: waiver_cannot_accept_entity<wasmtime_tiers::wasi::crypto, wasmtime_tiers::diagnostic::on_the_unsupported_list, 22>
// expect-computed: no waiver can accept wasi-crypto: it has no tier \(unsupported or not in the tier table\) in any of Wasmtime 22 to 30; remove the waiver
#include <wasmtime_tiers.hpp>
#include <wasmtime_tiers/policy_range.hpp>
namespace wt = wasmtime_tiers;
using t1_22_30 = wt::policy::minimum_tier<wt::tier::t1, wt::releases<22, 30>>;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
using p = wt::policy::with_waivers<t1_22_30, wt::waiver<wt::wasi::crypto, "an experiment">>;
#else
using p = wt::policy::with_waivers<t1_22_30, wt::waiver<wt::wasi::nn, "an experiment">>;
#endif
static_assert(wt::allowed<p, wt::wasm::simd>);
