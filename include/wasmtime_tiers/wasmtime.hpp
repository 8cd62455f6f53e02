// wasmtime-tiers: checks of a program that embeds Wasmtime through its C API (wasmtime.h) or C++
// API (wasmtime.hh), with nothing to configure: include Wasmtime's header first, then this one.
//
//   #include <wasmtime.hh>
//   #include <wasmtime_tiers/wasmtime.hpp>
//   WASMTIME_TIERS_ENFORCE(wasmtime_tiers::policy::production_ready);
//   ...
//   wasmtime::Config config;
//   wasmtime_tiers::configure<wasmtime_tiers::policy::production_ready>(config)
//       .use<wasmtime_tiers::backend::cranelift>()
//       .enable<wasmtime_tiers::wasm::simd>();
//
// What it reads, where Wasmtime's headers define it (each macro is read when this header is first
// included; later definitions are not seen):
//   WASMTIME_VERSION_MAJOR   (wasmtime.h, Wasmtime 6 on) the release: selected_release (see
//                            selected_release.hpp; WASMTIME_TIERS_RELEASE overrides it) and the
//                            setters Wasmtime declares. wasmtime.hh does not include wasmtime.h;
//                            where it came alone, wasmtime_version.hpp includes the same
//                            release's wasmtime.h to read it
//   WASMTIME_FEATURE_*       (wasmtime/conf.h, Wasmtime 22 on) what is compiled into the library
//   WASMTIME_API_H           (the include guard of wasmtime.h) the C API is in use, where the
//                            translation unit included wasmtime.h itself
//   WASMTIME_HH, WASMTIME_CONFIG_HH  (the include guards of wasmtime.hh, wasmtime/config.hh) the
//                            C++ API is in use
//
// WASMTIME_TIERS_ENFORCE(Policy) checks target::host and every entity the WASMTIME_FEATURE_*
// macros say is compiled into the library against Policy, with the diagnostics of
// WASMTIME_TIERS_REQUIRE. The mapping, against the policy's release:
//
//   macro                                   entities checked
//   (always)                                target::host
//   WASMTIME_FEATURE_WASI                   wasi::snapshot_preview1, wasi::io, wasi::clocks,
//                                           wasi::filesystem, wasi::random, wasi::sockets,
//                                           wasi::poll (the wasmtime-wasi implementation the C
//                                           API's WASI calls: preview1 runs on the preview2
//                                           interfaces, which wasmtime_component_linker_add_wasip2
//                                           also exposes); not wasi::unstable (never linked by the
//                                           C API), not wasi::http (its own macro)
//   WASMTIME_FEATURE_WASI_HTTP              wasi::http
//   WASMTIME_FEATURE_THREADS                wasm::threads
//   WASMTIME_FEATURE_GC                     wasm::gc, wasm::reference_types,
//                                           wasm::function_references, and
//                                           wasm::exception_handling where the release gives it a
//                                           tier (Wasmtime builds exceptions with gc; texts before
//                                           27 list it as unsupported, i.e. without an implementation)
//   WASMTIME_FEATURE_CRANELIFT              backend::cranelift
//   WASMTIME_FEATURE_WINCH                  backend::winch (the row of Wasmtime 34 on); before,
//                                           backend::winch_on_x86_64 or winch_on_aarch64 by the
//                                           host architecture, none on other hosts (Winch
//                                           compiles for x86_64 and aarch64 only)
//   WASMTIME_FEATURE_PULLEY, _ALL_ARCH      backend::pulley (all-arch builds Pulley too)
//   WASMTIME_FEATURE_COMPONENT_MODEL,
//     _COMPONENT_MODEL_ASYNC                wasm::component_model (async implies it)
//   (wasmtime.h included)                   api::c
//   (wasmtime.hh or wasmtime/config.hh)     api::cpp
//   no tier row: PROFILING, WAT, CACHE, PARALLEL_COMPILATION, LOGGING, DISABLE_LOGGING, COREDUMP,
//   ADDR2LINE, DEMANGLE, DEBUG_BUILTINS (debugger support of misc::dwarf_debugging, which Config's
//   debug_info turns on at run time, not the build), ASYNC, GC_DRC, GC_NULL (collectors of
//   wasm::gc), POOLING_ALLOCATOR, COMPILER (derived: CRANELIFT or WINCH)
//
// An entity the policy's release does not list is skipped: there the text says nothing about it
// (Winch before Wasmtime 21, Pulley before 30, api::c and api::cpp before 39, ...), so its being
// compiled in has no tier meaning. target::host is checked as WASMTIME_TIERS_REQUIRE checks it.
// Compiled in is what counts, whether or not a Config turns it on: build Wasmtime without the
// feature (-DWASMTIME_FEATURE_GC=OFF) or waive the entity.
#ifndef WASMTIME_TIERS_WASMTIME_HPP
#define WASMTIME_TIERS_WASMTIME_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
// Then: finds WASMTIME_VERSION_MAJOR where only Wasmtime's C++ headers came before.
#include <wasmtime_tiers/wasmtime_version.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/host.hpp>
#include <wasmtime_tiers/policy.hpp>
#include <wasmtime_tiers/release.hpp>
#include <wasmtime_tiers/selected_release.hpp>
#include <wasmtime_tiers/table.hpp>
#include <wasmtime_tiers/tier.hpp>

