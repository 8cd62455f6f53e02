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

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <wasmtime_tiers/wasmtime_version.hpp>
#include <wasmtime_tiers/release.hpp>

#define WASMTIME_TIERS_DETAIL_STR2(x) #x
#define WASMTIME_TIERS_DETAIL_STR(x) WASMTIME_TIERS_DETAIL_STR2(x)

#if defined(WASMTIME_TIERS_RELEASE)
#define WASMTIME_TIERS_DETAIL_SELECTED WASMTIME_TIERS_RELEASE
#elif defined(WASMTIME_VERSION_MAJOR)
// Marks that Wasmtime's header came first (wasmtime.hpp checks the include order with it).
#define WASMTIME_TIERS_DETAIL_SELECTED_FROM_WASMTIME 1
#if WASMTIME_VERSION_MAJOR > WASMTIME_TIERS_DETAIL_NEWEST_RELEASE
#define WASMTIME_TIERS_DETAIL_SELECTED WASMTIME_TIERS_DETAIL_NEWEST_RELEASE
#define WASMTIME_TIERS_DETAIL_NEWER_THAN_KNOWN 1
#elif WASMTIME_VERSION_MAJOR < WASMTIME_TIERS_DETAIL_OLDEST_RELEASE ||                             \
    (WASMTIME_TIERS_DETAIL_OLDEST_RELEASE == 0 && WASMTIME_VERSION_MAJOR == 0 &&                   \
     defined(WASMTIME_VERSION_MINOR) && WASMTIME_VERSION_MINOR < 40)
// release<0> is Wasmtime 0.40, the oldest shipped text; 0.39 and older are older than every text.
#define WASMTIME_TIERS_DETAIL_SELECTED WASMTIME_TIERS_DETAIL_OLDEST_RELEASE
#define WASMTIME_TIERS_DETAIL_OLDER_THAN_KNOWN 1
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

// The messages below keep their layout (string literals between macros).
// clang-format off
#if defined(WASMTIME_TIERS_DETAIL_OLDER_THAN_KNOWN)
// An error here: the included Wasmtime predates every shipped text of docs/stability-tiers.md.
#if defined(WASMTIME_VERSION_MINOR)
#define WASMTIME_TIERS_DETAIL_INCLUDED_VERSION                                                      \
  WASMTIME_TIERS_DETAIL_STR(WASMTIME_VERSION_MAJOR) "." WASMTIME_TIERS_DETAIL_STR(WASMTIME_VERSION_MINOR)
#else
#define WASMTIME_TIERS_DETAIL_INCLUDED_VERSION WASMTIME_TIERS_DETAIL_STR(WASMTIME_VERSION_MAJOR)
#endif
static_assert(!WASMTIME_TIERS_DETAIL_OLDER_THAN_KNOWN,
              "wasmtime_tiers: the included Wasmtime (" WASMTIME_TIERS_DETAIL_INCLUDED_VERSION
              ") is older than every tier table this library knows (the oldest is Wasmtime 0.40's); "
              "no text of docs/stability-tiers.md covers it");
#undef WASMTIME_TIERS_DETAIL_INCLUDED_VERSION
#endif

#if defined(WASMTIME_TIERS_DETAIL_NEWER_THAN_KNOWN) && defined(WASMTIME_TIERS_STRICT_RELEASE)
// An error here: WASMTIME_TIERS_STRICT_RELEASE refuses a Wasmtime newer than every known text.
static_assert(WASMTIME_VERSION_MAJOR <= WASMTIME_TIERS_DETAIL_NEWEST_RELEASE,
              "wasmtime_tiers: the included Wasmtime (WASMTIME_VERSION_MAJOR " WASMTIME_TIERS_DETAIL_STR(
                  WASMTIME_VERSION_MAJOR) ") is newer than the newest tier table this library knows "
              "(Wasmtime " WASMTIME_TIERS_DETAIL_STR(WASMTIME_TIERS_DETAIL_NEWEST_RELEASE) ") and "
              "WASMTIME_TIERS_STRICT_RELEASE is defined; add the release's own tables (doc/wasmtime.md: Using "
              "a Wasmtime release newer than this library) or undefine WASMTIME_TIERS_STRICT_RELEASE "
              "to check against the newest known table with a warning");
#endif

} // namespace wasmtime_tiers

#if defined(WASMTIME_TIERS_DETAIL_NEWER_THAN_KNOWN) && !defined(WASMTIME_TIERS_STRICT_RELEASE)
// The warning for a Wasmtime newer than every known text: a deprecated function called by an inline
// variable. A compiler reports nothing in a system header (-isystem, as CMake passes the include
// folders of an imported target, or /usr/include), so the two lines below first make this a system
// header, where the GNU line marker after it is not a pedantic warning, and the line marker then
// makes the rest of the file a user header again, where the deprecation is reported.
#pragma GCC system_header
# 86 "wasmtime_tiers/selected_release.hpp"
namespace wasmtime_tiers::detail {
[[deprecated("wasmtime_tiers: the included Wasmtime (WASMTIME_VERSION_MAJOR " WASMTIME_TIERS_DETAIL_STR(
    WASMTIME_VERSION_MAJOR) ") is newer than the newest tier table this library knows (Wasmtime " WASMTIME_TIERS_DETAIL_STR(WASMTIME_TIERS_DETAIL_NEWEST_RELEASE) "), so that table is used; add the release's own tables (doc/wasmtime.md: Using a Wasmtime release newer than this library) or define WASMTIME_TIERS_STRICT_RELEASE to make this an error")]]
constexpr int newer_than_known_release() noexcept { return 0; }
inline constexpr int newer_than_known_release_warning = newer_than_known_release();
} // namespace wasmtime_tiers::detail
#endif

// clang-format on

#endif
