// kind: policy (WASMTIME_TIERS_ENFORCE): gc compiled into Wasmtime 22, where it is Tier 3
// flags: -DWASMTIME_TIERS_TARGET=x86_64_unknown_linux_gnu
// wasmtime: 22 CRANELIFT WASI THREADS
// wasmtime-fail: 22 CRANELIFT WASI THREADS GC
// expect-gcc: entity_below_policy_tier.*Entity = wasmtime_tiers::wasm::gc; Tier = .*tier_3_not_production_ready; unsigned int Wasmtime = 22; Policy_requires = .*tier_1;
// expect-clang: entity_below_policy_tier<wasmtime_tiers::wasm::gc, wasmtime_tiers::diagnostic::tier_3_not_production_ready, 22, wasmtime_tiers::diagnostic::tier_1,
// expect-computed: gc is Tier 3 in Wasmtime 22 \(missing: Complete implementation\), but the policy requires Tier 1; to accept it anyway, waive wasm::gc with a reason
#include <wasmtime.h>
#include <wasmtime_tiers/wasmtime.hpp>
WASMTIME_TIERS_ENFORCE(wasmtime_tiers::policy::production_ready);
