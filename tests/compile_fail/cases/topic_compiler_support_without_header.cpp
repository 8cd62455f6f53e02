// kind: architecture_of(triple) with only the umbrella header, which leaves compiler_support.hpp out
// expect-gcc: which <wasmtime_tiers.hpp> leaves out: #include <wasmtime_tiers/compiler_support.hpp>
// expect-clang: which <wasmtime_tiers.hpp> leaves out: #include <wasmtime_tiers/compiler_support.hpp>
// expect-computed: which <wasmtime_tiers.hpp> leaves out: #include <wasmtime_tiers/compiler_support.hpp>
#include <wasmtime_tiers.hpp>
#ifndef WASMTIME_TIERS_EXPECT_FAIL
#include <wasmtime_tiers/compiler_support.hpp>
#endif
namespace wt = wasmtime_tiers;
void target_architecture() { static_cast<void>(wt::architecture_of("aarch64-apple-darwin")); }
