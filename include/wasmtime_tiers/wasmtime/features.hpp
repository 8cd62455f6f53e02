// wasmtime-tiers: the WASMTIME_FEATURE_* macros of Wasmtime's wasmtime/conf.h (Wasmtime 22 on), as
// one list. Part of <wasmtime_tiers/wasmtime.hpp>.
//
// WASMTIME_TIERS_DETAIL_WASMTIME_FEATURES(X) is that list: X(MACRO, name) for each macro
// WASMTIME_FEATURE_<MACRO>, in conf.h's order, with COMPILER (conf.h derives it: CRANELIFT or
// WINCH) last. The enum wasmtime_feature and the reading of the macros (wasmtime/included.hpp)
// both expand it; a macro Wasmtime adds is one line here.
#ifndef WASMTIME_TIERS_WASMTIME_FEATURES_HPP
#define WASMTIME_TIERS_WASMTIME_FEATURES_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <cstdint>

#include <wasmtime_tiers/detail/defer.hpp>
#include <wasmtime_tiers/detail/encoding.hpp>

// clang-format off
#define WASMTIME_TIERS_DETAIL_WASMTIME_FEATURES(X)                                                 \
  X(PROFILING, profiling)                                                                          \
  X(WAT, wat)                                                                                      \
  X(CACHE, cache)                                                                                  \
  X(PARALLEL_COMPILATION, parallel_compilation)                                                    \
  X(WASI, wasi)                                                                                    \
  X(WASI_HTTP, wasi_http)                                                                          \
  X(LOGGING, logging)                                                                              \
  X(DISABLE_LOGGING, disable_logging)                                                              \
  X(COREDUMP, coredump)                                                                            \
  X(ADDR2LINE, addr2line)                                                                          \
  X(DEMANGLE, demangle)                                                                            \
  X(THREADS, threads)                                                                              \
  X(GC, gc)                                                                                        \
  X(GC_DRC, gc_drc)                                                                                \
  X(GC_NULL, gc_null)                                                                              \
  X(ASYNC, async)                                                                                  \
  X(CRANELIFT, cranelift)                                                                          \
  X(WINCH, winch)                                                                                  \
  X(DEBUG_BUILTINS, debug_builtins)                                                                \
  X(POOLING_ALLOCATOR, pooling_allocator)                                                          \
  X(COMPONENT_MODEL, component_model)                                                              \
  X(COMPONENT_MODEL_ASYNC, component_model_async)                                                  \
  X(PULLEY, pulley)                                                                                \
  X(ALL_ARCH, all_arch)                                                                            \
  X(COMPILER, compiler)
// clang-format on

namespace wasmtime_tiers {

// wasmtime_feature: one enumerator per WASMTIME_FEATURE_* macro, in the list's order.
#define WASMTIME_TIERS_DETAIL_FEATURE_ENUMERATOR(MACRO, name) name,
enum class wasmtime_feature : unsigned char {
  WASMTIME_TIERS_DETAIL_WASMTIME_FEATURES(WASMTIME_TIERS_DETAIL_FEATURE_ENUMERATOR)
};
#undef WASMTIME_TIERS_DETAIL_FEATURE_ENUMERATOR

// wasmtime_feature_set: a bit per wasmtime_feature; feature_bit(f) is f's bit.
using wasmtime_feature_set = std::uint32_t;
constexpr wasmtime_feature_set feature_bit(wasmtime_feature f) noexcept {
  return wasmtime_feature_set{1} << static_cast<unsigned>(f);
}

namespace detail {

#define WASMTIME_TIERS_DETAIL_FEATURE_ONE(MACRO, name) +1
inline constexpr std::size_t wasmtime_feature_count =
    0 WASMTIME_TIERS_DETAIL_WASMTIME_FEATURES(WASMTIME_TIERS_DETAIL_FEATURE_ONE);
#undef WASMTIME_TIERS_DETAIL_FEATURE_ONE
static_assert(wasmtime_feature_count <= 8 * sizeof(wasmtime_feature_set),
              "wasmtime_feature_set has a bit for each WASMTIME_FEATURE_* macro");

// feature_macro_name(f): the macro's name, "WASMTIME_FEATURE_GC".
WASMTIME_TIERS_DETAIL_DEFER
constexpr literal feature_macro_name(wasmtime_feature f) noexcept {
  switch (f) {
#define WASMTIME_TIERS_DETAIL_FEATURE_NAME(MACRO, name)                                            \
  case wasmtime_feature::name: return "WASMTIME_FEATURE_" #MACRO;
    WASMTIME_TIERS_DETAIL_WASMTIME_FEATURES(WASMTIME_TIERS_DETAIL_FEATURE_NAME)
#undef WASMTIME_TIERS_DETAIL_FEATURE_NAME
  }
  return "";
}

} // namespace detail
} // namespace wasmtime_tiers

#endif
