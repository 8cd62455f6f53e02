/* Test double of Wasmtime's wasm.h: only what wasmtime-tiers' tests use, declared from the facts of
 * Wasmtime's C API (names and signatures). Definitions: tests/wasmtime/fake_wasmtime/recording.cpp. */
#ifndef WASM_H
#define WASM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifndef WASM_API_EXTERN
#define WASM_API_EXTERN
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef struct wasm_config_t wasm_config_t;
typedef struct wasm_engine_t wasm_engine_t;

WASM_API_EXTERN wasm_config_t* wasm_config_new(void);
WASM_API_EXTERN void wasm_config_delete(wasm_config_t*);
WASM_API_EXTERN wasm_engine_t* wasm_engine_new_with_config(wasm_config_t*);
WASM_API_EXTERN void wasm_engine_delete(wasm_engine_t*);

#ifdef __cplusplus
}
#endif

#endif
