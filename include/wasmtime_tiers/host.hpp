// wasmtime-tiers: target::host, the compile target of this translation unit as a tag type.
//
// Configuration:
//   WASMTIME_TIERS_TARGET   the tag name of the target, for what predefined macros cannot tell
//                           (e.g. -DWASMTIME_TIERS_TARGET=x86_64_unknown_linux_musl); default:
//                           derived from the compiler's predefined macros, as below.
//
// Derivation: the architecture from __x86_64__/_M_X64, __aarch64__/_M_ARM64/_M_ARM64EC (checked
// before _M_X64, which ARM64EC also defines), __s390x__, __riscv with __riscv_xlen, __arm__,
// __i386__/_M_IX86, __powerpc64__, __wasm32__; the system from __ANDROID__ (before __linux__,
// which Android also defines), __linux__ with __GLIBC__ (read from a libc header: no compiler
// macro tells glibc from musl; Linux without glibc is taken as musl), __APPLE__ (iOS through
// __ENVIRONMENT_IPHONE_OS_VERSION_MIN_REQUIRED__), MinGW (__MINGW32__, before the generic _WIN32),
// _WIN32, __FreeBSD__, __illumos__/__sun, __wasi__. Whether the compiler is Clang or GCC does not
// matter here except that clang-cl defines _MSC_VER like MSVC (both are the msvc targets).
#ifndef WASMTIME_TIERS_HOST_HPP
#define WASMTIME_TIERS_HOST_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
// __GLIBC__ tells glibc from musl: <features.h>, which both C libraries have, defines it on glibc
// (a smaller header than <climits>, which includes it too).
#if defined(__linux__) && defined(__has_include)
#if __has_include(<features.h>)
#include <features.h>
#endif
#endif

#include <wasmtime_tiers/generated/entities.hpp>

#if defined(WASMTIME_TIERS_TARGET)
#define WASMTIME_TIERS_DETAIL_HOST WASMTIME_TIERS_TARGET
#elif defined(__aarch64__) || defined(_M_ARM64) || defined(_M_ARM64EC)
#if defined(__ANDROID__)
#define WASMTIME_TIERS_DETAIL_HOST aarch64_linux_android
#elif defined(__linux__) && defined(__GLIBC__)
#define WASMTIME_TIERS_DETAIL_HOST aarch64_unknown_linux_gnu
#elif defined(__linux__)
#define WASMTIME_TIERS_DETAIL_HOST aarch64_unknown_linux_musl
#elif defined(__APPLE__) && defined(__ENVIRONMENT_IPHONE_OS_VERSION_MIN_REQUIRED__)
#define WASMTIME_TIERS_DETAIL_HOST aarch64_apple_ios
#elif defined(__APPLE__)
#define WASMTIME_TIERS_DETAIL_HOST aarch64_apple_darwin
#elif defined(__MINGW32__)
// No tier table lists aarch64 MinGW: falls through to the #error below.
#elif defined(_WIN32)
#define WASMTIME_TIERS_DETAIL_HOST aarch64_pc_windows_msvc
#elif defined(__FreeBSD__)
#define WASMTIME_TIERS_DETAIL_HOST aarch64_freebsd
#endif
#elif defined(__x86_64__) || defined(_M_X64)
#if defined(__ANDROID__)
#define WASMTIME_TIERS_DETAIL_HOST x86_64_linux_android
#elif defined(__linux__) && defined(__GLIBC__)
#define WASMTIME_TIERS_DETAIL_HOST x86_64_unknown_linux_gnu
#elif defined(__linux__)
#define WASMTIME_TIERS_DETAIL_HOST x86_64_unknown_linux_musl
#elif defined(__APPLE__)
#define WASMTIME_TIERS_DETAIL_HOST x86_64_apple_darwin
#elif defined(__MINGW32__)
#define WASMTIME_TIERS_DETAIL_HOST x86_64_pc_windows_gnu
#elif defined(_WIN32)
#define WASMTIME_TIERS_DETAIL_HOST x86_64_pc_windows_msvc
#elif defined(__FreeBSD__)
#define WASMTIME_TIERS_DETAIL_HOST x86_64_unknown_freebsd
#elif defined(__illumos__) || defined(__sun)
#define WASMTIME_TIERS_DETAIL_HOST x86_64_unknown_illumos
#endif
#elif defined(__s390x__)
#if defined(__linux__) && defined(__GLIBC__)
#define WASMTIME_TIERS_DETAIL_HOST s390x_unknown_linux_gnu
#endif
#elif defined(__riscv) && defined(__riscv_xlen) && __riscv_xlen == 64
#if defined(__linux__) && defined(__GLIBC__)
#define WASMTIME_TIERS_DETAIL_HOST riscv64gc_unknown_linux_gnu
#endif
#elif defined(__riscv) && defined(__riscv_xlen) && __riscv_xlen == 32
#if !defined(__linux__)
#define WASMTIME_TIERS_DETAIL_HOST riscv32imac_unknown_none_elf
#endif
#elif defined(__arm__) || defined(_M_ARM)
#if defined(__linux__) && defined(__GLIBC__) && defined(__ARM_PCS_VFP)
#define WASMTIME_TIERS_DETAIL_HOST armv7_unknown_linux_gnueabihf
#endif
#elif defined(__i386__) || defined(_M_IX86)
#if defined(__linux__) && defined(__GLIBC__) && !defined(__ANDROID__)
#define WASMTIME_TIERS_DETAIL_HOST i686_unknown_linux_gnu
#elif defined(_WIN32) && !defined(__MINGW32__)
#define WASMTIME_TIERS_DETAIL_HOST i686_pc_windows_msvc
#endif
#elif defined(__powerpc64__) && defined(__LITTLE_ENDIAN__)
#if defined(__linux__) && defined(__GLIBC__)
#define WASMTIME_TIERS_DETAIL_HOST powerpc64le_unknown_linux_gnu
#endif
#elif defined(__wasm32__)
#if defined(__wasi__)
#define WASMTIME_TIERS_DETAIL_HOST wasm32_wasip1
#endif
#endif

#if !defined(WASMTIME_TIERS_DETAIL_HOST)
#error                                                                                             \
    "wasmtime_tiers: this compile target is in no Wasmtime tier table this library knows; if Wasmtime lists it under another name, define WASMTIME_TIERS_TARGET to its tag name (e.g. -DWASMTIME_TIERS_TARGET=x86_64_unknown_linux_musl; see generated/ENTITIES.md)"
#endif

#if defined(WASMTIME_TIERS_DETAIL_HOST) // else the #error above is the only error
namespace wasmtime_tiers::target {
// target::host: the target this translation unit is compiled for (see the top of host.hpp).
using host = WASMTIME_TIERS_DETAIL_HOST;
} // namespace wasmtime_tiers::target
#endif

#endif
