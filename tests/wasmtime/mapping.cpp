// The mapping of WASMTIME_TIERS_ENFORCE (wasmtime/feature_entities.hpp): which entities a Wasmtime
// build compiles in, for builds named here (wasmtime_build<Version, Features, Apis>), and the facts
// configure<> reads (setters, compiler support). Compiled with WASMTIME_TIERS_TARGET pinned to an
// x86_64 and to an aarch64 target (two executables), so that the per-architecture answers are checked on any host.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <wasmtime_tiers/wasmtime.hpp>
#include <wasmtime_tiers/text_tables.hpp> // compiler_support_at of releases other than the included one

namespace wt = wasmtime_tiers;
using F = wt::wasmtime_feature;

namespace {

constexpr wt::wasmtime_feature_set bits(std::initializer_list<F> fs) {
  wt::wasmtime_feature_set s = 0;
  for (F f : fs) s |= wt::feature_bit(f);
  return s;
}

// The acceptance build: Wasmtime 22 with Cranelift, WASI and threads, through the C API.
using b22 =
    wt::wasmtime_build<22, bits({F::cranelift, F::wasi, F::threads}), wt::embedding_api_set::c>;
using b22_gc = wt::wasmtime_build<22, bits({F::cranelift, F::wasi, F::threads, F::gc}),
                                  wt::embedding_api_set::c>;
using r22 = wt::release<22>;

constexpr bool x86_64_host = b22::host_architecture == wt::architecture::x86_64;

// The number of rows of detail::feature_entities, and whether an entity has two.
template <class... Rows>
constexpr std::size_t row_count(wt::detail::feature_entity_table<Rows...>*) {
  return sizeof...(Rows);
}
template <class... Rows>
constexpr bool one_row_each(wt::detail::feature_entity_table<Rows...>*) {
  const std::size_t ids[] = {wt::id_of<typename Rows::entity>...};
  for (std::size_t i = 0; i < sizeof...(Rows); ++i)
    for (std::size_t j = i + 1; j < sizeof...(Rows); ++j)
      if (ids[i] == ids[j]) return false;
  return true;
}
constexpr auto* table = static_cast<wt::detail::feature_entities*>(nullptr);

} // namespace

TEST_CASE("the feature -> entity table has one row per entity") {
  static_assert(one_row_each(table));
  CHECK(row_count(table) == 21);
  CHECK_FALSE(one_row_each(
      static_cast<wt::detail::feature_entity_table<wt::detail::compiled_by<wt::wasm::gc, 0>,
                                                   wt::detail::compiled_by<wt::wasm::gc, 1>>*>(
          nullptr)));
}

