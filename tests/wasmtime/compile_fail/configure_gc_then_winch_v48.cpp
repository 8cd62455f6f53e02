// kind: compiler support (configure<>): use<>() checks what was enabled before it
// flags: -DWASMTIME_TIERS_TARGET=x86_64_unknown_linux_gnu
// wasmtime: 48 defaults
// expect-gcc: compiler_lacks_proposal\(\) \[with Compiler = wasmtime_tiers::backend::winch; Proposal = wasmtime_tiers::wasm::tail_call; Architecture = .*on_x86_64; Support = .*not_supported; unsigned int Wasmtime = 48\]
// expect-clang: compiler_lacks_proposal<wasmtime_tiers::backend::winch, wasmtime_tiers::wasm::tail_call, wasmtime_tiers::diagnostic::on_x86_64, wasmtime_tiers::diagnostic::not_supported, 48>
// expect-computed: Winch does not support tail-call on x86_64 in Wasmtime 48 \("Compiler Support" table: not supported\); Engine::new would fail with "the wasm_tail_call feature is not supported on this compiler configuration"
#include <wasmtime.h>
#include <wasmtime_tiers/wasmtime.hpp>
namespace wt = wasmtime_tiers;
void configure_engine(wasm_config_t* cfg) {
#ifdef WASMTIME_TIERS_EXPECT_FAIL
  wt::configure<wt::policy::production_ready>(cfg)
      .enable<wt::wasm::simd>()
      .enable<wt::wasm::tail_call>()
      .use<wt::backend::winch>();
#else
  wt::configure<wt::policy::production_ready>(cfg)
      .enable<wt::wasm::simd>()
      .enable<wt::wasm::tail_call>()
      .use<wt::backend::cranelift>();
#endif
}
