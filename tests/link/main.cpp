// The link test's program: the two translation units (report_a, report_b) each answer from their
// own release and policy, and share one object for each inline variable they both use. The
// expected answers are computed here, from the same table, for the releases the build gave them.
#include "report.hpp"

#include <cstdio>

namespace wt = wasmtime_tiers;

using release_a = wt::release<LINK_RELEASE_A>;
using release_b = wt::release<LINK_RELEASE_B>;
using policy_a =
    wt::policy::with_waivers<wt::policy::minimum_tier<wt::tier::t1, release_a>,
                             wt::waiver<wt::wasm::gc, "collector reviewed for our use">>;
using policy_b = wt::policy::minimum_tier<wt::tier::t3, release_b>;

// The releases are chosen so that the two translation units disagree: a mix-up cannot pass.
static_assert(wt::tier_of<wt::wasm::gc, release_a> != wt::tier_of<wt::wasm::gc, release_b>);
static_assert(wt::verdict_of<policy_a, wt::wasm::gc>.kind !=
              wt::verdict_of<policy_b, wt::wasm::gc>.kind);
static_assert(
    wt::violations_of<policy_a, wt::wasm::gc, wt::wasm::simd, wt::target::aarch64_apple_darwin>.count !=
    wt::violations_of<policy_b, wt::wasm::gc, wt::wasm::simd, wt::target::aarch64_apple_darwin>.count);

namespace {
int failures = 0;

void expect(bool ok, const char* what) {
  if (!ok) {
    std::printf("FAIL: %s\n", what);
    ++failures;
  }
}

template <class Release, class Policy>
void check(const char* tu, const link_report& r) {
  std::printf("%s: release %u, gc %s, verdict %d, %zu violation(s), missing \"%.*s\"\n", tu,
              r.selected_release, wt::to_string(r.gc_tier).data(), static_cast<int>(r.gc_verdict),
              r.violations, static_cast<int>(r.gc_missing.size()), r.gc_missing.data());
  expect(r.selected_release == Release::major,
         "selected_release is the TU's WASMTIME_TIERS_RELEASE");
  expect(r.gc_tier == wt::tier_of<wt::wasm::gc, Release>, "tier_of<gc> is the TU's release's");
  expect(r.gc_verdict == wt::verdict_of<Policy, wt::wasm::gc>.kind,
         "verdict_of<policy, gc> is the TU's");
  expect(
      r.violations ==
          wt::violations_of<Policy, wt::wasm::gc, wt::wasm::simd, wt::target::aarch64_apple_darwin>.count,
      "violations_of<policy, ...> is the TU's");
  expect(r.gc_missing == wt::missing_text_of<wt::wasm::gc, Release>,
         "missing_text_of<gc> is the TU's");
  expect(r.name_of_gc == &wt::name_of<wt::wasm::gc>, "name_of<gc> is one object in the program");
  expect(r.tier_of_gc_48 == &wt::tier_of<wt::wasm::gc, wt::release<48>>,
         "tier_of<gc, release<48>> is one object in the program");
  expect(r.selected_text == &Release::text(), "the TU reads its release's table");
}
} // namespace

int main() {
  check<release_a, policy_a>("a", report_a());
  check<release_b, policy_b>("b", report_b());
  if (failures == 0) std::printf("PASS: each translation unit kept its own answers\n");
  return failures == 0 ? 0 : 1;
}
