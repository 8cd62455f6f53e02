// kind: setter missing in the included Wasmtime (configure<>): Wasmtime has no setter for mutable-globals
// flags: -DWASMTIME_TIERS_TARGET=x86_64_unknown_linux_gnu
// wasmtime: 48 defaults
// expect-gcc: setter_missing_in_wasmtime\(\) \[with Setter = .*for_proposal<wasmtime_tiers::wasm::mutable_globals>; unsigned int Wasmtime = 48; Why = .*no_setter_in_any_wasmtime_release\]
// expect-clang: setter_missing_in_wasmtime<wasmtime_tiers::diagnostic::setter::for_proposal<wasmtime_tiers::wasm::mutable_globals>, 48, wasmtime_tiers::diagnostic::no_setter_in_any_wasmtime_release>
// expect-computed: a setter \(to enable mutable-globals\) is not in the included Wasmtime 48: Wasmtime has no setter for it in any release
#include <wasmtime.h>
#include <wasmtime_tiers/wasmtime.hpp>
namespace wt = wasmtime_tiers;
void configure_engine(wasm_config_t* cfg) {
#ifdef WASMTIME_TIERS_EXPECT_FAIL
  wt::configure<wt::policy::production_ready>(cfg).enable<wt::wasm::mutable_globals>();
#else
  wt::configure<wt::policy::production_ready>(cfg).enable<wt::wasm::multi_value>();
#endif
}
