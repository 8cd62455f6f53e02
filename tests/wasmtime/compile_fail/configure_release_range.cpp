// kind: configure<Policy>(config) with a policy over a range of releases (the engine is one release)
// flags: -DWASMTIME_TIERS_TARGET=x86_64_unknown_linux_gnu
// wasmtime: 48 defaults
// expect-gcc: configure<Policy>\(config\): the policy names a range of releases \(releases<A, B>\), but an engine is configured for the one included Wasmtime
// expect-clang: configure<Policy>\(config\): the policy names a range of releases \(releases<A, B>\), but an engine is configured for the one included Wasmtime
// expect-computed: configure<Policy>\(config\): the policy names a range of releases \(releases<A, B>\), but an engine is configured for the one included Wasmtime
#include <wasmtime.hh>
#include <wasmtime_tiers/wasmtime.hpp>
namespace wt = wasmtime_tiers;
void configure_engine() {
  wasmtime::Config cfg;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
  wt::configure<wt::policy::minimum_tier<wt::tier::t1, wt::releases<36, 48>>>(cfg)
      .enable<wt::wasm::simd>();
#else
  wt::configure<wt::policy::minimum_tier<wt::tier::t1>>(cfg).enable<wt::wasm::simd>();
#endif
}
