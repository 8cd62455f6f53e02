// kind: Wasmtime's configuration rule (configure<>): relaxed-simd needs simd
// flags: -DWASMTIME_TIERS_TARGET=x86_64_unknown_linux_gnu
// wasmtime: 48 defaults
// expect-gcc: wasmtime_config_rule\(\) \[with Rule = .*cannot_disable_the_simd_proposal_but_enable_the_relaxed_simd_proposal; unsigned int Wasmtime = 48\]
// expect-clang: wasmtime_config_rule<wasmtime_tiers::diagnostic::cannot_disable_the_simd_proposal_but_enable_the_relaxed_simd_proposal, 48>
// expect-computed: Wasmtime 48 refuses this configuration when the engine is created: "cannot disable the simd proposal but enable the relaxed simd proposal"
#include <wasmtime.hh>
#include <wasmtime_tiers/wasmtime.hpp>
namespace wt = wasmtime_tiers;
void configure_engine() {
  wasmtime::Config cfg;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
  wt::configure<wt::policy::production_ready>(cfg)
      .disable<wt::wasm::simd>()
      .enable<wt::wasm::relaxed_simd>();
#else
  wt::configure<wt::policy::production_ready>(cfg)
      .disable<wt::wasm::simd>()
      .enable<wt::wasm::simd>()
      .enable<wt::wasm::relaxed_simd>();
#endif
}