TEST_CASE("each WASMTIME_FEATURE_* macro maps to the entities Wasmtime compiles in") {
  static_assert(wt::compiled_into<b22, wt::target::host, r22>);
  static_assert(wt::compiled_into<b22, wt::wasm::threads, r22>);
  static_assert(wt::compiled_into<b22, wt::backend::cranelift, r22>);
  // WASI: preview1 and the preview2 interfaces it runs on, not wasi_unstable nor wasi-http.
  static_assert(wt::compiled_into<b22, wt::wasi::snapshot_preview1, r22>);
  static_assert(wt::compiled_into<b22, wt::wasi::io, r22> &&
                wt::compiled_into<b22, wt::wasi::clocks, r22> &&
                wt::compiled_into<b22, wt::wasi::filesystem, r22> &&
                wt::compiled_into<b22, wt::wasi::random, r22> &&
                wt::compiled_into<b22, wt::wasi::sockets, r22>);
  static_assert(!wt::compiled_into<b22, wt::wasi::unstable, r22>);
  static_assert(!wt::compiled_into<b22, wt::wasi::http, r22>);
  // gc brings reference-types, function-references and exceptions.
  static_assert(!wt::compiled_into<b22, wt::wasm::gc, r22>);
  static_assert(wt::compiled_into<b22_gc, wt::wasm::gc, r22> &&
                wt::compiled_into<b22_gc, wt::wasm::reference_types, r22> &&
                wt::compiled_into<b22_gc, wt::wasm::function_references, r22>);
  // exception-handling is on the unsupported list of Wasmtime 22 (not implemented): not compiled
  // in there; with gc from the text that gives it a tier (37) on.
  static_assert(wt::tier_of<wt::wasm::exception_handling, r22> == wt::tier::unsupported);
  static_assert(!wt::compiled_into<b22_gc, wt::wasm::exception_handling, r22>);
  static_assert(wt::compiled_into<wt::wasmtime_build<37, bits({F::gc}), wt::embedding_api_set::c>,
                                  wt::wasm::exception_handling, wt::release<37>>);
  using b48_gc = wt::wasmtime_build<48, bits({F::gc}), wt::embedding_api_set::c>;
  static_assert(wt::compiled_into<b48_gc, wt::wasm::exception_handling, wt::release<48>>);
  // Macros without a tier row.
  using b_misc =
      wt::wasmtime_build<48,
                         bits({F::profiling, F::wat, F::cache, F::debug_builtins, F::addr2line,
                               F::coredump, F::pooling_allocator, F::async, F::gc_drc}),
                         wt::embedding_api_set::none>;
  static_assert(!wt::compiled_into<b_misc, wt::misc::dwarf_debugging, wt::release<48>>);
  static_assert(!wt::compiled_into<b_misc, wt::wasm::gc, wt::release<48>>);
  // The component model, and its async extension, which implies it.
  using b_cm =
      wt::wasmtime_build<45, bits({F::component_model_async}), wt::embedding_api_set::none>;
  static_assert(wt::compiled_into<b_cm, wt::wasm::component_model, wt::release<45>>);
  CHECK(wt::name_of<wt::wasi::io> == "wasi-io");
}

TEST_CASE("entities a release does not list are skipped, not refused") {
  // Pulley (all-arch builds it too) is in the tier tables from Wasmtime 30 on.
  using b37 = wt::wasmtime_build<37, bits({F::all_arch}), wt::embedding_api_set::none>;
  static_assert(wt::compiled_into<b37, wt::backend::pulley, wt::release<37>>);
  static_assert(!wt::compiled_into<b37, wt::backend::pulley, wt::release<27>>);
  static_assert(wt::tier_of<wt::backend::pulley, wt::release<27>> == wt::tier::unlisted);
  // The embedding APIs have rows from Wasmtime 39 on.
  using b_cpp39 = wt::wasmtime_build<39, 0, wt::embedding_api_set::c_and_cpp>;
  static_assert(wt::compiled_into<b_cpp39, wt::api::cpp, wt::release<39>> &&
                wt::compiled_into<b_cpp39, wt::api::c, wt::release<39>>);
  static_assert(!wt::compiled_into<b_cpp39, wt::api::cpp, wt::release<37>>);
  using b_c39 = wt::wasmtime_build<39, 0, wt::embedding_api_set::c>;
  static_assert(!wt::compiled_into<b_c39, wt::api::cpp, wt::release<39>>);
  // Before Wasmtime 22 there is no wasmtime/conf.h: nothing but the host is known.
  using b21 = wt::wasmtime_build<21, bits({F::threads}), wt::embedding_api_set::c>;
  static_assert(!b21::has_feature_macros);
  static_assert(!wt::compiled_into<b21, wt::wasm::threads, wt::release<21>>);
  CHECK(b22::has_feature_macros);
}

TEST_CASE("Winch: one row from Wasmtime 34 on, a row per architecture before") {
  using bw22 = wt::wasmtime_build<22, bits({F::winch}), wt::embedding_api_set::c>;
  using bw34 = wt::wasmtime_build<34, bits({F::winch}), wt::embedding_api_set::c>;
  static_assert(wt::compiled_into<bw34, wt::backend::winch, wt::release<34>>);
  static_assert(!wt::compiled_into<bw34, wt::backend::winch_on_x86_64, wt::release<34>>);
  static_assert(!wt::compiled_into<bw22, wt::backend::winch, wt::release<22>>);
  static_assert(wt::compiled_into<bw22, wt::backend::winch_on_x86_64, wt::release<22>> ==
                x86_64_host);
  static_assert(wt::compiled_into<bw22, wt::backend::winch_on_aarch64, wt::release<22>> ==
                !x86_64_host);
  // Winch before the text of Wasmtime 21 is not in any table.
  static_assert(!wt::compiled_into<bw22, wt::backend::winch_on_x86_64, wt::release<17>>);
  CHECK(wt::tier_of<wt::backend::winch_on_x86_64, wt::release<22>> == wt::tier::t2);
}

