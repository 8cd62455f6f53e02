// wasmtime-tiers: the library's version, the one place it is written (CMake reads it from here).
#ifndef WASMTIME_TIERS_VERSION_HPP
#define WASMTIME_TIERS_VERSION_HPP

// Every header of the library includes this one first, so that a build in an older C++ standard
// (GCC 12 defaults to gnu++17) stops with this error before any other.
#if defined(_MSVC_LANG)
#if _MSVC_LANG < 202002L
#error "wasmtime-tiers needs C++20 (/std:c++20)"
#endif
#elif __cplusplus < 202002L
#error "wasmtime-tiers needs C++20 (-std=c++20)"
#endif

#define WASMTIME_TIERS_VERSION_MAJOR 0
#define WASMTIME_TIERS_VERSION_MINOR 1
#define WASMTIME_TIERS_VERSION_PATCH 0

// WASMTIME_TIERS_VERSION: major * 10000 + minor * 100 + patch.
#define WASMTIME_TIERS_VERSION                                                                     \
  (WASMTIME_TIERS_VERSION_MAJOR * 10000 + WASMTIME_TIERS_VERSION_MINOR * 100 +                     \
   WASMTIME_TIERS_VERSION_PATCH)

#endif
