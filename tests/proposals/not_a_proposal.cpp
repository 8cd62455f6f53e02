// Compile-fail case: the matrix queries take WebAssembly proposals only. Compiles as it is; with
// WASMTIME_TIERS_EXPECT_FAIL it asks for the checks of a target, which must not compile.
#include <wasmtime_tiers/proposal_matrix.hpp>

namespace wt = wasmtime_tiers;

#ifdef WASMTIME_TIERS_EXPECT_FAIL
using queried = wt::target::x86_64_unknown_linux_gnu;
#else
using queried = wt::wasm::gc;
#endif

constexpr wt::check_status status = wt::check_of<queried, wt::proposal_check::api, wt::release<47>>;

int main() { return status == wt::check_status::yes ? 0 : 1; }