#if defined(WASMTIME_VERSION_MAJOR) && !defined(WASMTIME_TIERS_RELEASE) &&                         \
    !defined(WASMTIME_TIERS_DETAIL_SELECTED_FROM_WASMTIME)
#error "wasmtime_tiers: a wasmtime_tiers header was included before Wasmtime's wasmtime.h, so selected_release is not the included Wasmtime's release; include wasmtime.h (or wasmtime.hh) before every wasmtime_tiers header"
#endif

namespace wasmtime_tiers {

// wasmtime_feature: the WASMTIME_FEATURE_* macros of Wasmtime's wasmtime/conf.h (Wasmtime 22 on),
// in conf.h's order; compiler is derived (cranelift or winch).
enum class wasmtime_feature : unsigned char {
  profiling, wat, cache, parallel_compilation, wasi, wasi_http, logging, disable_logging, coredump,
  addr2line, demangle, threads, gc, gc_drc, gc_null, async, cranelift, winch, debug_builtins,
  pooling_allocator, component_model, component_model_async, pulley, all_arch, compiler,
};

// wasmtime_feature_set: a bit per wasmtime_feature; feature_bit(f) is f's bit.
using wasmtime_feature_set = std::uint32_t;
constexpr wasmtime_feature_set feature_bit(wasmtime_feature f) noexcept {
  return wasmtime_feature_set{1} << static_cast<unsigned>(f);
}

// Which of Wasmtime's embedding APIs a translation unit includes.
enum class embedding_api_set : unsigned char { none = 0, c = 1, cpp = 2, c_and_cpp = 3 };

// unknown_wasmtime_version: wasmtime_build's Version where WASMTIME_VERSION_MAJOR is not defined
// (no Wasmtime header before this one, or a Wasmtime before 6).
inline constexpr unsigned unknown_wasmtime_version = ~0u;

namespace detail {

// The architecture Wasmtime compiles for natively on a target, from the target's Wasmtime name;
// targets without a Cranelift backend run Pulley, as Wasmtime does by default there.
constexpr architecture native_architecture_of(std::string_view target_name) noexcept {
  auto starts = [&](std::string_view p) { return target_name.substr(0, p.size()) == p; };
  if (starts("x86_64-")) return architecture::x86_64;
  if (starts("aarch64-")) return architecture::aarch64;
  if (starts("s390x-")) return architecture::s390x;
  if (starts("riscv64")) return architecture::riscv64;
  return architecture::pulley;
}

// The operating systems on which Wasmtime's Cranelift accepts stack switching (with x86_64).
constexpr bool linux_or_macos_target(std::string_view target_name) noexcept {
  return target_name.find("-linux") != std::string_view::npos ||
         target_name.find("apple-darwin") != std::string_view::npos;
}

} // namespace detail

// wasmtime_build<Version, Features, Apis, Host>: a Wasmtime build as its headers describe it, for
// the compile target Host. included_wasmtime (below) is the one this translation unit includes;
// tests name others. Everything that depends on the build or the target is a member or takes the
// build as a template argument, so translation units with other builds or targets link together.
template <unsigned Version, wasmtime_feature_set Features, embedding_api_set Apis,
          class Host = target::host>
struct wasmtime_build {
  static constexpr unsigned version = Version;
  static constexpr bool version_known = Version != unknown_wasmtime_version;
  // Wasmtime 22 on: wasmtime/conf.h tells what is compiled in.
  static constexpr bool has_feature_macros = version_known && Version >= 22;
  static constexpr wasmtime_feature_set features = Features;
  static constexpr bool has(wasmtime_feature f) noexcept { return (Features & feature_bit(f)) != 0; }
  static constexpr bool c_api = (static_cast<unsigned>(Apis) & 1u) != 0;
  static constexpr bool cpp_api = (static_cast<unsigned>(Apis) & 2u) != 0;
  // The compile target, and the architecture Wasmtime compiles for there.
  using host = Host;
  static constexpr architecture host_architecture = detail::native_architecture_of(name_of<Host>);
  static constexpr bool host_linux_or_macos = detail::linux_or_macos_target(name_of<Host>);
};

// WASMTIME_TIERS_DETAIL_REQUIRE_VERSION(B, "what"): the error where build B has no version, worded
// by what the translation unit included before this header.
#define WASMTIME_TIERS_DETAIL_REQUIRE_VERSION(B, what)                                               \
  static_assert(B::version_known || B::c_api || B::cpp_api,                                        \
                what ": WASMTIME_VERSION_MAJOR was not defined when <wasmtime_tiers/wasmtime.hpp> "  \
                "was first included, and no Wasmtime header came before it; include Wasmtime's "   \
                "wasmtime.h or wasmtime.hh (Wasmtime 6 or later) before it");                       \
  static_assert(B::version_known || !B::cpp_api,                                                   \
                what ": WASMTIME_VERSION_MAJOR was not defined when <wasmtime_tiers/wasmtime.hpp> "  \
                "was first included: Wasmtime's C++ headers came before it, but <wasmtime.h>, "     \
                "which defines it, is not on the include path; add Wasmtime's include folder");    \
  static_assert(B::version_known || !B::c_api || B::cpp_api,                                       \
                what ": WASMTIME_VERSION_MAJOR was not defined when <wasmtime_tiers/wasmtime.hpp> "  \
                "was first included: the included wasmtime.h has none, so it is older than "       \
                "Wasmtime 6, which this library cannot check")

namespace detail {

// listed_in<E, R>: release R's text mentions E (any tier, or the unsupported list).
template <class E, class R>
inline constexpr bool listed_in = tier_of<E, R> != tier::unlisted;

// tiered_in<E, R>: release R gives E a tier (1, 2 or 3).
template <class E, class R>
inline constexpr bool tiered_in = is_tiered(tier_of<E, R>);

// Checks E against P when the build compiles it in and P's release lists it.
template <class P, class E, bool CompiledIn>
constexpr bool enforce_one() noexcept {
  if constexpr (CompiledIn && listed_in<E, typename P::release>)
    return require_one<P, E>();
  else
    return true;
}

// single_release_policy<P>(): P is a policy of one release (not of a releases<A, B> range), as a
// check of the one included Wasmtime needs.
template <class P>
constexpr bool single_release_policy() noexcept {
  if constexpr (policy_type<P>)
    return release_type<typename P::release>;
  else
    return false;
}

template <class B, class P>
constexpr bool enforce() noexcept {
  static_assert(policy_type<P>, "WASMTIME_TIERS_ENFORCE(Policy): the argument is not a policy; use "
                                "wasmtime_tiers::policy::minimum_tier<...>, per_category<...> or "
                                "with_waivers<...>");
  WASMTIME_TIERS_DETAIL_REQUIRE_VERSION(B, "WASMTIME_TIERS_ENFORCE(Policy)");
  static_assert(!policy_type<P> || single_release_policy<P>(),
                "WASMTIME_TIERS_ENFORCE(Policy): the policy names a range of releases "
                "(releases<A, B>), but the included Wasmtime is one release; use a policy of one "
                "release (the default: selected_release) here, and check the range with "
                "WASMTIME_TIERS_REQUIRE or `wasmtime-tiers check --releases`");
  static_assert(!B::version_known || B::has_feature_macros,
                "WASMTIME_TIERS_ENFORCE(Policy): Wasmtime before 22 has no wasmtime/conf.h, so what "
                "is compiled into it cannot be read; use WASMTIME_TIERS_REQUIRE(Policy, "
                "wasmtime_tiers::target::host, <the entities the program uses>) instead");
  if constexpr (single_release_policy<P>() && B::has_feature_macros) {
    using R = typename P::release;
    using feat = wasmtime_feature;
    constexpr bool winch_row = listed_in<backend::winch, R>;
    // Every entity is checked (no short circuit), so that every violation is reported.
    const bool results[] = {
        require_one<P, typename B::host>(),
        enforce_one<P, wasi::snapshot_preview1, B::has(feat::wasi)>(),
        enforce_one<P, wasi::io, B::has(feat::wasi)>(),
        enforce_one<P, wasi::clocks, B::has(feat::wasi)>(),
        enforce_one<P, wasi::filesystem, B::has(feat::wasi)>(),
        enforce_one<P, wasi::random, B::has(feat::wasi)>(),
        enforce_one<P, wasi::sockets, B::has(feat::wasi)>(),
        enforce_one<P, wasi::poll, B::has(feat::wasi)>(),
        enforce_one<P, wasi::http, B::has(feat::wasi_http)>(),
        enforce_one<P, wasm::threads, B::has(feat::threads)>(),
        enforce_one<P, wasm::gc, B::has(feat::gc)>(),
        enforce_one<P, wasm::reference_types, B::has(feat::gc)>(),
        enforce_one<P, wasm::function_references, B::has(feat::gc)>(),
        enforce_one<P, wasm::exception_handling,
                    B::has(feat::gc) && tiered_in<wasm::exception_handling, R>>(),
        enforce_one<P, backend::cranelift, B::has(feat::cranelift)>(),
        enforce_one<P, backend::winch, B::has(feat::winch) && winch_row>(),
        enforce_one<P, backend::winch_on_x86_64,
                    B::has(feat::winch) && !winch_row && B::host_architecture == architecture::x86_64>(),
        enforce_one<P, backend::winch_on_aarch64,
                    B::has(feat::winch) && !winch_row && B::host_architecture == architecture::aarch64>(),
        enforce_one<P, wasm::component_model,
                    B::has(feat::component_model) || B::has(feat::component_model_async)>(),
        enforce_one<P, backend::pulley, B::has(feat::pulley) || B::has(feat::all_arch)>(),
        enforce_one<P, api::c, B::c_api>(),
        enforce_one<P, api::cpp, B::cpp_api>(),
    };
    (void)results;
  }
  // Each violation, and each static_assert above, is an error of its own (see require_one): the
  // value adds no follow-on error.
  return true;
}

} // namespace detail

// compiled_into<B, E, R>: WASMTIME_TIERS_ENFORCE checks entity E for build B against release R
// (B compiles E in, by the mapping above, and R lists E); B's host (target::host) always.
template <class B, entity E, release_type R = selected_release>
inline constexpr bool compiled_into = [] {
  using feat = wasmtime_feature;
  if constexpr (std::is_same_v<E, typename B::host>) return true;
  else if constexpr (!B::has_feature_macros || !detail::listed_in<E, R>) return false;
  else {
    const std::size_t eid = E::wasmtime_tiers_id;
    const bool winch_row = detail::listed_in<backend::winch, R>;
    const architecture a = B::host_architecture;
    if (eid == id_of<wasi::snapshot_preview1> || eid == id_of<wasi::io> ||
        eid == id_of<wasi::clocks> || eid == id_of<wasi::filesystem> || eid == id_of<wasi::random> ||
        eid == id_of<wasi::sockets> || eid == id_of<wasi::poll>)
      return B::has(feat::wasi);
    if (eid == id_of<wasi::http>) return B::has(feat::wasi_http);
    if (eid == id_of<wasm::threads>) return B::has(feat::threads);
    if (eid == id_of<wasm::gc> || eid == id_of<wasm::reference_types> ||
        eid == id_of<wasm::function_references>)
      return B::has(feat::gc);
    if (eid == id_of<wasm::exception_handling>)
      return B::has(feat::gc) && detail::tiered_in<wasm::exception_handling, R>;
    if (eid == id_of<backend::cranelift>) return B::has(feat::cranelift);
    if (eid == id_of<backend::winch>) return B::has(feat::winch) && winch_row;
    if (eid == id_of<backend::winch_on_x86_64>)
      return B::has(feat::winch) && !winch_row && a == architecture::x86_64;
    if (eid == id_of<backend::winch_on_aarch64>)
      return B::has(feat::winch) && !winch_row && a == architecture::aarch64;
    if (eid == id_of<wasm::component_model>)
      return B::has(feat::component_model) || B::has(feat::component_model_async);
    if (eid == id_of<backend::pulley>) return B::has(feat::pulley) || B::has(feat::all_arch);
    if (eid == id_of<api::c>) return B::c_api;
    if (eid == id_of<api::cpp>) return B::cpp_api;
    return false;
  }
}();

} // namespace wasmtime_tiers

