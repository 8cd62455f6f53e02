// An embedder of Wasmtime's C++ API whose build checks what it links and what it turns on against
// Wasmtime's tiers of support, in the release its headers declare (WASMTIME_VERSION_MAJOR).
#include <wasmtime.hh> // first: wasmtime-tiers reads its version and WASMTIME_FEATURE_* macros

#include <wasmtime_tiers/wasmtime.hpp>
// The names this program prints (name_of) are std::string_views, which wasmtime.hpp leaves out.
#include <wasmtime_tiers.hpp>

#include <cstdio>
#include <utility>

namespace wt = wasmtime_tiers;

// What this program accepts in the Wasmtime library it links: Tier 1, on Tier 1 or Tier 2 targets
// (it ships on aarch64 Linux too), and, reviewed one by one, what a release C API compiles in
// besides (written for Wasmtime 47 and later, where gc and exceptions are Tier 1).
using build_policy = wt::policy::with_waivers<
    wt::policy::per_category<wt::policy::production_ready,
                             wt::policy::for_category<wt::category::target, wt::tier::t2>>,
    wt::waiver<wt::api::cpp, "a header-only layer over the Tier 1 C API; we pin and review it">,
    wt::waiver<wt::wasm::threads,
               "compiled in by the release build; configure<> below keeps it off">,
    wt::waiver<wt::backend::pulley,
               "compiled in by the release build; this program compiles natively">>;

// The compile target and everything the WASMTIME_FEATURE_* macros say is compiled in.
WASMTIME_TIERS_ENFORCE(build_policy);

// What the engine turns on: Tier 1 only, no waivers.
using engine_policy = wt::policy::production_ready;

template <class Configured, class... Proposals>
void print_proposals() {
  ((std::printf("  %-20s %s\n", wt::name_of<Proposals>.data(),
                Configured::template enabled<Proposals>    ? "on"
                : Configured::template disabled<Proposals> ? "off"
                                                           : "Wasmtime's default")),
   ...);
}

int main() {
  wasmtime::Config config;
  // Every call is checked when this file compiles: the policy, the compiler's support of each
  // proposal on this architecture, Wasmtime's own rules, and the setters this Wasmtime has.
  auto configured =
      wt::configure<engine_policy>(config).use<wt::backend::cranelift>().enable_all_allowed();
  using C = decltype(configured);

  std::printf("Wasmtime %u, checked against the tier table of Wasmtime %u, on %s\n",
              wt::included_wasmtime::version, wt::selected_release::major,
              wt::name_of<wt::target::host>.data());
  print_proposals<C, wt::wasm::simd, wt::wasm::relaxed_simd, wt::wasm::gc,
                  wt::wasm::exception_handling, wt::wasm::threads, wt::wasm::wide_arithmetic,
                  wt::wasm::component_model>();

  wasmtime::Engine engine(std::move(config));
  std::printf("engine created\n");
  return 0;
}
