// kind: include order: a wasmtime_tiers header before Wasmtime's wasmtime.h
// wasmtime: 48 defaults
// expect-gcc: a wasmtime_tiers header was included before Wasmtime's wasmtime.h, so selected_release is not the included Wasmtime's release
// expect-clang: a wasmtime_tiers header was included before Wasmtime's wasmtime.h, so selected_release is not the included Wasmtime's release
// expect-computed: a wasmtime_tiers header was included before Wasmtime's wasmtime.h, so selected_release is not the included Wasmtime's release
#ifdef WASMTIME_TIERS_EXPECT_FAIL
#include <wasmtime_tiers.hpp>
#endif
#include <wasmtime.h>
#include <wasmtime_tiers/wasmtime.hpp>
static_assert(wasmtime_tiers::selected_release::major == WASMTIME_VERSION_MAJOR);
