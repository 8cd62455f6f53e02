// kind: include order: WASMTIME_TIERS_ENFORCE without Wasmtime's version macro
// wasmtime: 30 CRANELIFT
// expect-gcc: WASMTIME_TIERS_ENFORCE\(Policy\): WASMTIME_VERSION_MAJOR was not defined when <wasmtime_tiers/wasmtime.hpp> was first included, and no Wasmtime header came before it; include Wasmtime's wasmtime.h
// expect-clang: WASMTIME_TIERS_ENFORCE\(Policy\): WASMTIME_VERSION_MAJOR was not defined when <wasmtime_tiers/wasmtime.hpp> was first included, and no Wasmtime header came before it; include Wasmtime's wasmtime.h
// expect-computed: WASMTIME_TIERS_ENFORCE\(Policy\): WASMTIME_VERSION_MAJOR was not defined when <wasmtime_tiers/wasmtime.hpp> was first included, and no Wasmtime header came before it; include Wasmtime's wasmtime.h
#ifndef WASMTIME_TIERS_EXPECT_FAIL
#include <wasmtime.h>
#endif
#include <wasmtime_tiers/wasmtime.hpp>
WASMTIME_TIERS_ENFORCE(wasmtime_tiers::policy::not_production_ready);