// --- the Wasmtime this translation unit includes ------------------------------------------------
#if defined(WASMTIME_VERSION_MAJOR)
#define WASMTIME_TIERS_DETAIL_WASMTIME_VERSION WASMTIME_VERSION_MAJOR
#else
#define WASMTIME_TIERS_DETAIL_WASMTIME_VERSION ::wasmtime_tiers::unknown_wasmtime_version
#endif
// One line per macro: its bit where Wasmtime's conf.h defines it.
#if defined(WASMTIME_FEATURE_PROFILING)
#define WASMTIME_TIERS_DETAIL_F_PROFILING feature_bit(wasmtime_feature::profiling)
#else
#define WASMTIME_TIERS_DETAIL_F_PROFILING 0u
#endif
#if defined(WASMTIME_FEATURE_WAT)
#define WASMTIME_TIERS_DETAIL_F_WAT feature_bit(wasmtime_feature::wat)
#else
#define WASMTIME_TIERS_DETAIL_F_WAT 0u
#endif
#if defined(WASMTIME_FEATURE_CACHE)
#define WASMTIME_TIERS_DETAIL_F_CACHE feature_bit(wasmtime_feature::cache)
#else
#define WASMTIME_TIERS_DETAIL_F_CACHE 0u
#endif
#if defined(WASMTIME_FEATURE_PARALLEL_COMPILATION)
#define WASMTIME_TIERS_DETAIL_F_PARALLEL_COMPILATION feature_bit(wasmtime_feature::parallel_compilation)
#else
#define WASMTIME_TIERS_DETAIL_F_PARALLEL_COMPILATION 0u
#endif
#if defined(WASMTIME_FEATURE_WASI)
#define WASMTIME_TIERS_DETAIL_F_WASI feature_bit(wasmtime_feature::wasi)
#else
#define WASMTIME_TIERS_DETAIL_F_WASI 0u
#endif
#if defined(WASMTIME_FEATURE_WASI_HTTP)
#define WASMTIME_TIERS_DETAIL_F_WASI_HTTP feature_bit(wasmtime_feature::wasi_http)
#else
#define WASMTIME_TIERS_DETAIL_F_WASI_HTTP 0u
#endif
#if defined(WASMTIME_FEATURE_LOGGING)
#define WASMTIME_TIERS_DETAIL_F_LOGGING feature_bit(wasmtime_feature::logging)
#else
#define WASMTIME_TIERS_DETAIL_F_LOGGING 0u
#endif
#if defined(WASMTIME_FEATURE_DISABLE_LOGGING)
#define WASMTIME_TIERS_DETAIL_F_DISABLE_LOGGING feature_bit(wasmtime_feature::disable_logging)
#else
#define WASMTIME_TIERS_DETAIL_F_DISABLE_LOGGING 0u
#endif
#if defined(WASMTIME_FEATURE_COREDUMP)
#define WASMTIME_TIERS_DETAIL_F_COREDUMP feature_bit(wasmtime_feature::coredump)
#else
#define WASMTIME_TIERS_DETAIL_F_COREDUMP 0u
#endif
#if defined(WASMTIME_FEATURE_ADDR2LINE)
#define WASMTIME_TIERS_DETAIL_F_ADDR2LINE feature_bit(wasmtime_feature::addr2line)
#else
#define WASMTIME_TIERS_DETAIL_F_ADDR2LINE 0u
#endif
#if defined(WASMTIME_FEATURE_DEMANGLE)
#define WASMTIME_TIERS_DETAIL_F_DEMANGLE feature_bit(wasmtime_feature::demangle)
#else
#define WASMTIME_TIERS_DETAIL_F_DEMANGLE 0u
#endif
#if defined(WASMTIME_FEATURE_THREADS)
#define WASMTIME_TIERS_DETAIL_F_THREADS feature_bit(wasmtime_feature::threads)
#else
#define WASMTIME_TIERS_DETAIL_F_THREADS 0u
#endif
#if defined(WASMTIME_FEATURE_GC)
#define WASMTIME_TIERS_DETAIL_F_GC feature_bit(wasmtime_feature::gc)
#else
#define WASMTIME_TIERS_DETAIL_F_GC 0u
#endif
#if defined(WASMTIME_FEATURE_GC_DRC)
#define WASMTIME_TIERS_DETAIL_F_GC_DRC feature_bit(wasmtime_feature::gc_drc)
#else
#define WASMTIME_TIERS_DETAIL_F_GC_DRC 0u
#endif
#if defined(WASMTIME_FEATURE_GC_NULL)
#define WASMTIME_TIERS_DETAIL_F_GC_NULL feature_bit(wasmtime_feature::gc_null)
#else
#define WASMTIME_TIERS_DETAIL_F_GC_NULL 0u
#endif
#if defined(WASMTIME_FEATURE_ASYNC)
#define WASMTIME_TIERS_DETAIL_F_ASYNC feature_bit(wasmtime_feature::async)
#else
#define WASMTIME_TIERS_DETAIL_F_ASYNC 0u
#endif
#if defined(WASMTIME_FEATURE_CRANELIFT)
#define WASMTIME_TIERS_DETAIL_F_CRANELIFT feature_bit(wasmtime_feature::cranelift)
#else
#define WASMTIME_TIERS_DETAIL_F_CRANELIFT 0u
#endif
#if defined(WASMTIME_FEATURE_WINCH)
#define WASMTIME_TIERS_DETAIL_F_WINCH feature_bit(wasmtime_feature::winch)
#else
#define WASMTIME_TIERS_DETAIL_F_WINCH 0u
#endif
#if defined(WASMTIME_FEATURE_DEBUG_BUILTINS)
#define WASMTIME_TIERS_DETAIL_F_DEBUG_BUILTINS feature_bit(wasmtime_feature::debug_builtins)
#else
#define WASMTIME_TIERS_DETAIL_F_DEBUG_BUILTINS 0u
#endif
#if defined(WASMTIME_FEATURE_POOLING_ALLOCATOR)
#define WASMTIME_TIERS_DETAIL_F_POOLING_ALLOCATOR feature_bit(wasmtime_feature::pooling_allocator)
#else
#define WASMTIME_TIERS_DETAIL_F_POOLING_ALLOCATOR 0u
#endif
#if defined(WASMTIME_FEATURE_COMPONENT_MODEL)
#define WASMTIME_TIERS_DETAIL_F_COMPONENT_MODEL feature_bit(wasmtime_feature::component_model)
#else
#define WASMTIME_TIERS_DETAIL_F_COMPONENT_MODEL 0u
#endif
#if defined(WASMTIME_FEATURE_COMPONENT_MODEL_ASYNC)
#define WASMTIME_TIERS_DETAIL_F_COMPONENT_MODEL_ASYNC feature_bit(wasmtime_feature::component_model_async)
#else
#define WASMTIME_TIERS_DETAIL_F_COMPONENT_MODEL_ASYNC 0u
#endif
#if defined(WASMTIME_FEATURE_PULLEY)
#define WASMTIME_TIERS_DETAIL_F_PULLEY feature_bit(wasmtime_feature::pulley)
#else
#define WASMTIME_TIERS_DETAIL_F_PULLEY 0u
#endif
#if defined(WASMTIME_FEATURE_ALL_ARCH)
#define WASMTIME_TIERS_DETAIL_F_ALL_ARCH feature_bit(wasmtime_feature::all_arch)
#else
#define WASMTIME_TIERS_DETAIL_F_ALL_ARCH 0u
#endif
#if defined(WASMTIME_FEATURE_COMPILER)
#define WASMTIME_TIERS_DETAIL_F_COMPILER feature_bit(wasmtime_feature::compiler)
#else
#define WASMTIME_TIERS_DETAIL_F_COMPILER 0u
#endif
// The C API is the translation unit's own when it included wasmtime.h, not wasmtime_version.hpp.
#if defined(WASMTIME_API_H) && !defined(WASMTIME_TIERS_DETAIL_WASMTIME_H_BY_LIBRARY)
#define WASMTIME_TIERS_DETAIL_C_API 1
#endif
#if defined(WASMTIME_TIERS_DETAIL_C_API) && (defined(WASMTIME_HH) || defined(WASMTIME_CONFIG_HH))
#define WASMTIME_TIERS_DETAIL_APIS embedding_api_set::c_and_cpp
#elif defined(WASMTIME_HH) || defined(WASMTIME_CONFIG_HH)
#define WASMTIME_TIERS_DETAIL_APIS embedding_api_set::cpp
#elif defined(WASMTIME_TIERS_DETAIL_C_API)
#define WASMTIME_TIERS_DETAIL_APIS embedding_api_set::c
#else
#define WASMTIME_TIERS_DETAIL_APIS embedding_api_set::none
#endif

