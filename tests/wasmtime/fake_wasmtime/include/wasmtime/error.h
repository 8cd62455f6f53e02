/* Test double of Wasmtime's wasmtime/error.h (see wasm.h). */
#ifndef WASMTIME_ERROR_H
#define WASMTIME_ERROR_H

#include <wasm.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct wasmtime_error wasmtime_error_t;
WASM_API_EXTERN void wasmtime_error_delete(wasmtime_error_t* error);

#ifdef __cplusplus
}
#endif

#endif
