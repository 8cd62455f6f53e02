// Test double of Wasmtime's library: definitions of the C functions that tests/wasmtime's fake
// headers declare, recording each setter call in the configuration instead of configuring an
// engine. Compiled with the declarations of the newest fake release and every default feature, so
// that every function a test can call is defined.
#include <wasmtime.h>

#include "recording.hpp"

#include <string>
#include <vector>

struct wasm_config_t {
  std::vector<std::string> calls;
};
struct wasm_engine_t {
  std::vector<std::string> calls;
};
struct wasmtime_error {
  std::string message;
};

namespace {
bool fail_next_target = false;
std::size_t errors_alive = 0;
std::size_t configs_alive = 0;

void record(wasm_config_t* c, const char* name, long value) {
  c->calls.push_back(std::string(name) + "=" + std::to_string(value));
}
} // namespace

namespace fake_wasmtime {
std::vector<std::string> calls(const wasm_config_t* config) { return config->calls; }
void fail_target_set(bool fail) { fail_next_target = fail; }
std::size_t live_errors() { return errors_alive; }
std::size_t live_configs() { return configs_alive; }
} // namespace fake_wasmtime

extern "C" {

wasm_config_t* wasm_config_new(void) {
  ++configs_alive;
  return new wasm_config_t{};
}
void wasm_config_delete(wasm_config_t* c) {
  if (c != nullptr) --configs_alive;
  delete c;
}
wasm_engine_t* wasm_engine_new_with_config(wasm_config_t* c) {
  auto* e = new wasm_engine_t{c->calls};
  wasm_config_delete(c);
  return e;
}
void wasm_engine_delete(wasm_engine_t* e) { delete e; }

void wasmtime_error_delete(wasmtime_error_t* e) {
  if (e != nullptr) --errors_alive;
  delete e;
}

#define FAKE_WASMTIME_RECORD(name)                                                                 \
  void wasmtime_config_##name##_set(wasm_config_t* c, bool on) { record(c, #name, on ? 1 : 0); }
FAKE_WASMTIME_RECORD(wasm_threads)
FAKE_WASMTIME_RECORD(shared_memory)
FAKE_WASMTIME_RECORD(wasm_tail_call)
FAKE_WASMTIME_RECORD(wasm_reference_types)
FAKE_WASMTIME_RECORD(wasm_function_references)
FAKE_WASMTIME_RECORD(wasm_gc)
FAKE_WASMTIME_RECORD(wasm_exceptions)
FAKE_WASMTIME_RECORD(wasm_simd)
FAKE_WASMTIME_RECORD(wasm_relaxed_simd)
FAKE_WASMTIME_RECORD(wasm_relaxed_simd_deterministic)
FAKE_WASMTIME_RECORD(wasm_bulk_memory)
FAKE_WASMTIME_RECORD(wasm_multi_value)
FAKE_WASMTIME_RECORD(wasm_multi_memory)
FAKE_WASMTIME_RECORD(wasm_memory64)
FAKE_WASMTIME_RECORD(wasm_wide_arithmetic)
FAKE_WASMTIME_RECORD(wasm_branch_hinting)
FAKE_WASMTIME_RECORD(wasm_custom_page_sizes)
FAKE_WASMTIME_RECORD(wasm_stack_switching)
FAKE_WASMTIME_RECORD(wasm_component_model)
#undef FAKE_WASMTIME_RECORD

void wasmtime_config_strategy_set(wasm_config_t* c, wasmtime_strategy_t s) { record(c, "strategy", s); }

wasmtime_error_t* wasmtime_config_target_set(wasm_config_t* c, const char* target) {
  c->calls.push_back(std::string("target=") + target);
  if (!fail_next_target) return nullptr;
  fail_next_target = false;
  ++errors_alive;
  return new wasmtime_error{std::string("unsupported target: ") + target};
}

} // extern "C"
