/* Test double of Wasmtime's wasmtime/config.h (see wasm.h): the setters of FAKE_WASMTIME_VERSION
 * (48 if not defined), each from the release that added it and under the WASMTIME_FEATURE_* macro
 * that release's header puts it under. */
#ifndef WASMTIME_CONFIG_H
#define WASMTIME_CONFIG_H

#ifndef FAKE_WASMTIME_VERSION
#define FAKE_WASMTIME_VERSION 48
#endif

#include <wasm.h>
#include <wasmtime/error.h>
#if FAKE_WASMTIME_VERSION >= 22
#include <wasmtime/conf.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef uint8_t wasmtime_strategy_t;
enum wasmtime_strategy_enum {
  WASMTIME_STRATEGY_AUTO,
  WASMTIME_STRATEGY_CRANELIFT,
#if FAKE_WASMTIME_VERSION >= 45
  WASMTIME_STRATEGY_WINCH,
#endif
};

#define FAKE_WASMTIME_CONFIG_SETTER(ret, name, ty) WASM_API_EXTERN ret wasmtime_config_##name##_set(wasm_config_t*, ty);

#if FAKE_WASMTIME_VERSION < 22 || defined(WASMTIME_FEATURE_THREADS)
FAKE_WASMTIME_CONFIG_SETTER(void, wasm_threads, bool)
#endif
#if FAKE_WASMTIME_VERSION >= 40
FAKE_WASMTIME_CONFIG_SETTER(void, shared_memory, bool)
#endif
#if FAKE_WASMTIME_VERSION >= 18
FAKE_WASMTIME_CONFIG_SETTER(void, wasm_tail_call, bool)
#endif
#if FAKE_WASMTIME_VERSION < 45 || defined(WASMTIME_FEATURE_GC)
FAKE_WASMTIME_CONFIG_SETTER(void, wasm_reference_types, bool)
#if FAKE_WASMTIME_VERSION >= 20
FAKE_WASMTIME_CONFIG_SETTER(void, wasm_function_references, bool)
FAKE_WASMTIME_CONFIG_SETTER(void, wasm_gc, bool)
#endif
#if FAKE_WASMTIME_VERSION >= 39
FAKE_WASMTIME_CONFIG_SETTER(void, wasm_exceptions, bool)
#endif
#endif
FAKE_WASMTIME_CONFIG_SETTER(void, wasm_simd, bool)
#if FAKE_WASMTIME_VERSION >= 9
FAKE_WASMTIME_CONFIG_SETTER(void, wasm_relaxed_simd, bool)
FAKE_WASMTIME_CONFIG_SETTER(void, wasm_relaxed_simd_deterministic, bool)
#endif
FAKE_WASMTIME_CONFIG_SETTER(void, wasm_bulk_memory, bool)
FAKE_WASMTIME_CONFIG_SETTER(void, wasm_multi_value, bool)
FAKE_WASMTIME_CONFIG_SETTER(void, wasm_multi_memory, bool)
FAKE_WASMTIME_CONFIG_SETTER(void, wasm_memory64, bool)
#if FAKE_WASMTIME_VERSION >= 27
FAKE_WASMTIME_CONFIG_SETTER(void, wasm_wide_arithmetic, bool)
#endif
#if FAKE_WASMTIME_VERSION >= 46
FAKE_WASMTIME_CONFIG_SETTER(void, wasm_branch_hinting, bool)
#endif
#if FAKE_WASMTIME_VERSION >= 39
FAKE_WASMTIME_CONFIG_SETTER(void, wasm_custom_page_sizes, bool)
#endif
#if FAKE_WASMTIME_VERSION < 22 || defined(WASMTIME_FEATURE_COMPILER)
#if FAKE_WASMTIME_VERSION >= 35
FAKE_WASMTIME_CONFIG_SETTER(void, wasm_stack_switching, bool)
#endif
FAKE_WASMTIME_CONFIG_SETTER(void, strategy, wasmtime_strategy_t)
#endif
#if FAKE_WASMTIME_VERSION >= 13 && (FAKE_WASMTIME_VERSION < 22 || FAKE_WASMTIME_VERSION > 28 || defined(WASMTIME_FEATURE_COMPILER))
FAKE_WASMTIME_CONFIG_SETTER(wasmtime_error_t*, target, const char*)
#endif
#if FAKE_WASMTIME_VERSION >= 33 && defined(WASMTIME_FEATURE_COMPONENT_MODEL)
FAKE_WASMTIME_CONFIG_SETTER(void, wasm_component_model, bool)
#endif

#ifdef __cplusplus
}
#endif

#endif