TEST_CASE("WASMTIME_TIERS_ENFORCE passes the builds its policy allows") {
  // Tier 1, but any tier for the host (x86_64 or aarch64 Linux here, Tier 2 in some releases).
  using t1 = wt::policy::per_category<wt::policy::minimum_tier<wt::tier::t1, r22>,
                                      wt::policy::for_category<wt::category::target, wt::tier::t3>>;
  static_assert(wt::detail::enforce<b22, t1>());
  static_assert(wt::detail::enforce<b22_gc, wt::policy::minimum_tier<wt::tier::t3, r22>>());
  using waived = wt::policy::with_waivers<t1, wt::waiver<wt::wasm::gc, "reviewed">,
                                          wt::waiver<wt::wasm::function_references, "reviewed">>;
  static_assert(wt::detail::enforce<b22_gc, waived>());
  // The answers ENFORCE gives are those of the policy for each compiled-in entity.
  CHECK(wt::verdict_of<wt::policy::minimum_tier<wt::tier::t1, r22>, wt::wasm::gc>.kind ==
        wt::verdict_kind::below_tier);
}

TEST_CASE("setters of the included Wasmtime, by release and WASMTIME_FEATURE_* macro") {
  using namespace wt::detail;
  constexpr std::size_t gc = setter_index(wt::id_of<wt::wasm::gc>);
  constexpr std::size_t threads = setter_index(wt::id_of<wt::wasm::threads>);
  constexpr std::size_t branch_hinting = setter_index(wt::id_of<wt::wasm::branch_hinting>);
  constexpr std::size_t stack_switching = setter_index(wt::id_of<wt::wasm::stack_switching>);
  const auto gc_bit = wt::feature_bit(F::gc);
  // wasmtime_config_wasm_gc_set: Wasmtime 20 on; under WASMTIME_FEATURE_GC from 45 on.
  CHECK(c_setter_availability(gc, 19, gc_bit).state == setter_state::too_old);
  CHECK(c_setter_availability(gc, 19, gc_bit).since == 20);
  CHECK(c_setter_availability(gc, 44, 0).state == setter_state::present);
  CHECK(c_setter_availability(gc, 45, 0).state == setter_state::gated_out);
  CHECK(c_setter_availability(gc, 45, gc_bit).state == setter_state::present);
  // wasm_threads: under WASMTIME_FEATURE_THREADS since conf.h exists (22).
  CHECK(c_setter_availability(threads, 21, 0).state == setter_state::present);
  CHECK(c_setter_availability(threads, 22, 0).state == setter_state::gated_out);
  // The C++ Config: part of Wasmtime from 33 on; no member for branch hinting or stack switching,
  // which go through Config::capi() (39 on).
  CHECK(cpp_setter_availability(threads, 32, wt::feature_bit(F::threads)).state ==
        setter_state::cpp_before_33);
  CHECK(cpp_setter_availability(branch_hinting, 46, 0).through_capi);
  CHECK(cpp_setter_availability(stack_switching, 38, wt::feature_bit(F::compiler)).state ==
        setter_state::no_cpp_member);
  CHECK(cpp_setter_availability(stack_switching, 39, wt::feature_bit(F::compiler)).through_capi);
  CHECK(c_setter_availability(setter_index(wt::id_of<wt::wasm::mutable_globals>), 48, 0).state ==
        setter_state::no_setter);
}

