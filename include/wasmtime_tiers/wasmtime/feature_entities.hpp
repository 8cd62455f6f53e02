// wasmtime-tiers: which entities of the tier tables a Wasmtime build compiles in, by its
// WASMTIME_FEATURE_* macros and the embedding APIs the translation unit includes: one table,
// detail::feature_entities, from which WASMTIME_TIERS_ENFORCE and compiled_into<B, E, R> both
// derive (wasmtime/enforce.hpp). Part of <wasmtime_tiers/wasmtime.hpp>.
//
// Besides the table, target::host (the compile target) is always compiled in. Macros without a
// tier row: PROFILING, WAT, CACHE, PARALLEL_COMPILATION, LOGGING, DISABLE_LOGGING, COREDUMP,
// ADDR2LINE, DEMANGLE, DEBUG_BUILTINS (debugger support of misc::dwarf_debugging, which Config's
// debug_info turns on at run time, not the build), ASYNC, GC_DRC, GC_NULL (collectors of
// wasm::gc), POOLING_ALLOCATOR, COMPILER (derived: CRANELIFT or WINCH).
//
// An entity the release does not list is not compiled in, in that release's sense: there the text
// says nothing about it (Winch before Wasmtime 21, Pulley before 30, api::c and api::cpp before
// 39, ...), so its being compiled in has no tier meaning.
#ifndef WASMTIME_TIERS_WASMTIME_FEATURE_ENTITIES_HPP
#define WASMTIME_TIERS_WASMTIME_FEATURE_ENTITIES_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <type_traits>

#include <wasmtime_tiers/detail/defer.hpp>
#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/table.hpp>
#include <wasmtime_tiers/tier.hpp>
#include <wasmtime_tiers/wasmtime/build.hpp>
#include <wasmtime_tiers/wasmtime/features.hpp>

