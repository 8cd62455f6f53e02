// kind: compiler support (configure<>): Winch does not support gc
// flags: -DWASMTIME_TIERS_TARGET=x86_64_unknown_linux_gnu
// wasmtime: 48 defaults
// expect-gcc: compiler_lacks_proposal\(\) \[with Compiler = wasmtime_tiers::backend::winch; Proposal = wasmtime_tiers::wasm::gc; Architecture = .*on_x86_64; Support = .*not_supported; unsigned int Wasmtime = 48\]
// expect-clang: compiler_lacks_proposal<wasmtime_tiers::backend::winch, wasmtime_tiers::wasm::gc, wasmtime_tiers::diagnostic::on_x86_64, wasmtime_tiers::diagnostic::not_supported, 48>
// expect-computed: Winch does not support gc on x86_64 in Wasmtime 48 \("Compiler Support" table: not supported\); Engine::new would fail with "the wasm_gc feature is not supported on this compiler configuration"
#include <wasmtime.hh>
#include <wasmtime_tiers/wasmtime.hpp>
using p48 =
    wasmtime_tiers::policy::minimum_tier<wasmtime_tiers::tier::t1, wasmtime_tiers::release<48>>;
void configure_engine() {
  wasmtime::Config cfg;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
  wasmtime_tiers::configure<p48>(cfg)
      .use<wasmtime_tiers::backend::winch>()
      .enable<wasmtime_tiers::wasm::gc>();
#else
  wasmtime_tiers::configure<p48>(cfg)
      .use<wasmtime_tiers::backend::winch>()
      .enable<wasmtime_tiers::wasm::simd>();
#endif
}
