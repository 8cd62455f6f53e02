// kind: Wasmtime's configuration rule (configure<>): a compiler that is not compiled in
// flags: -DWASMTIME_TIERS_TARGET=x86_64_unknown_linux_gnu
// wasmtime: 48 WINCH
// expect-gcc: wasmtime_config_rule\(\) \[with Rule = .*cranelift_support_not_compiled_in; unsigned int Wasmtime = 48\]
// expect-clang: wasmtime_config_rule<wasmtime_tiers::diagnostic::cranelift_support_not_compiled_in, 48>
// expect-computed: Wasmtime 48 refuses this configuration when the engine is created: "cranelift support not compiled in" \(WASMTIME_FEATURE_CRANELIFT is not defined\)
#include <wasmtime.h>
#include <wasmtime_tiers/wasmtime.hpp>
namespace wt = wasmtime_tiers;
void configure_engine(wasm_config_t* cfg) {
#ifdef WASMTIME_TIERS_EXPECT_FAIL
  wt::configure<wt::policy::production_ready>(cfg).use<wt::backend::cranelift>();
#else
  wt::configure<wt::policy::production_ready>(cfg).use<wt::backend::winch>();
#endif
}
