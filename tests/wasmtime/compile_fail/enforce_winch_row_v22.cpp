// kind: policy (WASMTIME_TIERS_ENFORCE): Winch before Wasmtime 34 is the row of the host's architecture
// flags: -DWASMTIME_TIERS_TARGET=x86_64_unknown_linux_gnu
// wasmtime: 22 CRANELIFT
// wasmtime-fail: 22 CRANELIFT WINCH
// expect-gcc: entity_below_policy_tier.*Entity = wasmtime_tiers::backend::winch_on_x86_64; Tier = .*tier_2_almost_production_ready; unsigned int Wasmtime = 22; Policy_requires = .*tier_1;
// expect-clang: entity_below_policy_tier<wasmtime_tiers::backend::winch_on_x86_64, wasmtime_tiers::diagnostic::tier_2_almost_production_ready, 22, wasmtime_tiers::diagnostic::tier_1,
// expect-computed: Winch on x86_64 is Tier 2 in Wasmtime 22 .*, but the policy requires Tier 1; to accept it anyway, waive backend::winch_on_x86_64 with a reason
#include <wasmtime.h>
#include <wasmtime_tiers/wasmtime.hpp>
WASMTIME_TIERS_ENFORCE(wasmtime_tiers::policy::production_ready);
