// kind: an entity below the policy's tier, checked at block scope; Tier 2 or better required
// expect-gcc: entity_below_policy_tier.*Entity = wasmtime_tiers::target::riscv64gc_unknown_linux_gnu; Tier = .*tier_3_not_production_ready; unsigned int Wasmtime = 30; Policy_requires = .*tier_2_or_better; Missing = wasmtime_tiers::requirements<wasmtime_tiers::requirement::full_time_maintainer>
// expect-clang: entity_below_policy_tier<wasmtime_tiers::target::riscv64gc_unknown_linux_gnu, wasmtime_tiers::diagnostic::tier_3_not_production_ready, 30, wasmtime_tiers::diagnostic::tier_2_or_better, wasmtime_tiers::requirements<wasmtime_tiers::requirement::full_time_maintainer>
// expect-computed: riscv64gc-unknown-linux-gnu is Tier 3 in Wasmtime 30 \(missing: full-time maintainer\), but the policy requires Tier 2 or better; to accept it anyway, waive target::riscv64gc_unknown_linux_gnu with a reason
#include <wasmtime_tiers.hpp>
namespace wt = wasmtime_tiers;
int main() {
  using p = wt::policy::minimum_tier<wt::tier::t2, wt::release<30>>;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
  WASMTIME_TIERS_REQUIRE(p, wt::target::riscv64gc_unknown_linux_gnu);
#else
  WASMTIME_TIERS_REQUIRE(p, wt::target::aarch64_unknown_linux_gnu);
#endif
}
