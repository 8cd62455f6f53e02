// kind: configure<Policy, Build> with a Build of another release: its tables need text_tables.hpp
// flags: -DWASMTIME_TIERS_TARGET=x86_64_unknown_linux_gnu
// wasmtime: 48 defaults
// expect-gcc: static assertion failed: wasmtime_tiers::configure<Policy, Build>\(config\): Build is a Wasmtime release other than the included one.*#include <wasmtime_tiers/text_tables.hpp>
// expect-clang: wasmtime_tiers::configure<Policy, Build>\(config\): Build is a Wasmtime release other than the included one.*#include <wasmtime_tiers/text_tables.hpp>
// expect-computed: wasmtime_tiers::configure<Policy, Build>\(config\): Build is a Wasmtime release other than the included one.*#include <wasmtime_tiers/text_tables.hpp>
#include <wasmtime.h>
#include <wasmtime_tiers/wasmtime.hpp>
#ifndef WASMTIME_TIERS_EXPECT_FAIL
#include <wasmtime_tiers/text_tables.hpp> // every text's tables: any release's Build is checked
#endif
namespace wt = wasmtime_tiers;
using wasmtime_44 =
    wt::wasmtime_build<44, wt::included_wasmtime::features, wt::embedding_api_set::c>;
void configure_engine(wasm_config_t* cfg) {
  wt::configure<wt::policy::production_ready, wasmtime_44>(cfg).enable<wt::wasm::simd>();
}