namespace wasmtime_tiers {

// included_wasmtime: the Wasmtime build this translation unit's Wasmtime headers describe, as
// read when this header was first included (an alias, so translation units that include different
// Wasmtime builds link together).
using included_wasmtime = wasmtime_build<
    WASMTIME_TIERS_DETAIL_WASMTIME_VERSION,
    WASMTIME_TIERS_DETAIL_F_PROFILING | WASMTIME_TIERS_DETAIL_F_WAT | WASMTIME_TIERS_DETAIL_F_CACHE |
        WASMTIME_TIERS_DETAIL_F_PARALLEL_COMPILATION | WASMTIME_TIERS_DETAIL_F_WASI |
        WASMTIME_TIERS_DETAIL_F_WASI_HTTP | WASMTIME_TIERS_DETAIL_F_LOGGING |
        WASMTIME_TIERS_DETAIL_F_DISABLE_LOGGING | WASMTIME_TIERS_DETAIL_F_COREDUMP |
        WASMTIME_TIERS_DETAIL_F_ADDR2LINE | WASMTIME_TIERS_DETAIL_F_DEMANGLE |
        WASMTIME_TIERS_DETAIL_F_THREADS | WASMTIME_TIERS_DETAIL_F_GC | WASMTIME_TIERS_DETAIL_F_GC_DRC |
        WASMTIME_TIERS_DETAIL_F_GC_NULL | WASMTIME_TIERS_DETAIL_F_ASYNC |
        WASMTIME_TIERS_DETAIL_F_CRANELIFT | WASMTIME_TIERS_DETAIL_F_WINCH |
        WASMTIME_TIERS_DETAIL_F_DEBUG_BUILTINS | WASMTIME_TIERS_DETAIL_F_POOLING_ALLOCATOR |
        WASMTIME_TIERS_DETAIL_F_COMPONENT_MODEL | WASMTIME_TIERS_DETAIL_F_COMPONENT_MODEL_ASYNC |
        WASMTIME_TIERS_DETAIL_F_PULLEY | WASMTIME_TIERS_DETAIL_F_ALL_ARCH |
        WASMTIME_TIERS_DETAIL_F_COMPILER,
    WASMTIME_TIERS_DETAIL_APIS, target::host>;

} // namespace wasmtime_tiers

