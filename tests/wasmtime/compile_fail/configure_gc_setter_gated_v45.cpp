// kind: setter missing in the included Wasmtime (configure<>): from 45 on, wasm_gc is declared only with WASMTIME_FEATURE_GC
// flags: -DWASMTIME_TIERS_TARGET=x86_64_unknown_linux_gnu
// wasmtime: 45 CRANELIFT
// expect-gcc: setter_missing_in_wasmtime\(\) \[with Setter = .*wasmtime_config_wasm_gc_set; unsigned int Wasmtime = 45; Why = .*declared_only_with_WASMTIME_FEATURE_GC\]
// expect-clang: setter_missing_in_wasmtime<wasmtime_tiers::diagnostic::setter::wasmtime_config_wasm_gc_set, 45, wasmtime_tiers::diagnostic::declared_only_with_WASMTIME_FEATURE_GC>
// expect-computed: wasmtime_config_wasm_gc_set \(to enable gc\) is not in the included Wasmtime 45: its headers declare it only where WASMTIME_FEATURE_GC is defined
#include <wasmtime.h>
#include <wasmtime_tiers/wasmtime.hpp>
namespace wt = wasmtime_tiers;
void configure_engine(wasm_config_t* cfg) {
#ifdef WASMTIME_TIERS_EXPECT_FAIL
  wt::configure<wt::policy::not_production_ready>(cfg).enable<wt::wasm::gc>();
#else
  wt::configure<wt::policy::not_production_ready>(cfg).enable<wt::wasm::simd>();
#endif
}
