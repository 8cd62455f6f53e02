// kind: a proposal that fails proposal checks the policy requires (docs/stability-wasm-proposals.md)
// expect-gcc: proposal_fails_required_checks.*Entity = wasmtime_tiers::wasm::threads; unsigned int Wasmtime = 47; Failed_checks = wasmtime_tiers::failed_checks<wasmtime_tiers::proposal_check::finished, wasmtime_tiers::proposal_check::fuzzed>
// expect-clang: proposal_fails_required_checks<wasmtime_tiers::wasm::threads, 47, wasmtime_tiers::failed_checks<wasmtime_tiers::proposal_check::finished, wasmtime_tiers::proposal_check::fuzzed>
// expect-computed: threads fails proposal checks the policy requires in Wasmtime 47 \(Finished: work in progress, Fuzzed: no\); to accept it anyway, waive wasm::threads with a reason
#include <wasmtime_tiers.hpp>
namespace wt = wasmtime_tiers;
using p = wt::policy::requiring_checks<wt::policy::minimum_tier<wt::tier::t2, wt::release<47>>,
                                       wt::proposal_check::finished, wt::proposal_check::fuzzed>;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
WASMTIME_TIERS_REQUIRE(p, wt::wasm::simd, wt::wasm::threads);
#else
WASMTIME_TIERS_REQUIRE(p, wt::wasm::simd, wt::wasm::memory64);
#endif
