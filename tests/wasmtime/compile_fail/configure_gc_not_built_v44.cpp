// kind: Wasmtime's configuration rule (configure<>): gc in a Wasmtime built without it (setter still declared before 45)
// flags: -DWASMTIME_TIERS_TARGET=x86_64_unknown_linux_gnu
// wasmtime: 44 CRANELIFT
// expect-gcc: wasmtime_config_rule\(\) \[with Rule = .*support_for_GC_was_disabled_at_compile_time; unsigned int Wasmtime = 44\]
// expect-clang: wasmtime_config_rule<wasmtime_tiers::diagnostic::support_for_GC_was_disabled_at_compile_time, 44>
// expect-computed: Wasmtime 44 refuses this configuration when the engine is created: "support for GC was disabled at compile time"
#include <wasmtime.h>
#include <wasmtime_tiers/wasmtime.hpp>
namespace wt = wasmtime_tiers;
void configure_engine(wasm_config_t* cfg) {
#ifdef WASMTIME_TIERS_EXPECT_FAIL
  wt::configure<wt::policy::not_production_ready>(cfg).enable<wt::wasm::gc>();
#else
  wt::configure<wt::policy::not_production_ready>(cfg).enable<wt::wasm::reference_types>();
#endif
}
