// The README's first example: Wasmtime's tiers of support, checked by the compiler.
#include <wasmtime_tiers.hpp>

#include <cstdio>

namespace wt = wasmtime_tiers;
using v22 = wt::release<22>; // Wasmtime 22 and 23 shipped the same text

// Facts of the published table, checked when this file compiles.
static_assert(wt::tier_of<wt::wasm::simd, v22> == wt::tier::t1);
static_assert(wt::tier_of<wt::wasm::gc, v22> == wt::tier::t3);
static_assert(wt::tier_of<wt::wasm::gc, wt::release<48>> == wt::tier::t1);
static_assert(wt::tier_of<wt::wasm::threads, wt::release<40>> == wt::tier::t2);
static_assert(
    wt::is_missing<wt::target::aarch64_apple_darwin, wt::requirement::continuous_fuzzing, v22>);

// The same table gates code at compile time.
template <class Proposal, class Release>
void describe() {
  if constexpr (wt::tier_of<Proposal, Release> == wt::tier::t1)
    std::printf("%-8s production ready in Wasmtime %u\n", wt::name_of<Proposal>.data(),
                Release::major);
  else
    std::printf("%-8s %s in Wasmtime %u (missing: %s)\n", wt::name_of<Proposal>.data(),
                wt::to_string(wt::tier_of<Proposal, Release>).data(), Release::major,
                wt::missing_text_of<Proposal, Release>.data());
}

int main() {
  describe<wt::wasm::gc, v22>();
  describe<wt::wasm::gc, wt::release<48>>();
  describe<wt::wasm::threads, wt::release<40>>();
}
