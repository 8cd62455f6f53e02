// The production-ready policy refuses Wasmtime 49's new Tier 3 target: this file must not compile,
// and the first error names the target.
#define WASMTIME_VERSION_MAJOR 49
#include <wasmtime_tiers.hpp>

namespace wt = wasmtime_tiers;
WASMTIME_TIERS_REQUIRE(wt::policy::production_ready, wt::target::riscv64gc_unknown_frobnix);

int main() {}