#undef WASMTIME_TIERS_DETAIL_F_PROFILING
#undef WASMTIME_TIERS_DETAIL_F_WAT
#undef WASMTIME_TIERS_DETAIL_F_CACHE
#undef WASMTIME_TIERS_DETAIL_F_PARALLEL_COMPILATION
#undef WASMTIME_TIERS_DETAIL_F_WASI
#undef WASMTIME_TIERS_DETAIL_F_WASI_HTTP
#undef WASMTIME_TIERS_DETAIL_F_LOGGING
#undef WASMTIME_TIERS_DETAIL_F_DISABLE_LOGGING
#undef WASMTIME_TIERS_DETAIL_F_COREDUMP
#undef WASMTIME_TIERS_DETAIL_F_ADDR2LINE
#undef WASMTIME_TIERS_DETAIL_F_DEMANGLE
#undef WASMTIME_TIERS_DETAIL_F_THREADS
#undef WASMTIME_TIERS_DETAIL_F_GC
#undef WASMTIME_TIERS_DETAIL_F_GC_DRC
#undef WASMTIME_TIERS_DETAIL_F_GC_NULL
#undef WASMTIME_TIERS_DETAIL_F_ASYNC
#undef WASMTIME_TIERS_DETAIL_F_CRANELIFT
#undef WASMTIME_TIERS_DETAIL_F_WINCH
#undef WASMTIME_TIERS_DETAIL_F_DEBUG_BUILTINS
#undef WASMTIME_TIERS_DETAIL_F_POOLING_ALLOCATOR
#undef WASMTIME_TIERS_DETAIL_F_COMPONENT_MODEL
#undef WASMTIME_TIERS_DETAIL_F_COMPONENT_MODEL_ASYNC
#undef WASMTIME_TIERS_DETAIL_F_PULLEY
#undef WASMTIME_TIERS_DETAIL_F_ALL_ARCH
#undef WASMTIME_TIERS_DETAIL_F_COMPILER
#undef WASMTIME_TIERS_DETAIL_APIS
#undef WASMTIME_TIERS_DETAIL_C_API
#undef WASMTIME_TIERS_DETAIL_WASMTIME_VERSION

// WASMTIME_TIERS_ENFORCE(Policy): a compile error, at namespace or block scope, when the compile
// target or an entity compiled into the included Wasmtime (see the mapping at the top) does not
// meet the policy; the first error line is the one WASMTIME_TIERS_REQUIRE gives for that entity.
// An error here without such a line: WASMTIME_VERSION_MAJOR was not defined when this header was
// first included, or the Wasmtime is older than 22 (no wasmtime/conf.h).
#define WASMTIME_TIERS_ENFORCE(...)                                                                \
  static_assert(::wasmtime_tiers::detail::enforce<::wasmtime_tiers::included_wasmtime, __VA_ARGS__>(), \
                "WASMTIME_TIERS_ENFORCE(" #__VA_ARGS__ ") failed (see the first error)")

#include <wasmtime_tiers/configure.hpp>

#endif
