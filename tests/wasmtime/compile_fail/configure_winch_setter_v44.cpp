// kind: setter missing in the included Wasmtime (configure<>): the Winch strategy exists from 45 on
// flags: -DWASMTIME_TIERS_TARGET=x86_64_unknown_linux_gnu
// wasmtime: 44 defaults
// expect-gcc: setter_missing_in_wasmtime\(\) \[with Setter = .*Config_strategy_Strategy_Winch; unsigned int Wasmtime = 44; Why = .*declared_from_wasmtime<45>\]
// expect-clang: setter_missing_in_wasmtime<wasmtime_tiers::diagnostic::setter::Config_strategy_Strategy_Winch, 44, wasmtime_tiers::diagnostic::declared_from_wasmtime<45>>
// expect-computed: wasmtime::Config::strategy\(Strategy::Winch\) \(to use Winch\) is not in the included Wasmtime 44: Wasmtime declares it from 45 on
#include <wasmtime.hh>
#include <wasmtime_tiers/wasmtime.hpp>
namespace wt = wasmtime_tiers;
void configure_engine() {
  wasmtime::Config cfg;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
  wt::configure<wt::policy::production_ready>(cfg).use<wt::backend::winch>();
#else
  wt::configure<wt::policy::production_ready>(cfg).use<wt::backend::cranelift>();
#endif
}
