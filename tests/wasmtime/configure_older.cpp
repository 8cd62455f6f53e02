// configure<Policy>(config) against the released headers of older Wasmtime releases (one
// executable per release, tests/wasmtime/CMakeLists.txt), with the conf.h of the release's default
// build, on x86_64-unknown-linux-gnu, linked with the recording stub generated from those headers.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <wasmtime.h>
#if __has_include(<wasmtime.hh>)
#include <wasmtime.hh>
#endif
#include <wasmtime_tiers/wasmtime.hpp>
#include <wasmtime_tiers/proposal_matrix.hpp> // proposal_section_of
#include <wasmtime_tiers/text_tables.hpp>     // category_spelling_of

#include "recording.hpp"
#include "setters_declared.hpp"

#include <string>
#include <vector>

namespace wt = wasmtime_tiers;
using calls = std::vector<std::string>;
using t1 = wt::policy::production_ready; // of the selected release: the included Wasmtime's
static_assert(wt::selected_release::major == WASMTIME_VERSION_MAJOR);
static_assert(wt::included_wasmtime::version == WASMTIME_VERSION_MAJOR);

// The setter facts agree with the headers of this release.
static_assert(setters_declared::c_setters_agree<wt::included_wasmtime, wasm_config_t>);
#if WASMTIME_VERSION_MAJOR >= 33
static_assert(setters_declared::cpp_setters_agree<wt::included_wasmtime, wasmtime::Config>);
#endif

namespace {
// How many proposal setters the included headers declare (found by lookup, not by the facts).
template <class Raw>
constexpr std::size_t c_setters_declared =
    setters_declared::c_declared_threads<Raw> + setters_declared::c_declared_tail_call<Raw> +
    setters_declared::c_declared_reference_types<Raw> +
    setters_declared::c_declared_function_references<Raw> + setters_declared::c_declared_gc<Raw> +
    setters_declared::c_declared_simd<Raw> + setters_declared::c_declared_relaxed_simd<Raw> +
    setters_declared::c_declared_bulk_memory<Raw> + setters_declared::c_declared_multi_value<Raw> +
    setters_declared::c_declared_multi_memory<Raw> + setters_declared::c_declared_memory64<Raw> +
    setters_declared::c_declared_wide_arithmetic<Raw> +
    setters_declared::c_declared_exception_handling<Raw> +
    setters_declared::c_declared_custom_page_sizes<Raw> +
    setters_declared::c_declared_component_model<Raw> +
    setters_declared::c_declared_branch_hinting<Raw> +
    setters_declared::c_declared_stack_switching<Raw>;
} // namespace

TEST_CASE(
    "enable_all_allowed() sets every proposal the C API of this release declares a setter for") {
  wasm_config_t* cfg = wasm_config_new();
  wt::configure<wt::policy::not_production_ready>(cfg).enable_all_allowed();
  CHECK(recording::calls(cfg).size() == c_setters_declared<wasm_config_t>);
  CHECK(c_setters_declared<wasm_config_t> > 0);
  wasm_config_delete(cfg);
}

#if WASMTIME_VERSION_MAJOR == 22
// The queries default to the selected release, the included Wasmtime's: 22 here.
static_assert(wt::tier_of<wt::wasm::gc> == wt::tier::t3);
static_assert(wt::tier_of<wt::wasm::gc> == wt::tier_of<wt::wasm::gc, wt::release<22>>);
static_assert(wt::missing_text_of<wt::wasm::gc> == "Complete implementation");
static_assert(wt::is_missing<wt::wasm::gc, wt::requirement::complete_implementation>);
static_assert(wt::category_spelling_of<wt::wasm::gc> ==
              wt::category_spelling_of<wt::wasm::gc, wt::release<22>>);
// The proposals document starts at Wasmtime 27: nothing covers 22.
static_assert(wt::proposal_section_of<wt::wasm::gc> == wt::proposal_section::not_covered);

TEST_CASE("Wasmtime 22, C API: Tier 1 of its text, the setters it has") {
  wasm_config_t* cfg = wasm_config_new();
  auto c = wt::configure<t1>(cfg).enable_all_allowed();
  using C = decltype(c);
  // Tier 1 in the text of Wasmtime 22 (22.md): threads, tail-call, reference-types, simd,
  // relaxed-simd, bulk-memory, multi-value, multi-memory; function-references Tier 2, gc Tier 3,
  // memory64 Tier 2.
  static_assert(C::enabled<wt::wasm::threads> && C::enabled<wt::wasm::tail_call> &&
                C::enabled<wt::wasm::reference_types> && C::enabled<wt::wasm::simd> &&
                C::enabled<wt::wasm::relaxed_simd> && C::enabled<wt::wasm::multi_memory>);
  static_assert(C::disabled<wt::wasm::function_references> && C::disabled<wt::wasm::gc> &&
                C::disabled<wt::wasm::memory64>);
  // No setter before: wide-arithmetic (27), exceptions (39), component-model (33).
  static_assert(!C::enabled<wt::wasm::wide_arithmetic> && !C::disabled<wt::wasm::wide_arithmetic>);
  static_assert(!C::enabled<wt::wasm::component_model> && !C::disabled<wt::wasm::component_model>);
  CHECK(recording::calls(cfg) == calls{"wasm_threads=1", "wasm_tail_call=1",
                                       "wasm_reference_types=1", "wasm_function_references=0",
                                       "wasm_gc=0", "wasm_simd=1", "wasm_relaxed_simd=1",
                                       "wasm_bulk_memory=1", "wasm_multi_value=1",
                                       "wasm_multi_memory=1", "wasm_memory64=0"});
  wasm_config_delete(cfg);
}
#endif

#if WASMTIME_VERSION_MAJOR == 37
TEST_CASE("Wasmtime 37, C++ API: Config has no capi() yet, so only its own members") {
  recording::reset();
  wasmtime::Config cfg;
  auto c = wt::configure<wt::policy::not_production_ready>(cfg).enable_all_allowed();
  using C = decltype(c);
  // wasm_stack_switching exists in C (35 on), but Config has neither the member nor capi().
  static_assert(!C::enabled<wt::wasm::stack_switching> && !C::disabled<wt::wasm::stack_switching>);
  // Every other proposal with a member is in the tier table of Wasmtime 37, Tier 3 or better.
  CHECK(recording::all_calls() ==
        calls{"wasm_threads=1", "wasm_tail_call=1", "wasm_reference_types=1",
              "wasm_function_references=1", "wasm_gc=1", "wasm_simd=1", "wasm_relaxed_simd=1",
              "wasm_bulk_memory=1", "wasm_multi_value=1", "wasm_multi_memory=1", "wasm_memory64=1",
              "wasm_wide_arithmetic=1", "wasm_component_model=1"});
}
#endif

#if WASMTIME_VERSION_MAJOR == 45
TEST_CASE("Wasmtime 45: the Winch strategy exists") {
  wasmtime::Config cfg;
  wt::configure<wt::policy::production_ready>(cfg)
      .use<wt::backend::winch>()
      .enable<wt::wasm::simd>();
  wasm_config_t* raw = cfg.capi();
  CHECK(recording::calls(raw) == calls{"strategy=2", "wasm_simd=1"});
}
#endif
