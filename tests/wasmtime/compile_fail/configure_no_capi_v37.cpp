// kind: setter missing in the included Wasmtime (configure<>): no Config member, and no Config::capi() before 39
// flags: -DWASMTIME_TIERS_TARGET=x86_64_unknown_linux_gnu
// wasmtime: 37 defaults
// expect-gcc: setter_missing_in_wasmtime\(\) \[with Setter = .*wasmtime_config_wasm_stack_switching_set; unsigned int Wasmtime = 37; Why = .*no_Config_member_and_no_Config_capi_before_wasmtime_39\]
// expect-clang: setter_missing_in_wasmtime<wasmtime_tiers::diagnostic::setter::wasmtime_config_wasm_stack_switching_set, 37, wasmtime_tiers::diagnostic::no_Config_member_and_no_Config_capi_before_wasmtime_39>
// expect-computed: wasmtime_config_wasm_stack_switching_set \(to disable stack-switching\) is not in the included Wasmtime 37: wasmtime::Config has no member for it, and no capi\(\) before Wasmtime 39
#include <wasmtime.hh>
#include <wasmtime_tiers/wasmtime.hpp>
namespace wt = wasmtime_tiers;
void configure_engine() {
  wasmtime::Config cfg;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
  wt::configure<wt::policy::production_ready>(cfg).disable<wt::wasm::stack_switching>();
#else
  wt::configure<wt::policy::production_ready>(cfg).disable<wt::wasm::threads>();
#endif
}
