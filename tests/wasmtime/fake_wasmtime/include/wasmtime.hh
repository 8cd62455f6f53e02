// Test double of Wasmtime's C++ API header wasmtime.hh (Wasmtime 33 on; see wasm.h).
#ifndef WASMTIME_HH
#define WASMTIME_HH

#include <wasmtime/config.hh>
#include <wasmtime/engine.hh>

#endif
