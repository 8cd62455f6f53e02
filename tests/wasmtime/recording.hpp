// What the tests ask of the recording stub of Wasmtime's library that
// tests/wasmtime/make_recording_stub.py generates from a release's real headers: the calls of
// wasmtime_config_* functions, as "name=value" in call order ("wasm_simd=1", "strategy=2",
// "target=pulley64").
#ifndef WASMTIME_TIERS_TESTS_WASMTIME_RECORDING_HPP
#define WASMTIME_TIERS_TESTS_WASMTIME_RECORDING_HPP

#include <cstddef>
#include <string>
#include <vector>

namespace recording {

// The calls made on one configuration (a wasm_config_t*).
std::vector<std::string> calls(const void* config);
// Every call since the last reset(), on any configuration.
std::vector<std::string> all_calls();
void reset();
// The next wasmtime_config_target_set fails (returns an error) when true.
void fail_target_set(bool fail);
// Errors returned and not yet deleted (wasmtime_error_delete).
std::size_t live_errors();
// Configurations created and not yet deleted or handed to an engine.
std::size_t live_configs();

} // namespace recording

#endif
