// Compiled by strict_flags.py with every public header before it and, at global scope, names a
// user's code may well have (int s, r, all, i, set, id): it instantiates the templates of each
// header, so that their warnings under the strict flag set show here, not only in a user's build.
#include <boost/hana/equal.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/length.hpp>

#include <cstdio>
#include <string_view>

namespace wt = wasmtime_tiers;
namespace hana = boost::hana;
using t1_22 = wt::policy::minimum_tier<wt::tier::t1, wt::release<22>>;
using mixed =
    wt::policy::per_category<t1_22, wt::policy::for_category<wt::category::backend, wt::tier::t2>>;
using waived =
    wt::policy::with_waivers<mixed, wt::waiver<wt::wasm::gc, "fuzzed here">,
                             wt::waiver<wt::target::aarch64_apple_darwin, "CI on M1 runners">>;
using fuzzed_47 =
    wt::policy::requiring_checks<wt::policy::minimum_tier<wt::tier::t2, wt::release<47>>,
                                 wt::proposal_check::fuzzed>;

static_assert(wt::allowed<waived, wt::wasm::gc, wt::wasm::simd, wt::backend::winch_on_x86_64>);
static_assert(!wt::allowed<fuzzed_47, wt::wasm::threads>);
static_assert(wt::verdict_of<waived, wt::wasm::gc>.kind == wt::verdict_kind::waived);
WASMTIME_TIERS_REQUIRE(waived, wt::wasm::gc, wt::target::aarch64_apple_darwin);

constexpr auto report = wt::violations_of<t1_22, wt::wasm::simd, wt::wasm::gc, wt::wasm::memory64>;
static_assert(report.count == 2);
constexpr auto t1_proposals = wt::allowed_entities<t1_22, wt::category::wasm_proposal>;
static_assert(hana::length(t1_proposals) == hana::size_c<12>);
constexpr auto t3_targets = wt::entities_at<wt::release<22>, wt::tier::t3, wt::category::target>;
static_assert(hana::length(t3_targets) == hana::size_c<6>);

struct build {
  wt::on<wt::wasm::simd> simd;
  wt::on<wt::target::x86_64_unknown_linux_gnu> target;
  wt::off<wt::wasm::gc> gc;
};
static_assert(wt::build_allowed<t1_22, build>);
WASMTIME_TIERS_REQUIRE_BUILD(t1_22, build);

static_assert(wt::tier_of<wt::wasm::gc, wt::release<22>> == wt::tier::t3);
static_assert(wt::is_missing<wt::target::aarch64_apple_darwin, wt::requirement::continuous_fuzzing,
                             wt::release<22>>);

int main() {
  unsigned checks = 0;
  for (wt::proposal_check c : wt::checks_in(wt::all_checks)) checks += wt::bit(c) != 0 ? 1u : 0u;
  std::size_t names = 0;
  hana::for_each(t1_proposals,
                 [&](auto t) { names += wt::name_of<typename decltype(t)::type>.size(); });
  std::printf("%u checks, %zu characters of names, %d%d%d%d%d%d\n", checks, names, s, r, all, i,
              set, id);
  return 0;
}
