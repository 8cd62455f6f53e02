// Test double of Wasmtime's C++ wasmtime/engine.hh (see wasm.h).
#ifndef WASMTIME_ENGINE_HH
#define WASMTIME_ENGINE_HH

#include <wasmtime/config.hh>

namespace wasmtime {

class Engine {
  wasm_engine_t* ptr_;

public:
  explicit Engine(Config config) : ptr_(wasm_engine_new_with_config(config.capi_release())) {}
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;
  ~Engine() { wasm_engine_delete(ptr_); }
};

} // namespace wasmtime

#endif
