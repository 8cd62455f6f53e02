// wasmtime-tiers: included_wasmtime, the Wasmtime build this translation unit's Wasmtime headers
// describe. Part of <wasmtime_tiers/wasmtime.hpp>; include Wasmtime's header first.
//
// What it reads, where Wasmtime's headers define it (each macro is read when this header is first
// included; later definitions are not seen):
//   WASMTIME_VERSION_MAJOR   (wasmtime.h, Wasmtime 6 on) the release: selected_release (see
//                            selected_release.hpp; WASMTIME_TIERS_RELEASE overrides it) and the
//                            setters Wasmtime declares. wasmtime.hh does not include wasmtime.h;
//                            where it came alone, wasmtime_version.hpp includes the same
//                            release's wasmtime.h to read it
//   WASMTIME_FEATURE_*       (wasmtime/conf.h, Wasmtime 22 on) what is compiled into the library:
//                            each macro of the list in wasmtime/features.hpp
//   WASMTIME_API_H           (the include guard of wasmtime.h) the C API is in use, where the
//                            translation unit included wasmtime.h itself
//   WASMTIME_HH, WASMTIME_CONFIG_HH  (the include guards of wasmtime.hh, wasmtime/config.hh) the
//                            C++ API is in use
#ifndef WASMTIME_TIERS_WASMTIME_INCLUDED_HPP
#define WASMTIME_TIERS_WASMTIME_INCLUDED_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
// Then: finds WASMTIME_VERSION_MAJOR where only Wasmtime's C++ headers came before.
#include <wasmtime_tiers/wasmtime_version.hpp>

#include <wasmtime_tiers/host.hpp>
#include <wasmtime_tiers/selected_release.hpp>
#include <wasmtime_tiers/wasmtime/build.hpp>
#include <wasmtime_tiers/wasmtime/features.hpp>

#if defined(WASMTIME_VERSION_MAJOR) && !defined(WASMTIME_TIERS_RELEASE) &&                         \
    !defined(WASMTIME_TIERS_DETAIL_SELECTED_FROM_WASMTIME)
#error                                                                                             \
    "wasmtime_tiers: a wasmtime_tiers header was included before Wasmtime's wasmtime.h, so selected_release is not the included Wasmtime's release; include wasmtime.h (or wasmtime.hh) before every wasmtime_tiers header"
#endif

#if defined(WASMTIME_VERSION_MAJOR)
#define WASMTIME_TIERS_DETAIL_WASMTIME_VERSION WASMTIME_VERSION_MAJOR
#else
#define WASMTIME_TIERS_DETAIL_WASMTIME_VERSION ::wasmtime_tiers::unknown_wasmtime_version
#endif
// Whether a macro is defined: WASMTIME_TIERS_DETAIL_EXPANSION(WASMTIME_FEATURE_X) is "" where
// conf.h defines it (as nothing), "1" where -D does, "WASMTIME_FEATURE_X" where nothing does. Told
// apart by length, and by the first character where the lengths are equal: a definition as a text
// of the name's length that starts with W is not seen. One row a macro, read by a loop
// (detail::macro_readings): GCC 12 takes about 13 M instructions to fold the same test written as
// one expression of 25 terms, and 3 this way.
#define WASMTIME_TIERS_DETAIL_TEXT_OF(...) #__VA_ARGS__
#define WASMTIME_TIERS_DETAIL_EXPANSION(...) WASMTIME_TIERS_DETAIL_TEXT_OF(__VA_ARGS__)
#define WASMTIME_TIERS_DETAIL_READ_FEATURE(MACRO, name)                                            \
  {WASMTIME_TIERS_DETAIL_EXPANSION(WASMTIME_FEATURE_##MACRO),                                      \
   sizeof(WASMTIME_TIERS_DETAIL_EXPANSION(WASMTIME_FEATURE_##MACRO)) !=                            \
       sizeof("WASMTIME_FEATURE_" #MACRO)},
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

namespace detail {
// What the preprocessor made of each WASMTIME_FEATURE_* macro, in the order of wasmtime_feature.
struct macro_reading {
  const char* expansion; // the macro's text, or its name where it is not defined
  bool length_differs;   // the expansion is not as long as the name: the macro is defined
};
struct macro_readings {
  macro_reading rows[wasmtime_feature_count];
  // The bits of the macros that are defined.
  constexpr wasmtime_feature_set defined() const noexcept {
    wasmtime_feature_set bits = 0;
    for (std::size_t i = 0; i < wasmtime_feature_count; ++i)
      if (rows[i].length_differs || rows[i].expansion[0] != 'W')
        bits |= wasmtime_feature_set{1} << i;
    return bits;
  }
};
} // namespace detail

// included_wasmtime: the Wasmtime build this translation unit's Wasmtime headers describe, as
// read when this header was first included (an alias, so translation units that include different
// Wasmtime builds link together).
using included_wasmtime =
    wasmtime_build<WASMTIME_TIERS_DETAIL_WASMTIME_VERSION,
                   detail::macro_readings{{WASMTIME_TIERS_DETAIL_WASMTIME_FEATURES(
                                              WASMTIME_TIERS_DETAIL_READ_FEATURE)}}
                       .defined(),
                   WASMTIME_TIERS_DETAIL_APIS, target::host>;

} // namespace wasmtime_tiers

#undef WASMTIME_TIERS_DETAIL_READ_FEATURE
#undef WASMTIME_TIERS_DETAIL_EXPANSION
#undef WASMTIME_TIERS_DETAIL_TEXT_OF
#undef WASMTIME_TIERS_DETAIL_APIS
#undef WASMTIME_TIERS_DETAIL_C_API
#undef WASMTIME_TIERS_DETAIL_WASMTIME_VERSION

#endif
