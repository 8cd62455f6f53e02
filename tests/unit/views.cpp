// The opt-in views: Boost.Hana sequences of entities and Boost.PFR build descriptions.
#include <wasmtime_tiers.hpp>
#include <wasmtime_tiers/reflect.hpp>
#include <wasmtime_tiers/sequence.hpp>

#include <doctest/doctest.h>

#include <boost/hana/all_of.hpp>
#include <boost/hana/contains.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/length.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace wt = wasmtime_tiers;
namespace hana = boost::hana;
using t1_22 = wt::policy::minimum_tier<wt::tier::t1, wt::release<22>>;

// Hana views.
constexpr auto t1_proposals_22 = wt::allowed_entities<t1_22, wt::category::wasm_proposal>;
static_assert(hana::length(t1_proposals_22) == hana::size_c<12>); // the 12 Tier 1 proposals of v22
static_assert(hana::contains(t1_proposals_22, hana::type_c<wt::wasm::simd>));
static_assert(!hana::contains(t1_proposals_22, hana::type_c<wt::wasm::gc>));
static_assert(!hana::contains(t1_proposals_22, hana::type_c<wt::target::x86_64_unknown_linux_gnu>));
static_assert(hana::all_of(t1_proposals_22, [](auto t) {
  return hana::bool_c<wt::tier_of<typename decltype(t)::type, wt::release<22>> == wt::tier::t1>;
}));
constexpr auto t3_targets_22 = wt::entities_at<wt::release<22>, wt::tier::t3, wt::category::target>;
static_assert(hana::length(t3_targets_22) == hana::size_c<6>);
static_assert(hana::contains(t3_targets_22, hana::type_c<wt::target::x86_64_unknown_linux_musl>));
constexpr auto everything_t2_48 = wt::entities_at<wt::release<48>, wt::tier::t2>;
static_assert(hana::contains(everything_t2_48, hana::type_c<wt::wasm::threads>));
static_assert(hana::contains(everything_t2_48, hana::type_c<wt::backend::pulley>));
using waived = wt::policy::with_waivers<t1_22, wt::waiver<wt::wasm::gc, "tested here">>;
static_assert(hana::contains(wt::allowed_entities<waived, wt::category::wasm_proposal>,
                             hana::type_c<wt::wasm::gc>));

// PFR build descriptions.
struct good_build {
  wt::on<wt::wasm::simd> simd;
  wt::on<wt::wasi::http> http;
  wt::on<wt::target::x86_64_unknown_linux_gnu> target;
  wt::off<wt::wasm::gc> gc;
};
struct bad_build {
  wt::on<wt::wasm::simd> simd;
  wt::on<wt::wasm::gc> gc;
};
static_assert(wt::build_allowed<t1_22, good_build>);
static_assert(!wt::build_allowed<t1_22, bad_build>);
static_assert(wt::build_allowed<waived, bad_build>);
WASMTIME_TIERS_REQUIRE_BUILD(t1_22, good_build);

TEST_CASE("for_each over the allowed proposals visits each once, in id order") {
  std::vector<std::string> names;
  hana::for_each(t1_proposals_22,
                 [&](auto t) { names.emplace_back(wt::name_of<typename decltype(t)::type>); });
  REQUIRE(names.size() == 12);
  CHECK(names.front() == "bulk-memory");
  CHECK(std::find(names.begin(), names.end(), "tail-call") != names.end());
}
