// One translation unit of the link test, compiled twice: as report_a() with
// WASMTIME_TIERS_RELEASE=22 and a policy with a waiver, as report_b() with WASMTIME_TIERS_RELEASE=48
// and another policy. Both include every public header (all_headers.hpp, generated), so any
// non-inline definition in a header breaks the link, and any definition that depends on the
// release macro without being distinct per release gives one of them the other's answers.
#include "all_headers.hpp"
#include "report.hpp"

namespace wt = wasmtime_tiers;

namespace {
#if LINK_TU_A
using tu_policy =
    wt::policy::with_waivers<wt::policy::production_ready,
                             wt::waiver<wt::wasm::gc, "collector reviewed for our use">>;
#define LINK_REPORT_FUNCTION report_a
#else
using tu_policy = wt::policy::not_production_ready;
#define LINK_REPORT_FUNCTION report_b
#endif
static_assert(std::is_same_v<tu_policy::release, wt::release<WASMTIME_TIERS_RELEASE>>);
} // namespace

link_report LINK_REPORT_FUNCTION() {
  return {
      wt::selected_release::major,
      wt::tier_of<wt::wasm::gc, wt::selected_release>,
      wt::verdict_of<tu_policy, wt::wasm::gc>.kind,
      wt::violations_of<tu_policy, wt::wasm::gc, wt::wasm::simd, wt::target::aarch64_apple_darwin>.count,
      wt::missing_text_of<wt::wasm::gc, wt::selected_release>,
      &wt::name_of<wt::wasm::gc>,
      &wt::tier_of<wt::wasm::gc, wt::release<48>>,
      &wt::selected_release::text()};
}
