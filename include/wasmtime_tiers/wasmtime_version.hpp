// wasmtime-tiers: makes WASMTIME_VERSION_MAJOR visible where only Wasmtime's other headers were
// included. Included first by selected_release.hpp and wasmtime.hpp; not for direct use.
//
// Wasmtime's C++ API (wasmtime.hh, wasmtime/config.hh, Wasmtime 33 on) and its C headers other
// than wasmtime.h include wasmtime/conf.h, but not wasmtime.h, the one header that defines
// WASMTIME_VERSION_MAJOR. Where such a header came first and the macro is missing, the same
// release's wasmtime.h (found on the same include path) is included here, so that its version is
// read. WASMTIME_TIERS_DETAIL_WASMTIME_H_BY_LIBRARY then tells wasmtime.hpp that the translation
// unit did not include the C API itself.
//
// No include guard: each inclusion looks again, since a Wasmtime header may come between two.
#include <wasmtime_tiers/version.hpp> // the C++20 check

#if !defined(WASMTIME_VERSION_MAJOR) &&                                                            \
    (defined(WASMTIME_CONF_H) || defined(WASMTIME_HH) || defined(WASMTIME_CONFIG_HH))
#if __has_include(<wasmtime.h>)
#define WASMTIME_TIERS_DETAIL_WASMTIME_H_BY_LIBRARY 1
#include <wasmtime.h>
#else
#define WASMTIME_TIERS_DETAIL_NO_WASMTIME_H 1
#endif
#endif
