// How the integration reads the WASMTIME_FEATURE_* macros (wasmtime/features.hpp, included.hpp):
// a macro counts where it is defined, whatever it expands to (nothing, as Wasmtime's conf.h
// writes it; 1, as -D writes it; 0 or a word, as a hand-written conf.h might), and only the macros
// of the list count. No Wasmtime header is included, so the version is unknown. Included through
// the old path <wasmtime_tiers/configure.hpp>, which forwards to <wasmtime_tiers/wasmtime.hpp>.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#define WASMTIME_FEATURE_GC
#define WASMTIME_FEATURE_WASI 1
#define WASMTIME_FEATURE_THREADS 0
#define WASMTIME_FEATURE_CRANELIFT yes
#define WASMTIME_FEATURE_COMPONENT_MODEL_ASYNC (1, 2)
#define WASMTIME_FEATURE_NOT_IN_THE_LIST
// As long as its name, but another text.
#define WASMTIME_FEATURE_WAT 0x123456789012345678
#include <wasmtime_tiers/configure.hpp>
// Defined after the first inclusion: not seen.
#define WASMTIME_FEATURE_WINCH
#include <wasmtime_tiers/wasmtime.hpp>

#include <initializer_list>

namespace wt = wasmtime_tiers;
using F = wt::wasmtime_feature;
using B = wt::included_wasmtime;

namespace {

constexpr wt::wasmtime_feature_set bits(std::initializer_list<F> fs) {
  wt::wasmtime_feature_set s = 0;
  for (F f : fs) s |= wt::feature_bit(f);
  return s;
}

struct not_a_config {};
template <class C>
constexpr bool configurable = requires(C& c) {
  wt::configure<wt::policy::production_ready>(c);
};

} // namespace

TEST_CASE("a WASMTIME_FEATURE_* macro counts where it is defined, whatever its value") {
  static_assert(B::features ==
                bits({F::gc, F::wasi, F::threads, F::cranelift, F::component_model_async, F::wat}));
  CHECK(B::has(F::gc));
  CHECK(B::has(F::wasi));
  CHECK(B::has(F::threads));
  CHECK(B::has(F::cranelift));
  CHECK(B::has(F::component_model_async));
  CHECK(B::has(F::wat));
  CHECK_FALSE(B::has(F::winch));
  CHECK_FALSE(B::has(F::compiler)); // conf.h derives it; here nothing defined it
  CHECK_FALSE(B::version_known);
  CHECK(B::version == wt::unknown_wasmtime_version);
  CHECK(!B::c_api);
  CHECK(!B::cpp_api);
}

TEST_CASE("the list has one enumerator per macro, in conf.h's order, COMPILER last") {
  static_assert(wt::detail::wasmtime_feature_count == 25);
  CHECK(static_cast<unsigned>(F::profiling) == 0);
  CHECK(static_cast<unsigned>(F::all_arch) == 23);
  CHECK(static_cast<unsigned>(F::compiler) == wt::detail::wasmtime_feature_count - 1);
}

TEST_CASE("each enumerator names its macro") {
  CHECK(wt::detail::feature_macro_name(F::gc) == "WASMTIME_FEATURE_GC");
  CHECK(wt::detail::feature_macro_name(F::component_model_async) ==
        "WASMTIME_FEATURE_COMPONENT_MODEL_ASYNC");
  CHECK(wt::detail::feature_macro_name(F::compiler) == "WASMTIME_FEATURE_COMPILER");
  // The words of a missing setter's message (wasmtime/setters.hpp) come from the same list.
  CHECK(wt::detail::gate_macro(wt::detail::setter_gate::threads) == "WASMTIME_FEATURE_THREADS");
  CHECK(wt::detail::gate_macro(wt::detail::setter_gate::none).empty());
  CHECK(wt::detail::gate_bits(wt::detail::setter_gate::component_model) ==
        wt::feature_bit(F::component_model));
}

TEST_CASE("the old header path still gives configure<> and WASMTIME_TIERS_ENFORCE") {
  // Without a Wasmtime version, both refuse to work (compile-fail cases check the message); here
  // their names resolve through <wasmtime_tiers/configure.hpp>.
  CHECK_FALSE(configurable<not_a_config>);
  CHECK(wt::compiled_into<B, wt::target::host, wt::release<48>>);
  CHECK_FALSE(wt::compiled_into<B, wt::wasm::gc, wt::release<48>>); // no version: no conf.h read
}
