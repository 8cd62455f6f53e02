// An embedder's Wasmtime configuration: the host target, the Cranelift backend, ten WebAssembly
// proposals and two WASI interfaces, pinned to Wasmtime 48.
//
//   EMBEDDER_CHECKS=0  the plain configuration code, without wasmtime-tiers;
//   EMBEDDER_CHECKS=1  the same code with every check an embedder would write: policy checks
//                      (WASMTIME_TIERS_REQUIRE, the `allowed` concept), static_asserts on tiers and
//                      `if constexpr` on tiers choosing what to enable;
//   EMBEDDER_CHECKS=2  as 1, and the configuration also prints a name from the tables at run time,
//                      which must leave a trace in the object file (the control of the test).
//
// The compile-time benchmark measures EMBEDDER_CHECKS=1 with -fsyntax-only; tests/benchmarks
// compiles all three with -O2 and requires 0 and 1 to have the same .text, .data, .rodata and .bss.
#ifndef EMBEDDER_CHECKS
#define EMBEDDER_CHECKS 1
#endif

#include <cstdio>

#if EMBEDDER_CHECKS
#include <wasmtime_tiers.hpp>

namespace wt = wasmtime_tiers;
using wasmtime = wt::release<48>;
using production_ready = wt::policy::minimum_tier<wt::tier::t1, wasmtime>;
using almost_production_ready = wt::policy::minimum_tier<wt::tier::t2, wasmtime>;

// What the engine is built on, and the proposals and interfaces it always enables.
static_assert(wt::allowed<almost_production_ready, wt::target::host>);
WASMTIME_TIERS_REQUIRE(production_ready, wt::backend::cranelift);
WASMTIME_TIERS_REQUIRE(production_ready, wt::wasm::simd, wt::wasm::bulk_memory,
                       wt::wasm::reference_types, wt::wasm::multi_value, wt::wasm::tail_call,
                       wt::wasm::relaxed_simd, wt::wasm::memory64, wt::wasm::exception_handling);
static_assert(wt::allowed<production_ready, wt::wasi::snapshot_preview1, wt::wasi::http>);

// Enabled only where the pinned release calls them at least almost production ready.
template <class Proposal>
inline constexpr bool ready = wt::meets(wt::tier_of<Proposal, wasmtime>, wt::tier::t2);
#endif

namespace embedder {

struct engine_config {
  const char* strategy = "none";
  int opt_level = 0;
  bool simd = false, relaxed_simd = false, bulk_memory = false, reference_types = false;
  bool multi_value = false, tail_call = false, memory64 = false, exceptions = false;
  bool threads = false, gc = false;
  bool wasi_p1 = false, wasi_http = false;
};

engine_config configure(int opt_level) {
  engine_config c;
  c.strategy = "cranelift";
  c.opt_level = opt_level;
  c.simd = c.relaxed_simd = c.bulk_memory = c.reference_types = true;
  c.multi_value = c.tail_call = c.memory64 = c.exceptions = true;
  c.wasi_p1 = c.wasi_http = true;
#if EMBEDDER_CHECKS
  if constexpr (ready<wt::wasm::threads>) c.threads = true;
  if constexpr (ready<wt::wasm::gc>) c.gc = true;
#else
  c.threads = true;
  c.gc = true;
#endif
  return c;
}

void describe(const engine_config& c) {
  std::printf("strategy %s, opt level %d\n", c.strategy, c.opt_level);
  std::printf("simd %d relaxed-simd %d bulk-memory %d reference-types %d\n", c.simd, c.relaxed_simd,
              c.bulk_memory, c.reference_types);
  std::printf("multi-value %d tail-call %d memory64 %d exceptions %d threads %d gc %d\n",
              c.multi_value, c.tail_call, c.memory64, c.exceptions, c.threads, c.gc);
  std::printf("wasi p1 %d, wasi http %d\n", c.wasi_p1, c.wasi_http);
#if EMBEDDER_CHECKS == 2
  std::printf("checked against %s\n", wt::name_of<wt::backend::cranelift>.data());
#endif
}

} // namespace embedder
