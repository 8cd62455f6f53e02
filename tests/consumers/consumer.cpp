// A user's program: checks facts of the table at compile time, prints them at run time. Built by
// each consumer project (find_package, add_subdirectory, FetchContent, pkg-config).
#include <wasmtime_tiers.hpp>

#include <cstdio>
#include <string_view>

namespace wt = wasmtime_tiers;

static_assert(wt::tier_of<wt::wasm::gc, wt::release<22>> == wt::tier::t3);
static_assert(wt::tier_of<wt::wasm::gc, wt::release<48>> == wt::tier::t1);
static_assert(wt::tier_of<wt::wasm::simd, wt::release<22>> == wt::tier::t1);
static_assert(wt::name_of<wt::wasm::relaxed_simd> == std::string_view{"relaxed-simd"});
static_assert(wt::is_missing<wt::target::aarch64_apple_darwin, wt::requirement::continuous_fuzzing,
                             wt::release<22>>);

// The version the consumer's build system found (find_package's wasmtime_tiers_VERSION, or
// pkg-config --modversion) is the version the headers declare.
#if defined(EXPECTED_VERSION_MAJOR) && defined(EXPECTED_VERSION_MINOR) &&                          \
    defined(EXPECTED_VERSION_PATCH)
static_assert(WASMTIME_TIERS_VERSION_MAJOR == EXPECTED_VERSION_MAJOR &&
                  WASMTIME_TIERS_VERSION_MINOR == EXPECTED_VERSION_MINOR &&
                  WASMTIME_TIERS_VERSION_PATCH == EXPECTED_VERSION_PATCH,
              "the package's version differs from include/wasmtime_tiers/version.hpp");
#define CONSUMER_VERSION_CHECKED 1
#else
#define CONSUMER_VERSION_CHECKED 0
#endif

int main() {
  std::printf("gc: %s in Wasmtime 22, %s in Wasmtime 48\n",
              wt::to_string(wt::tier_of<wt::wasm::gc, wt::release<22>>).data(),
              wt::to_string(wt::tier_of<wt::wasm::gc, wt::release<48>>).data());
  std::printf("headers: version %d.%d.%d (checked against the package: %s)\n",
              WASMTIME_TIERS_VERSION_MAJOR, WASMTIME_TIERS_VERSION_MINOR,
              WASMTIME_TIERS_VERSION_PATCH, CONSUMER_VERSION_CHECKED ? "yes" : "no");
}
