// kind: include order (configure<>): Wasmtime's header included after this library's
// wasmtime: 48 defaults
// expect-gcc: configure<Policy>\(config\): WASMTIME_VERSION_MAJOR was not defined when <wasmtime_tiers/wasmtime.hpp> was first included
// expect-clang: configure<Policy>\(config\): WASMTIME_VERSION_MAJOR was not defined when <wasmtime_tiers/wasmtime.hpp> was first included
// expect-computed: configure<Policy>\(config\): WASMTIME_VERSION_MAJOR was not defined when <wasmtime_tiers/wasmtime.hpp> was first included
#ifdef WASMTIME_TIERS_EXPECT_FAIL
#include <wasmtime_tiers/wasmtime.hpp>
#include <wasmtime.h>
#else
#include <wasmtime.h>
#include <wasmtime_tiers/wasmtime.hpp>
#endif
void configure_engine(wasm_config_t* cfg) {
  wasmtime_tiers::configure<wasmtime_tiers::policy::production_ready>(cfg)
      .enable<wasmtime_tiers::wasm::simd>();
}
