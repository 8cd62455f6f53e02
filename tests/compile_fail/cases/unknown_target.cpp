// kind: a compile target no table knows (x86-64 without an operating system the tables name)
// flags: -U__linux__
// expect-gcc: #error "wasmtime_tiers: this compile target is in no Wasmtime tier table .*define WASMTIME_TIERS_TARGET
// expect-clang: error: "wasmtime_tiers: this compile target is in no Wasmtime tier table .*define WASMTIME_TIERS_TARGET
// expect-computed: error: "wasmtime_tiers: this compile target is in no Wasmtime tier table .*define WASMTIME_TIERS_TARGET
#ifndef WASMTIME_TIERS_EXPECT_FAIL
#define WASMTIME_TIERS_TARGET x86_64_unknown_linux_gnu
#endif
#include <wasmtime_tiers.hpp>
#ifndef WASMTIME_TIERS_EXPECT_FAIL // without a target, target::host is not declared
static_assert(wasmtime_tiers::entity<wasmtime_tiers::target::host>);
#endif
