// kind: Wasmtime's configuration rule (configure<>): Winch compiles for x86_64 and aarch64 only
// flags: -DWASMTIME_TIERS_TARGET=s390x_unknown_linux_gnu
// wasmtime: 48 defaults
// expect-gcc: wasmtime_config_rule\(\) \[with Rule = .*winch_says_this_target_is_not_supported_yet; unsigned int Wasmtime = 48\]
// expect-clang: wasmtime_config_rule<wasmtime_tiers::diagnostic::winch_says_this_target_is_not_supported_yet, 48>
// expect-computed: Winch compiles for x86_64 and aarch64 only, not for s390x; Wasmtime 48 fails with "This target is not supported yet"
#include <wasmtime.h>
#include <wasmtime_tiers/wasmtime.hpp>
namespace wt = wasmtime_tiers;
void configure_engine(wasm_config_t* cfg) {
#ifdef WASMTIME_TIERS_EXPECT_FAIL
  wt::configure<wt::policy::production_ready>(cfg).use<wt::backend::winch>();
#else
  wt::configure<wt::policy::production_ready>(cfg).use<wt::backend::cranelift>();
#endif
}
