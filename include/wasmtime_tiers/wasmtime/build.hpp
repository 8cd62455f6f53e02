// wasmtime-tiers: wasmtime_build<Version, Features, Apis, Host>, a Wasmtime build as its headers
// describe it. Part of <wasmtime_tiers/wasmtime.hpp>; wasmtime/included.hpp reads the one this
// translation unit includes.
#ifndef WASMTIME_TIERS_WASMTIME_BUILD_HPP
#define WASMTIME_TIERS_WASMTIME_BUILD_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check

#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/host.hpp>
#include <wasmtime_tiers/table.hpp>
#include <wasmtime_tiers/wasmtime/features.hpp>
#include <wasmtime_tiers/wasmtime/target_architecture.hpp>

namespace wasmtime_tiers {

// Which of Wasmtime's embedding APIs a translation unit includes.
enum class embedding_api_set : unsigned char { none = 0, c = 1, cpp = 2, c_and_cpp = 3 };

// unknown_wasmtime_version: wasmtime_build's Version where WASMTIME_VERSION_MAJOR is not defined
// (no Wasmtime header before this one, or a Wasmtime before 6).
inline constexpr unsigned unknown_wasmtime_version = ~0u;

// wasmtime_build<Version, Features, Apis, Host>: a Wasmtime build as its headers describe it, for
// the compile target Host. included_wasmtime is the one this translation unit includes; tests
// name others. Everything that depends on the build or the target is a member or takes the build
// as a template argument, so translation units with other builds or targets link together.
template <unsigned Version, wasmtime_feature_set Features, embedding_api_set Apis,
          class Host = target::host>
struct wasmtime_build {
  static constexpr unsigned version = Version;
  static constexpr bool version_known = Version != unknown_wasmtime_version;
  // Wasmtime 22 on: wasmtime/conf.h tells what is compiled in.
  static constexpr bool has_feature_macros = version_known && Version >= 22;
  static constexpr wasmtime_feature_set features = Features;
  static constexpr bool has(wasmtime_feature f) noexcept {
    return (Features & feature_bit(f)) != 0;
  }
  static constexpr bool c_api = (static_cast<unsigned>(Apis) & 1u) != 0;
  static constexpr bool cpp_api = (static_cast<unsigned>(Apis) & 2u) != 0;
  // The compile target, and the architecture Wasmtime compiles for there.
  using host = Host;
  static constexpr architecture host_architecture =
      detail::native_architecture_of(detail::name_at(id_of<Host>));
  static constexpr bool host_linux_or_macos =
      detail::linux_or_macos_target(detail::name_at(id_of<Host>));
};

} // namespace wasmtime_tiers

// WASMTIME_TIERS_DETAIL_REQUIRE_VERSION(B, "what"): the error where build B has no version, worded
// by what the translation unit included before <wasmtime_tiers/wasmtime.hpp>.
#define WASMTIME_TIERS_DETAIL_REQUIRE_VERSION(B, what)                                             \
  static_assert(B::version_known || B::c_api || B::cpp_api, what                                   \
                ": WASMTIME_VERSION_MAJOR was not defined when <wasmtime_tiers/wasmtime.hpp> "     \
                "was first included, and no Wasmtime header came before it; include Wasmtime's "   \
                "wasmtime.h or wasmtime.hh (Wasmtime 6 or later) before it");                      \
  static_assert(B::version_known || !B::cpp_api, what                                              \
                ": WASMTIME_VERSION_MAJOR was not defined when <wasmtime_tiers/wasmtime.hpp> "     \
                "was first included: Wasmtime's C++ headers came before it, but <wasmtime.h>, "    \
                "which defines it, is not on the include path; add Wasmtime's include folder");    \
  static_assert(B::version_known || !B::c_api || B::cpp_api, what                                  \
                ": WASMTIME_VERSION_MAJOR was not defined when <wasmtime_tiers/wasmtime.hpp> "     \
                "was first included: the included wasmtime.h has none, so it is older than "       \
                "Wasmtime 6, which this library cannot check")

#endif
