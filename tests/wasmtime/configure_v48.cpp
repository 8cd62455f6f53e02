// configure<Policy>(config) against Wasmtime 48's released headers as its release C API is built
// (the conf.h of every default WASMTIME_FEATURE_*), through the C++ API and the C API, on
// x86_64-unknown-linux-gnu (WASMTIME_TIERS_TARGET), linked with the recording stub generated from
// those headers (make_recording_stub.py), which records each setter call.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <wasmtime.h>
#include <wasmtime.hh>
#include <wasmtime_tiers/wasmtime.hpp>

#include "recording.hpp"
#include "setters_declared.hpp"

#include <string>
#include <vector>

namespace wt = wasmtime_tiers;
using calls = std::vector<std::string>;

using p48 = wt::policy::minimum_tier<wt::tier::t1, wt::release<48>>;
using t2_48 = wt::policy::minimum_tier<wt::tier::t2, wt::release<48>>;
using t3_48 = wt::policy::minimum_tier<wt::tier::t3, wt::release<48>>;

static_assert(wt::included_wasmtime::version == 48);
static_assert(wt::included_wasmtime::c_api && wt::included_wasmtime::cpp_api);
static_assert(std::is_same_v<wt::selected_release, wt::release<48>>);
// The setter facts agree with the headers of this release.
static_assert(setters_declared::c_setters_agree<wt::included_wasmtime, wasm_config_t>);
static_assert(setters_declared::cpp_setters_agree<wt::included_wasmtime, wasmtime::Config>);

TEST_CASE("enable<>() calls Config's member for each proposal") {
  wasmtime::Config cfg;
  auto c = wt::configure<p48>(cfg).enable<wt::wasm::simd>().enable<wt::wasm::gc>();
  CHECK(recording::calls(cfg.capi()) == calls{"wasm_simd=1", "wasm_gc=1"});
  static_assert(decltype(c)::enabled<wt::wasm::simd> && decltype(c)::enabled<wt::wasm::gc>);
  static_assert(!decltype(c)::enabled<wt::wasm::threads>);
  static_assert(decltype(c)::compiler == wt::detail::engine_compiler::cranelift);
}

TEST_CASE("disable<>() needs no permission: threads is Tier 2 in Wasmtime 48") {
  wasmtime::Config cfg;
  auto c = wt::configure<p48>(cfg)
               .disable<wt::wasm::threads>()
               .disable<wt::wasm::simd>()
               .enable<wt::wasm::simd>();
  CHECK(recording::calls(cfg.capi()) == calls{"wasm_threads=0", "wasm_simd=0", "wasm_simd=1"});
  static_assert(decltype(c)::disabled<wt::wasm::threads> && decltype(c)::enabled<wt::wasm::simd> &&
                !decltype(c)::disabled<wt::wasm::simd>);
}

TEST_CASE("proposals without a Config member go through Config::capi()") {
  wasmtime::Config cfg;
  // branch-hinting is in no tier table: it can be switched off, never on.
  wt::configure<p48>(cfg).disable<wt::wasm::branch_hinting>().disable<wt::wasm::stack_switching>();
  CHECK(recording::calls(cfg.capi()) == calls{"wasm_branch_hinting=0", "wasm_stack_switching=0"});
}

TEST_CASE("use<>() selects the compiler through Config::strategy and Pulley through the target") {
  wasmtime::Config cfg;
  auto c = wt::configure<t2_48>(cfg)
               .use<wt::backend::winch>()
               .enable<wt::wasm::simd>()
               .use<wt::backend::cranelift>();
  static_assert(decltype(c)::compiler == wt::detail::engine_compiler::cranelift);
  wasmtime::Config cfg2;
  auto p = wt::configure<t2_48>(cfg2).use<wt::backend::pulley>();
  static_assert(decltype(p)::target_architecture == wt::architecture::pulley);
  CHECK(p.take_target_error() == nullptr);
  // WASMTIME_STRATEGY_WINCH is 2, WASMTIME_STRATEGY_CRANELIFT 1.
  CHECK(recording::calls(cfg.capi()) == calls{"strategy=2", "wasm_simd=1", "strategy=1"});
  CHECK(recording::calls(cfg2.capi()) ==
        calls{std::string("target=") + (sizeof(void*) == 8 ? "pulley64" : "pulley32")});
}

TEST_CASE("an error of wasmtime_config_target_set is kept until taken, deleted otherwise") {
  wasmtime::Config cfg;
  recording::fail_target_set(true);
  {
    auto p = wt::configure<t2_48>(cfg).use<wt::backend::pulley>().enable<wt::wasm::simd>();
    CHECK(recording::live_errors() == 1);
  }
  CHECK(recording::live_errors() == 0);
  recording::fail_target_set(true);
  wasmtime_error_t* e = wt::configure<t2_48>(cfg).use<wt::backend::pulley>().take_target_error();
  REQUIRE(e != nullptr);
  CHECK(recording::live_errors() == 1);
  wasmtime_error_delete(e);
  CHECK(recording::live_errors() == 0);
}

