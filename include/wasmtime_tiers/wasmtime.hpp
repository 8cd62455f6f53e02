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
// The integration, one concept a header under wasmtime_tiers/wasmtime/, each read from the one
// before it:
//   features.hpp            the WASMTIME_FEATURE_* macros of wasmtime/conf.h, as one list
//   target_architecture.hpp the architecture Wasmtime compiles for on a target triple
//   build.hpp               wasmtime_build<Version, Features, Apis, Host>: a build, as its headers
//                           describe it
//   included.hpp            included_wasmtime: the build this translation unit includes (what it
//                           reads, and when, is described there)
//   feature_entities.hpp    the one table of what a build compiles in: macro -> entities
//   enforce.hpp             WASMTIME_TIERS_ENFORCE(Policy) and compiled_into<B, E, R>
//   setters.hpp             the setters of Wasmtime's APIs and the releases that declare them
//   compiler_rules.hpp      Wasmtime's compiler rules: the engine's compiler, its support tables,
//                           the proposals and builds Wasmtime refuses
//   diagnostic_words.hpp    the words of configure<>'s first error line
//   configure_checks.hpp    the checks of configure<>'s calls, which report
//   configure_masks.hpp     the same checks for every proposal at once: a passing call's only cost
//   configure.hpp           configure<Policy>(config): the checked builder of an engine
//                           configuration
//
// WASMTIME_TIERS_ENFORCE(Policy) checks target::host and every entity the WASMTIME_FEATURE_*
// macros say is compiled into the library (wasmtime/feature_entities.hpp) against Policy, with the
// diagnostics of WASMTIME_TIERS_REQUIRE, against the policy's release. Compiled in is what counts,
// whether or not a Config turns it on: build Wasmtime without the feature
// (-DWASMTIME_FEATURE_GC=OFF) or waive the entity.
#ifndef WASMTIME_TIERS_WASMTIME_HPP
#define WASMTIME_TIERS_WASMTIME_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
// Then: finds WASMTIME_VERSION_MAJOR where only Wasmtime's C++ headers came before.
#include <wasmtime_tiers/wasmtime_version.hpp>

// Without <string_view>, which alone costs about as much as the rest of a translation unit that
// includes only Wasmtime's C header and this one (see doc/compile_time.md): the names the library
// hands out (name_of, to_string, ...) stop with an error naming <wasmtime_tiers.hpp>, which, like
// every header that declares them, gives them, before or after this one. Where static_assert takes
// a computed message (C++26, WASMTIME_TIERS_COMPUTED_MESSAGES), the messages are made of the
// names, and <string_view> is included.
#if !(defined(__cpp_static_assert) && __cpp_static_assert >= 202306L) &&                           \
    !defined(WASMTIME_TIERS_DETAIL_WITHOUT_NAMES)
#define WASMTIME_TIERS_DETAIL_WITHOUT_NAMES
#define WASMTIME_TIERS_DETAIL_WASMTIME_WITHOUT_NAMES
#endif

#include <wasmtime_tiers/wasmtime/included.hpp> // first of the pieces: reads Wasmtime's macros
#include <wasmtime_tiers/wasmtime/enforce.hpp>
#include <wasmtime_tiers/wasmtime/configure.hpp>

#if defined(WASMTIME_TIERS_DETAIL_WASMTIME_WITHOUT_NAMES)
#undef WASMTIME_TIERS_DETAIL_WITHOUT_NAMES
#undef WASMTIME_TIERS_DETAIL_WASMTIME_WITHOUT_NAMES
#endif

#endif