namespace wasmtime_tiers::detail {

// listed_in<E, R>: release R's text mentions E (any tier, or the unsupported list).
template <class E, class R>
inline constexpr bool listed_in = tier_of<E, R> != tier::unlisted;

// tiered_in<E, R>: release R gives E a tier (1, 2 or 3).
template <class E, class R>
inline constexpr bool tiered_in = is_tiered(tier_of<E, R>);

// compiled_when: what, besides one of its macros, a row asks of the build and the release.
enum class compiled_when : unsigned char {
  any_macro,            // one of the row's macros is defined
  any_macro_and_tiered, // ... and the release gives the entity a tier
  // ... and the release has no backend::winch row, and the host is x86_64 (aarch64)
  any_macro_no_winch_row_on_x86_64,
  any_macro_no_winch_row_on_aarch64,
  c_api,   // the translation unit included wasmtime.h
  cpp_api, // the translation unit included wasmtime.hh or wasmtime/config.hh
};

// compiled_by<E, Macros, When>: one row of the table, entity E and the bits of its macros.
template <class E, wasmtime_feature_set Macros, compiled_when When = compiled_when::any_macro>
struct compiled_by {
  using entity = E;
  static constexpr wasmtime_feature_set macros = Macros;
  static constexpr compiled_when when = When;
};

template <class... Rows>
struct feature_entity_table {};

constexpr wasmtime_feature_set macro_bits(wasmtime_feature a) noexcept { return feature_bit(a); }
constexpr wasmtime_feature_set macro_bits(wasmtime_feature a, wasmtime_feature b) noexcept {
  return feature_bit(a) | feature_bit(b);
}

// feature_entities: the table, in the order WASMTIME_TIERS_ENFORCE reports; an entity has one row
// (tests/wasmtime/mapping.cpp checks it, so that including the table costs nothing).
using wf = wasmtime_feature;
using feature_entities = feature_entity_table<
    // WASMTIME_FEATURE_WASI: the wasmtime-wasi implementation the C API's WASI calls: preview1
    // runs on the preview2 interfaces, which wasmtime_component_linker_add_wasip2 also exposes;
    // not wasi::unstable (never linked by the C API), not wasi::http (its own macro).
    compiled_by<wasi::snapshot_preview1, macro_bits(wf::wasi)>,
    compiled_by<wasi::io, macro_bits(wf::wasi)>, compiled_by<wasi::clocks, macro_bits(wf::wasi)>,
    compiled_by<wasi::filesystem, macro_bits(wf::wasi)>,
    compiled_by<wasi::random, macro_bits(wf::wasi)>,
    compiled_by<wasi::sockets, macro_bits(wf::wasi)>, compiled_by<wasi::poll, macro_bits(wf::wasi)>,
    compiled_by<wasi::http, macro_bits(wf::wasi_http)>,
    compiled_by<wasm::threads, macro_bits(wf::threads)>,
    // WASMTIME_FEATURE_GC: gc and the proposals it builds on, and exceptions (Wasmtime builds
    // them with gc) where the release gives them a tier: texts before 27 list exception-handling
    // as unsupported, i.e. without an implementation.
    compiled_by<wasm::gc, macro_bits(wf::gc)>,
    compiled_by<wasm::reference_types, macro_bits(wf::gc)>,
    compiled_by<wasm::function_references, macro_bits(wf::gc)>,
    compiled_by<wasm::exception_handling, macro_bits(wf::gc), compiled_when::any_macro_and_tiered>,
    compiled_by<backend::cranelift, macro_bits(wf::cranelift)>,
    // WASMTIME_FEATURE_WINCH: the row of Wasmtime 34 on; before, the row of Winch on the host's
    // architecture, none on other hosts (Winch compiles for x86_64 and aarch64 only).
    compiled_by<backend::winch, macro_bits(wf::winch)>,
    compiled_by<backend::winch_on_x86_64, macro_bits(wf::winch),
                compiled_when::any_macro_no_winch_row_on_x86_64>,
    compiled_by<backend::winch_on_aarch64, macro_bits(wf::winch),
                compiled_when::any_macro_no_winch_row_on_aarch64>,
    // The async component model implies the component model.
    compiled_by<wasm::component_model, macro_bits(wf::component_model, wf::component_model_async)>,
    // All-arch builds compile Pulley too.
    compiled_by<backend::pulley, macro_bits(wf::pulley, wf::all_arch)>,
    compiled_by<api::c, 0, compiled_when::c_api>, compiled_by<api::cpp, 0, compiled_when::cpp_api>>;

// compiled_in_at(...): a row of entity `id`, with macro bits `macros` and condition `when`, is
// compiled into a build with `features`, host architecture `host` and the embedding APIs included,
// read against the text of index `text` (whether that text lists the entity is the caller's
// test). One function for every row, so that WASMTIME_TIERS_ENFORCE folds the whole table in one
// evaluation when the build passes (wasmtime/enforce.hpp).
WASMTIME_TIERS_DETAIL_DEFER
constexpr bool compiled_in_at(std::size_t id, wasmtime_feature_set macros, compiled_when when,
                              wasmtime_feature_set features, architecture host, bool c_api,
                              bool cpp_api, std::size_t text) noexcept {
  const bool macro = (features & macros) != 0;
  const bool no_winch_row = tier_in(text, id_of<backend::winch>) == tier::unlisted;
  switch (when) {
  case compiled_when::any_macro: return macro;
  case compiled_when::any_macro_and_tiered: return macro && is_tiered(tier_in(text, id));
  case compiled_when::any_macro_no_winch_row_on_x86_64:
    return macro && host == architecture::x86_64 && no_winch_row;
  case compiled_when::any_macro_no_winch_row_on_aarch64:
    return macro && host == architecture::aarch64 && no_winch_row;
  case compiled_when::c_api: return c_api;
  case compiled_when::cpp_api: return cpp_api;
  }
  return false;
}

// row_compiled_in<Row, B, R>(): build B compiles Row's entity in, read against release R (whether
// R lists the entity is the caller's test).
template <class Row, class B, class R>
constexpr bool row_compiled_in() noexcept {
  return compiled_in_at(static_cast<std::size_t>(Row::entity::wasmtime_tiers_id), Row::macros,
                        Row::when, B::features, B::host_architecture, B::c_api, B::cpp_api,
                        R::text_index);
}

// row_says<Row, E, B, R>(): Row is E's row and B compiles E in.
template <class Row, class E, class B, class R>
constexpr bool row_says() noexcept {
  if constexpr (std::is_same_v<typename Row::entity, E>)
    return row_compiled_in<Row, B, R>();
  else
    return false;
}

template <class E, class B, class R, class... Rows>
constexpr bool table_compiles_in(feature_entity_table<Rows...>*) noexcept {
  return (row_says<Rows, E, B, R>() || ...);
}

} // namespace wasmtime_tiers::detail

#endif
