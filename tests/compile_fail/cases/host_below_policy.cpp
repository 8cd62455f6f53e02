// kind: the compile target (target::host, overridden) below the policy
// flags: -DWASMTIME_TIERS_RELEASE=22
// expect-gcc: entity_below_policy_tier.*Entity = wasmtime_tiers::target::x86_64_unknown_linux_musl; Tier = .*tier_3_not_production_ready; unsigned int Wasmtime = 22; Policy_requires = .*tier_1
// expect-clang: entity_below_policy_tier<wasmtime_tiers::target::x86_64_unknown_linux_musl, wasmtime_tiers::diagnostic::tier_3_not_production_ready, 22, wasmtime_tiers::diagnostic::tier_1
// expect-computed: x86_64-unknown-linux-musl is Tier 3 in Wasmtime 22 \(missing: CI testing, full-time maintainer\), but the policy requires Tier 1
#ifdef WASMTIME_TIERS_EXPECT_FAIL
#define WASMTIME_TIERS_TARGET x86_64_unknown_linux_musl
#endif
#include <wasmtime_tiers.hpp>
WASMTIME_TIERS_REQUIRE(wasmtime_tiers::policy::production_ready, wasmtime_tiers::target::host);
