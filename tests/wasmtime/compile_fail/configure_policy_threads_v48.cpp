// kind: policy (configure<>): threads is Tier 2 since Wasmtime 40
// flags: -DWASMTIME_TIERS_TARGET=x86_64_unknown_linux_gnu
// wasmtime: 48 defaults
// expect-gcc: entity_below_policy_tier.*Entity = wasmtime_tiers::wasm::threads; Tier = .*tier_2_almost_production_ready; unsigned int Wasmtime = 48; Policy_requires = .*tier_1;
// expect-clang: entity_below_policy_tier<wasmtime_tiers::wasm::threads, wasmtime_tiers::diagnostic::tier_2_almost_production_ready, 48, wasmtime_tiers::diagnostic::tier_1,
// expect-computed: threads is Tier 2 in Wasmtime 48 \(missing: .*\), but the policy requires Tier 1; to accept it anyway, waive wasm::threads with a reason
#include <wasmtime.hh>
#include <wasmtime_tiers/wasmtime.hpp>
using p48 =
    wasmtime_tiers::policy::minimum_tier<wasmtime_tiers::tier::t1, wasmtime_tiers::release<48>>;
void configure_engine() {
  wasmtime::Config cfg;
  wasmtime_tiers::configure<p48>(cfg)
      .enable<wasmtime_tiers::wasm::simd>()
      .enable<wasmtime_tiers::wasm::gc>();
#ifdef WASMTIME_TIERS_EXPECT_FAIL
  wasmtime_tiers::configure<p48>(cfg).enable<wasmtime_tiers::wasm::threads>();
#endif
}
