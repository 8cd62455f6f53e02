// Test double of Wasmtime's library: what the tests ask of the recording definitions in
// recording.cpp (every setter call on a wasm_config_t, as "name=value" in call order).
#ifndef WASMTIME_TIERS_TESTS_FAKE_WASMTIME_RECORDING_HPP
#define WASMTIME_TIERS_TESTS_FAKE_WASMTIME_RECORDING_HPP

#include <cstddef>
#include <string>
#include <vector>

extern "C" {
typedef struct wasm_config_t wasm_config_t;
}

namespace fake_wasmtime {

// The setter calls made on a configuration: "wasm_simd=1", "strategy=2", "target=pulley64".
std::vector<std::string> calls(const wasm_config_t* config);
// The next wasmtime_config_target_set fails (returns an error) when true.
void fail_target_set(bool fail);
// Errors returned and not yet deleted (wasmtime_error_delete).
std::size_t live_errors();
// Configurations created and not yet deleted or handed to an engine.
std::size_t live_configs();

} // namespace fake_wasmtime

#endif
