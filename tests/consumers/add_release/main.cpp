// Wasmtime 49 as wasmtime.h would announce it, with its tables added by wasmtime_tiers_add_release.
// -Werror: a "newer than the newest known table" warning would fail this build.
#define WASMTIME_VERSION_MAJOR 49
#include <wasmtime_tiers.hpp>

#include <cstdio>
#include <type_traits>

namespace wt = wasmtime_tiers;

static_assert(wt::newest_release == 49);
static_assert(std::is_same_v<wt::selected_release, wt::release<49>>);
// The added text moved threads; Wasmtime 48's table is unchanged.
static_assert(wt::tier_of<wt::wasm::threads, wt::release<49>> == wt::tier::EXPECTED_THREADS_TIER);
static_assert(wt::tier_of<wt::wasm::threads, wt::release<48>> == wt::tier::t2);
static_assert(wt::missing_text_of<wt::wasm::threads, wt::release<48>> ==
              std::string_view{"fuzzing, API quality"});
static_assert(wt::tier_of<wt::wasm::gc, wt::release<22>> == wt::tier::t3);

int main() {
  std::printf("threads: %s in Wasmtime 49, %s in Wasmtime 48\n",
              wt::to_string(wt::tier_of<wt::wasm::threads, wt::release<49>>).data(),
              wt::to_string(wt::tier_of<wt::wasm::threads, wt::release<48>>).data());
}