TEST_CASE("enable_all_allowed(): Tier 1 of Wasmtime 48 with Cranelift on x86_64") {
  wasmtime::Config cfg;
  auto c = wt::configure<p48>(cfg).enable_all_allowed();
  using C = decltype(c);
  // Tier 1 in the text of Wasmtime 48, and a setter in its headers.
  static_assert(C::enabled<wt::wasm::simd> && C::enabled<wt::wasm::relaxed_simd> &&
                C::enabled<wt::wasm::gc> && C::enabled<wt::wasm::function_references> &&
                C::enabled<wt::wasm::reference_types> && C::enabled<wt::wasm::tail_call> &&
                C::enabled<wt::wasm::bulk_memory> && C::enabled<wt::wasm::multi_value> &&
                C::enabled<wt::wasm::multi_memory> && C::enabled<wt::wasm::memory64> &&
                C::enabled<wt::wasm::exception_handling> && C::enabled<wt::wasm::component_model>);
  // Tier 2 (threads, wide-arithmetic, custom-page-sizes) and unlisted (branch-hinting,
  // stack-switching): switched off.
  static_assert(C::disabled<wt::wasm::threads> && C::disabled<wt::wasm::wide_arithmetic> &&
                C::disabled<wt::wasm::custom_page_sizes> && C::disabled<wt::wasm::branch_hinting> &&
                C::disabled<wt::wasm::stack_switching>);
  const calls made = recording::calls(cfg.capi());
  CHECK(made.size() == wt::detail::proposal_setter_count);
  CHECK(made == calls{"wasm_threads=0", "wasm_tail_call=1", "wasm_reference_types=1",
                      "wasm_function_references=1", "wasm_gc=1", "wasm_simd=1",
                      "wasm_relaxed_simd=1", "wasm_bulk_memory=1", "wasm_multi_value=1",
                      "wasm_multi_memory=1", "wasm_memory64=1", "wasm_wide_arithmetic=0",
                      "wasm_exceptions=1", "wasm_custom_page_sizes=0", "wasm_component_model=1",
                      "wasm_branch_hinting=0", "wasm_stack_switching=0"});
}

TEST_CASE("enable_all_allowed() leaves out what Winch does not support") {
  wasm_config_t* cfg = wasm_config_new();
  auto c = wt::configure<t3_48>(cfg).use<wt::backend::winch>().enable_all_allowed();
  using C = decltype(c);
  // Winch on x86_64, Wasmtime 48 "Compiler Support": no gc, function-references, reference-types,
  // relaxed-simd, tail-call, exception-handling; threads, simd and wide-arithmetic yes.
  static_assert(C::disabled<wt::wasm::gc> && C::disabled<wt::wasm::function_references> &&
                C::disabled<wt::wasm::reference_types> && C::disabled<wt::wasm::relaxed_simd> &&
                C::disabled<wt::wasm::tail_call> && C::disabled<wt::wasm::exception_handling>);
  static_assert(C::enabled<wt::wasm::threads> && C::enabled<wt::wasm::simd> &&
                C::enabled<wt::wasm::wide_arithmetic> && C::enabled<wt::wasm::component_model>);
  const calls made = recording::calls(cfg);
  REQUIRE(!made.empty());
  CHECK(made.front() == "strategy=2");
  CHECK(made.size() == 1 + wt::detail::proposal_setter_count);
  wasm_config_delete(cfg);
}

TEST_CASE("Cranelift compiling to Pulley lacks threads: enable_all_allowed() turns it off") {
  wasmtime::Config cfg;
  auto c = wt::configure<t2_48>(cfg).use<wt::backend::pulley>().enable_all_allowed();
  static_assert(decltype(c)::disabled<wt::wasm::threads> && decltype(c)::enabled<wt::wasm::simd>);
  CHECK(c.take_target_error() == nullptr);
}

TEST_CASE("the C API: wasmtime_config_*_set on a wasm_config_t*") {
  wasm_config_t* cfg = wasm_config_new();
  wt::configure<p48>(cfg)
      .use<wt::backend::cranelift>()
      .enable<wt::wasm::relaxed_simd>()
      .enable<wt::wasm::simd>();
  CHECK(recording::calls(cfg) == calls{"strategy=1", "wasm_relaxed_simd=1", "wasm_simd=1"});
  wasm_config_delete(cfg);
  CHECK(recording::live_configs() == 0);
}

TEST_CASE("the configured Config builds an engine") {
  wasmtime::Config cfg;
  wt::configure<p48>(cfg).enable_all_allowed();
  wasmtime::Engine engine(std::move(cfg));
  CHECK(recording::live_configs() == 0);
}
