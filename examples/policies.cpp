// The README's policy example: a release policy with per-category minimums and waivers.
#include <wasmtime_tiers.hpp>
#include <wasmtime_tiers/explain.hpp> // explain(v)

#include <cstdio>

namespace wt = wasmtime_tiers;

// Tier 1 everywhere, checked against Wasmtime 22 (the default release is the selected one:
// WASMTIME_TIERS_RELEASE, else Wasmtime's own WASMTIME_VERSION_MAJOR, else the newest known).
using t1_22 = wt::policy::minimum_tier<wt::tier::t1, wt::release<22>>;

WASMTIME_TIERS_REQUIRE(t1_22, wt::wasm::simd, wt::wasi::http);
static_assert(!wt::allowed<t1_22, wt::wasm::gc>);

// Tier 1 for targets and proposals, Tier 2 for compiler backends, and two reviewed exceptions.
using release_policy = wt::policy::with_waivers<
    wt::policy::per_category<t1_22, wt::policy::for_category<wt::category::backend, wt::tier::t2>>,
    wt::waiver<wt::wasm::gc, "our GC workloads are fuzzed in-house", 23>, // until Wasmtime 23
    wt::waiver<wt::target::aarch64_apple_darwin, "developer machines only">>;
WASMTIME_TIERS_REQUIRE(release_policy, wt::wasm::gc, wt::backend::winch_on_x86_64);

// The same table gates code.
template <class E>
  requires wt::allowed<release_policy, E>
void enable() { std::printf("enabled %s\n", wt::name_of<E>.data()); }

template <class E>
void enable_if_allowed() {
  if constexpr (wt::allowed<release_policy, E>)
    enable<E>();
  else
    std::printf("%s stays off: %s\n", wt::name_of<E>.data(),
                wt::explain(wt::verdict_of<release_policy, E>).data());
}

int main() {
  enable<wt::wasm::simd>();
  enable<wt::wasm::gc>(); // waived
  enable_if_allowed<wt::wasm::memory64>();
}
