// kind: a proposal query (check_of) with only the umbrella header, which leaves the proposal tables out
// expect-gcc: which <wasmtime_tiers.hpp> leaves out: #include <wasmtime_tiers/proposal_matrix.hpp>
// expect-clang: which <wasmtime_tiers.hpp> leaves out: #include <wasmtime_tiers/proposal_matrix.hpp>
// expect-computed: compiles (where static_assert messages are computed, check.hpp includes explain.hpp, whose sentences read the proposal tables)
#include <wasmtime_tiers.hpp>
#ifndef WASMTIME_TIERS_EXPECT_FAIL
#include <wasmtime_tiers/proposal_matrix.hpp>
#endif
namespace wt = wasmtime_tiers;
inline constexpr wt::check_status gc_fuzzed =
    wt::check_of<wt::wasm::gc, wt::proposal_check::fuzzed, wt::release<48>>;
static_assert(wt::is_proposals_release(48) && !wt::is_proposals_release(26));
