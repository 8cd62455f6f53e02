// wasmtime-tiers: the Wasmtime release a translation unit is checked against.
//
// Configuration (each documented default):
//   WASMTIME_TIERS_RELEASE          the Wasmtime major to check against (default: see below)
//   WASMTIME_VERSION_MAJOR          defined by Wasmtime's wasmtime.h (since Wasmtime 6); used when
//                                   WASMTIME_TIERS_RELEASE is not defined
//   WASMTIME_TIERS_STRICT_RELEASE   make a Wasmtime newer than every known text an error instead
//                                   of a warning (default: not defined)
// With neither release macro, the newest release a text covers is selected.
#ifndef WASMTIME_TIERS_SELECTED_RELEASE_HPP
#define WASMTIME_TIERS_SELECTED_RELEASE_HPP

#include <wasmtime_tiers/release.hpp>

#define WASMTIME_TIERS_DETAIL_STR2(x) #x
#define WASMTIME_TIERS_DETAIL_STR(x) WASMTIME_TIERS_DETAIL_STR2(x)

#if defined(WASMTIME_TIERS_RELEASE)
#define WASMTIME_TIERS_DETAIL_SELECTED WASMTIME_TIERS_RELEASE
#elif defined(WASMTIME_VERSION_MAJOR)
#if WASMTIME_VERSION_MAJOR > WASMTIME_TIERS_DETAIL_NEWEST_RELEASE
#if defined(WASMTIME_TIERS_STRICT_RELEASE)
#error "wasmtime_tiers: Wasmtime's WASMTIME_VERSION_MAJOR is newer than the newest tier table this library knows; add that release's tables (see README: Using a Wasmtime release newer than this library), or undefine WASMTIME_TIERS_STRICT_RELEASE to check against the newest known table"
#endif
#define WASMTIME_TIERS_DETAIL_SELECTED WASMTIME_TIERS_DETAIL_NEWEST_RELEASE
#define WASMTIME_TIERS_DETAIL_NEWER_THAN_KNOWN 1
#elif WASMTIME_VERSION_MAJOR < WASMTIME_TIERS_DETAIL_OLDEST_RELEASE
#error "wasmtime_tiers: Wasmtime's WASMTIME_VERSION_MAJOR is older than every tier table this library knows"
#else
#define WASMTIME_TIERS_DETAIL_SELECTED WASMTIME_VERSION_MAJOR
#endif
#else
#define WASMTIME_TIERS_DETAIL_SELECTED WASMTIME_TIERS_DETAIL_NEWEST_RELEASE
#endif

namespace wasmtime_tiers {

// selected_release: release<WASMTIME_TIERS_RELEASE>, else release<WASMTIME_VERSION_MAJOR> (when
// Wasmtime's wasmtime.h was included first), else the newest known release. The default release
// of every policy.
using selected_release = release<WASMTIME_TIERS_DETAIL_SELECTED>;

#if defined(WASMTIME_TIERS_DETAIL_NEWER_THAN_KNOWN)
namespace detail {
[[deprecated("wasmtime_tiers: the included Wasmtime (WASMTIME_VERSION_MAJOR " WASMTIME_TIERS_DETAIL_STR(
    WASMTIME_VERSION_MAJOR) ") is newer than the newest tier table this library knows (Wasmtime " WASMTIME_TIERS_DETAIL_STR(WASMTIME_TIERS_DETAIL_NEWEST_RELEASE) "), so that table is used; add the release's own tables (README: Using a Wasmtime release newer than this library) or define WASMTIME_TIERS_STRICT_RELEASE to make this an error")]]
constexpr int newer_than_known_release() noexcept { return 0; }
inline constexpr int newer_than_known_release_warning = newer_than_known_release();
} // namespace detail
#endif

} // namespace wasmtime_tiers

#endif