TEST_CASE("compiler support: the tables, and Wasmtime's own list") {
  using namespace wt::detail;
  const std::size_t gc = wt::id_of<wt::wasm::gc>, threads = wt::id_of<wt::wasm::threads>,
                    exceptions = wt::id_of<wt::wasm::exception_handling>;
  CHECK(compiler_support_at(48, engine_compiler::winch, wt::architecture::x86_64, gc) ==
        wt::support::no);
  CHECK(compiler_support_at(48, engine_compiler::cranelift, wt::architecture::x86_64, gc) ==
        wt::support::yes);
  CHECK(compiler_support_at(33, engine_compiler::winch, wt::architecture::x86_64, gc) ==
        wt::support::unlisted);
  CHECK(compiler_support_at(48, engine_compiler::cranelift, wt::architecture::pulley, threads) ==
        wt::support::no);
  // A Wasmtime newer than the newest text reads that text.
  CHECK(compiler_support_at(wt::newest_release + 5, engine_compiler::winch,
                            wt::architecture::x86_64, gc) == wt::support::no);
  // compiler_panicking_wasm_features(): Winch refuses threads on aarch64 only (30 on), exceptions
  // from 33 to 48; Cranelift refuses threads when it compiles to Pulley (29 on).
  CHECK(wasmtime_rejects_for_compiler(48, engine_compiler::winch, wt::architecture::aarch64, true,
                                      threads));
  CHECK(!wasmtime_rejects_for_compiler(48, engine_compiler::winch, wt::architecture::x86_64, true,
                                       threads));
  CHECK(wasmtime_rejects_for_compiler(28, engine_compiler::winch, wt::architecture::x86_64, true,
                                      threads));
  CHECK(wasmtime_rejects_for_compiler(48, engine_compiler::winch, wt::architecture::x86_64, true,
                                      exceptions));
  CHECK(!wasmtime_rejects_for_compiler(49, engine_compiler::winch, wt::architecture::x86_64, true,
                                       exceptions));
  CHECK(wasmtime_rejects_for_compiler(48, engine_compiler::cranelift, wt::architecture::pulley,
                                      true, threads));
  CHECK(!wasmtime_rejects_for_compiler(24, engine_compiler::winch, wt::architecture::x86_64, true,
                                       gc));
  // Wasmtime's default compiler: Cranelift where compiled in, else Winch.
  CHECK(compiler_of(compiler_choice::automatic, 48, wt::feature_bit(F::winch)) ==
        engine_compiler::winch);
  CHECK(compiler_of(compiler_choice::automatic, 48,
                    wt::feature_bit(F::winch) | wt::feature_bit(F::cranelift)) ==
        engine_compiler::cranelift);
  CHECK(compiler_of(compiler_choice::automatic, 48, 0) == engine_compiler::none);
}

TEST_CASE("the host's native architecture, from the target's name") {
  using wt::detail::native_architecture_of;
  CHECK(native_architecture_of("x86_64-unknown-linux-gnu") == wt::architecture::x86_64);
  CHECK(native_architecture_of("aarch64-apple-darwin") == wt::architecture::aarch64);
  CHECK(native_architecture_of("riscv64gc-unknown-linux-gnu") == wt::architecture::riscv64);
  CHECK(native_architecture_of("s390x-unknown-linux-gnu") == wt::architecture::s390x);
  // No Cranelift backend: Wasmtime runs Pulley.
  CHECK(native_architecture_of("i686-unknown-linux-gnu") == wt::architecture::pulley);
  CHECK(native_architecture_of("armv7-unknown-linux-gnueabihf") == wt::architecture::pulley);
  CHECK(b22::host_architecture == native_architecture_of(wt::name_of<wt::target::host>));
  // A build for another target answers for that target.
  using b_s390x =
      wt::wasmtime_build<48, 0, wt::embedding_api_set::c, wt::target::s390x_unknown_linux_gnu>;
  static_assert(b_s390x::host_architecture == wt::architecture::s390x &&
                b_s390x::host_linux_or_macos);
  static_assert(wt::compiled_into<b_s390x, wt::target::s390x_unknown_linux_gnu, wt::release<48>>);
}
