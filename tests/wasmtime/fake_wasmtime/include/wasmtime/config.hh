// Test double of Wasmtime's C++ wasmtime/config.hh (Wasmtime 33 on; see wasm.h): a Config with the
// members of FAKE_WASMTIME_VERSION, each under the macro that release's header puts it under.
#ifndef WASMTIME_CONFIG_HH
#define WASMTIME_CONFIG_HH

#include <wasmtime.h>

#if FAKE_WASMTIME_VERSION < 33
#error "the C++ API is part of Wasmtime from 33 on"
#endif

namespace wasmtime {

enum class Strategy {
  Auto = WASMTIME_STRATEGY_AUTO,
  Cranelift = WASMTIME_STRATEGY_CRANELIFT,
#if FAKE_WASMTIME_VERSION >= 45
  Winch = WASMTIME_STRATEGY_WINCH,
#endif
};

class Config {
  wasm_config_t* ptr_;

public:
  Config() : ptr_(wasm_config_new()) {}
  Config(const Config&) = delete;
  Config& operator=(const Config&) = delete;
  Config(Config&& other) noexcept : ptr_(other.ptr_) { other.ptr_ = nullptr; }
  ~Config() {
    if (ptr_ != nullptr) wasm_config_delete(ptr_);
  }
#if FAKE_WASMTIME_VERSION >= 39
  wasm_config_t* capi() { return ptr_; }
  const wasm_config_t* capi() const { return ptr_; }
#endif
  wasm_config_t* capi_release() {
    wasm_config_t* p = ptr_;
    ptr_ = nullptr;
    return p;
  }

#if defined(WASMTIME_FEATURE_THREADS)
  void wasm_threads(bool enable) { wasmtime_config_wasm_threads_set(ptr_, enable); }
#endif
  void wasm_tail_call(bool enable) { wasmtime_config_wasm_tail_call_set(ptr_, enable); }
#if FAKE_WASMTIME_VERSION < 45 || defined(WASMTIME_FEATURE_GC)
  void wasm_reference_types(bool enable) { wasmtime_config_wasm_reference_types_set(ptr_, enable); }
  void wasm_gc(bool enable) { wasmtime_config_wasm_gc_set(ptr_, enable); }
  void wasm_function_references(bool enable) { wasmtime_config_wasm_function_references_set(ptr_, enable); }
#if FAKE_WASMTIME_VERSION >= 39
  void wasm_exceptions(bool enable) { wasmtime_config_wasm_exceptions_set(ptr_, enable); }
#endif
#endif
  void wasm_simd(bool enable) { wasmtime_config_wasm_simd_set(ptr_, enable); }
  void wasm_relaxed_simd(bool enable) { wasmtime_config_wasm_relaxed_simd_set(ptr_, enable); }
  void wasm_bulk_memory(bool enable) { wasmtime_config_wasm_bulk_memory_set(ptr_, enable); }
  void wasm_multi_value(bool enable) { wasmtime_config_wasm_multi_value_set(ptr_, enable); }
  void wasm_multi_memory(bool enable) { wasmtime_config_wasm_multi_memory_set(ptr_, enable); }
  void wasm_memory64(bool enable) { wasmtime_config_wasm_memory64_set(ptr_, enable); }
  void wasm_wide_arithmetic(bool enable) { wasmtime_config_wasm_wide_arithmetic_set(ptr_, enable); }
#if FAKE_WASMTIME_VERSION >= 39
  void wasm_custom_page_sizes(bool enable) { wasmtime_config_wasm_custom_page_sizes_set(ptr_, enable); }
#endif
#if defined(WASMTIME_FEATURE_COMPONENT_MODEL)
  void wasm_component_model(bool enable) { wasmtime_config_wasm_component_model_set(ptr_, enable); }
#endif
#if defined(WASMTIME_FEATURE_COMPILER)
  void strategy(Strategy strategy) { wasmtime_config_strategy_set(ptr_, static_cast<wasmtime_strategy_t>(strategy)); }
#endif
};

} // namespace wasmtime

#endif
