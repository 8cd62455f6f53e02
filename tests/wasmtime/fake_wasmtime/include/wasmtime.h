/* Test double of Wasmtime's wasmtime.h (see wasm.h). FAKE_WASMTIME_VERSION picks the release
 * (default 48); the version macros exist from Wasmtime 6 on, wasmtime/conf.h from 22 on. */
#ifndef WASMTIME_API_H
#define WASMTIME_API_H

#ifndef FAKE_WASMTIME_VERSION
#define FAKE_WASMTIME_VERSION 48
#endif

#include <wasm.h>
#include <wasmtime/config.h>
#include <wasmtime/error.h>

#if FAKE_WASMTIME_VERSION >= 6
#define WASMTIME_VERSION_MAJOR FAKE_WASMTIME_VERSION
#define WASMTIME_VERSION_MINOR 0
#define WASMTIME_VERSION_PATCH 0
#endif

#endif
