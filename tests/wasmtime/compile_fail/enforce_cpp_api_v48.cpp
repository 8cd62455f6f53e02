// kind: policy (WASMTIME_TIERS_ENFORCE): the C++ API is Tier 2 (Wasmtime 39 on); the rest of a default build waived
// flags: -DWASMTIME_TIERS_TARGET=x86_64_unknown_linux_gnu
// wasmtime: 48 defaults
// expect-gcc: entity_below_policy_tier.*Entity = wasmtime_tiers::api::cpp; Tier = .*tier_2_almost_production_ready; unsigned int Wasmtime = 48; Policy_requires = .*tier_1;
// expect-clang: entity_below_policy_tier<wasmtime_tiers::api::cpp, wasmtime_tiers::diagnostic::tier_2_almost_production_ready, 48, wasmtime_tiers::diagnostic::tier_1,
// expect-computed: C\+\+ is Tier 2 in Wasmtime 48 \(missing: Full-time maintainer\), but the policy requires Tier 1; to accept it anyway, waive api::cpp with a reason
#ifdef WASMTIME_TIERS_EXPECT_FAIL
#include <wasmtime.hh>
#else
#include <wasmtime.h>
#endif
#include <wasmtime_tiers/wasmtime.hpp>
namespace wt = wasmtime_tiers;
using policy =
    wt::policy::with_waivers<wt::policy::production_ready,
                             wt::waiver<wt::wasm::threads, "engines keep it off">,
                             wt::waiver<wt::backend::pulley, "not used: native compilation">>;
WASMTIME_TIERS_ENFORCE(policy);
