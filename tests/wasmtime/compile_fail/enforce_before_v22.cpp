// kind: WASMTIME_TIERS_ENFORCE with a Wasmtime that has no wasmtime/conf.h (before 22)
// expect-gcc: WASMTIME_TIERS_ENFORCE\(Policy\): Wasmtime before 22 has no wasmtime/conf.h, so what is compiled into it cannot be read
// expect-clang: WASMTIME_TIERS_ENFORCE\(Policy\): Wasmtime before 22 has no wasmtime/conf.h, so what is compiled into it cannot be read
// expect-computed: WASMTIME_TIERS_ENFORCE\(Policy\): Wasmtime before 22 has no wasmtime/conf.h, so what is compiled into it cannot be read
#ifdef WASMTIME_TIERS_EXPECT_FAIL
#define WASMTIME_VERSION_MAJOR 21
#else
#define WASMTIME_VERSION_MAJOR 22
#endif
#include <wasmtime_tiers/wasmtime.hpp>
WASMTIME_TIERS_ENFORCE(wasmtime_tiers::policy::not_production_ready);
