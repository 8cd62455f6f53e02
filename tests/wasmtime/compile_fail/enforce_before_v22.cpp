// kind: WASMTIME_TIERS_ENFORCE with a Wasmtime that has no wasmtime/conf.h (before 22)
// wasmtime: 22 CRANELIFT
// wasmtime-fail: 21
// expect-gcc: WASMTIME_TIERS_ENFORCE\(Policy\): Wasmtime before 22 has no wasmtime/conf.h, so what is compiled into it cannot be read
// expect-clang: WASMTIME_TIERS_ENFORCE\(Policy\): Wasmtime before 22 has no wasmtime/conf.h, so what is compiled into it cannot be read
// expect-computed: WASMTIME_TIERS_ENFORCE\(Policy\): Wasmtime before 22 has no wasmtime/conf.h, so what is compiled into it cannot be read
#include <wasmtime.h>
#include <wasmtime_tiers/wasmtime.hpp>
WASMTIME_TIERS_ENFORCE(wasmtime_tiers::policy::not_production_ready);
