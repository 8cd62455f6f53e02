// Release ranges in policies and the history queries, checked at compile time and at run time.
// tests/history/history_upstream.py checks the same facts against Wasmtime's own texts.
#include <wasmtime_tiers.hpp>
#include <wasmtime_tiers/explain.hpp> // explain(v)
#include <wasmtime_tiers/history.hpp>

#include <doctest/doctest.h>

#include <vector>

namespace wt = wasmtime_tiers;
using t1_36_48 = wt::policy::minimum_tier<wt::tier::t1, wt::releases<36, 48>>;
using t1_36_39 = wt::policy::minimum_tier<wt::tier::t1, wt::releases<36, 39>>;

// A range is a policy's release; a single release is a range of one.
static_assert(wt::release_range_type<wt::releases<36, 48>> &&
              !wt::release_type<wt::releases<36, 48>>);
static_assert(wt::release_or_range<wt::release<22>> && wt::release_or_range<wt::releases<0, 48>>);
static_assert(!wt::release_or_range<wt::wasm::gc> && !wt::release_range_type<wt::release<22>>);
static_assert(wt::releases<36, 48>::size == 13 && wt::releases<36, 48>::contains(40));
static_assert(wt::first_release_of<wt::releases<36, 48>> == 36 &&
              wt::last_release_of<wt::release<22>> == 22);
static_assert(wt::policy_type<t1_36_48>);

// threads: Tier 1 up to 39, Tier 2 from 40.
static_assert(wt::allowed<t1_36_39, wt::wasm::threads>);
static_assert(!wt::allowed<t1_36_48, wt::wasm::threads>);
WASMTIME_TIERS_REQUIRE(t1_36_39, wt::wasm::threads, wt::wasm::simd);
// The verdict names the first release of the range that refuses the entity, and its tier there.
static_assert(wt::verdict_of<t1_36_48, wt::wasm::threads>.release == 40);
static_assert(wt::verdict_of<t1_36_48, wt::wasm::threads>.actual == wt::tier::t2);
static_assert(wt::verdict_of<t1_36_48, wt::wasm::threads>.kind == wt::verdict_kind::below_tier);
// A range agrees with its releases one by one.
static_assert(
    wt::allowed<t1_36_48, wt::wasm::simd> ==
    (wt::allowed<wt::policy::minimum_tier<wt::tier::t1, wt::release<36>>, wt::wasm::simd> &&
     wt::allowed<wt::policy::minimum_tier<wt::tier::t1, wt::release<48>>, wt::wasm::simd>));
// An entity a release of the range does not list, or lists as unsupported, is refused there.
static_assert(!wt::allowed<wt::policy::minimum_tier<wt::tier::t3, wt::releases<22, 48>>,
                           wt::wasm::exception_handling>);
static_assert(wt::verdict_of<wt::policy::minimum_tier<wt::tier::t3, wt::releases<22, 48>>,
                             wt::wasm::exception_handling>.kind == wt::verdict_kind::unsupported);
static_assert(wt::verdict_of<wt::policy::minimum_tier<wt::tier::t3, wt::releases<22, 48>>,
                             wt::wasm::exception_handling>.release == 22);

// Waivers count in the releases up to their Until: gc is Tier 1 from 47.
using gc_until_46 =
    wt::policy::with_waivers<t1_36_48, wt::waiver<wt::wasm::gc, "upgrading to 47", 46>>;
using gc_until_45 =
    wt::policy::with_waivers<t1_36_48, wt::waiver<wt::wasm::gc, "upgrading to 47", 45>>;
static_assert(wt::allowed<gc_until_46, wt::wasm::gc>);
static_assert(wt::verdict_of<gc_until_46, wt::wasm::gc>.kind == wt::verdict_kind::waived);
static_assert(!wt::allowed<gc_until_45, wt::wasm::gc>);
static_assert(wt::verdict_of<gc_until_45, wt::wasm::gc>.release == 46);
static_assert(!wt::allowed<t1_36_48, wt::wasm::gc>);

// Proposal checks over a range: each release against its own proposals text.
using checked_36_48 =
    wt::policy::requiring_checks<wt::policy::minimum_tier<wt::tier::t2, wt::releases<36, 48>>,
                                 wt::proposal_check::fuzzed>;
static_assert(wt::allowed<checked_36_48, wt::wasm::simd>);
static_assert(wt::allowed<checked_36_48, wt::wasm::threads> ==
              (wt::check_of<wt::wasm::threads, wt::proposal_check::fuzzed, wt::release<36>> ==
                   wt::check_status::yes &&
               wt::check_of<wt::wasm::threads, wt::proposal_check::fuzzed, wt::release<48>> ==
                   wt::check_status::yes));

// History queries.
static_assert(wt::first_release_at<wt::wasm::gc, wt::tier::t1> == 47);
static_assert(wt::first_release_at<wt::wasm::memory64, wt::tier::t1> == 30);
static_assert(wt::first_release_at<wt::wasm::gc, wt::tier::t3> <
              wt::first_release_at<wt::wasm::gc, wt::tier::t1>);
static_assert(wt::first_release_at<wt::target::aarch64_unknown_linux_gnu, wt::tier::t1> ==
              wt::no_release);
static_assert(wt::tier_history<wt::wasm::threads>.at(39) == wt::tier::t1);
static_assert(wt::tier_history<wt::wasm::threads>.at(40) == wt::tier::t2);
static_assert(wt::tier_history<wt::wasm::threads>.at(48) == wt::tier::t2);
static_assert(wt::tier_history<wt::wasm::gc>[0].release == 0);
static_assert(wt::tier_history<wt::backend::winch_on_x86_64>.at(25) == wt::tier::t2);
static_assert(wt::tier_history<wt::backend::winch_on_x86_64>.at(26) == wt::tier::t3);

constexpr auto gc_eh_x86 =
    wt::releases_where<wt::policy::production_ready, wt::wasm::gc, wt::wasm::exception_handling,
                       wt::target::x86_64_unknown_linux_gnu, wt::backend::cranelift>;
static_assert(gc_eh_x86.first() == 47 && gc_eh_x86.contains(48) && !gc_eh_x86.contains(46));
static_assert(
    wt::minimum_release<wt::policy::production_ready, wt::wasm::gc, wt::wasm::exception_handling,
                        wt::target::x86_64_unknown_linux_gnu, wt::backend::cranelift> == 47);
static_assert(
    wt::minimum_release<wt::policy::production_ready, wt::target::aarch64_unknown_linux_gnu> ==
    wt::no_release);
// releases_where keeps each waiver to its releases.
static_assert(wt::releases_where<gc_until_45, wt::wasm::gc>.contains(45));
static_assert(!wt::releases_where<gc_until_45, wt::wasm::gc>.contains(46));

// Compiler support: Winch gained SIMD on aarch64 in 48; it has no gc on x86_64 in any release.
static_assert(
    wt::first_release_supported<wt::backend::winch, wt::wasm::simd, wt::architecture::aarch64> ==
    48);
static_assert(
    wt::first_release_supported<wt::backend::winch, wt::wasm::gc, wt::architecture::x86_64> ==
    wt::no_release);
static_assert(
    wt::first_release_supported<wt::backend::cranelift, wt::wasm::simd, wt::architecture::x86_64> ==
    34);

namespace {
std::vector<std::pair<unsigned, unsigned>> ranges_of(const wt::release_set& s) {
  std::vector<std::pair<unsigned, unsigned>> out;
  s.for_each_range([&](unsigned a, unsigned b) { out.emplace_back(a, b); });
  return out;
}
} // namespace

TEST_CASE("a tier history agrees with tier_of in every release") {
  constexpr auto h = wt::tier_history<wt::wasm::threads>;
  REQUIRE(h.size() >= 2);
  for (unsigned m = wt::oldest_release; m <= wt::newest_release; ++m) {
    CAPTURE(m);
    CHECK(h.at(m) == wt::detail::tier_at(*wt::detail::text_of(m), wt::id_of<wt::wasm::threads>));
  }
  for (std::size_t i = 1; i < h.size(); ++i) {
    CHECK(h[i].release > h[i - 1].release);
    CHECK(h[i].tier != h[i - 1].tier);
  }
}

TEST_CASE("release sets: runs of consecutive releases") {
  wt::release_set s;
  CHECK(s.empty());
  CHECK(s.first() == wt::no_release);
  for (unsigned m : {3u, 4u, 5u, 9u, 48u}) s.insert(m);
  CHECK(s.size() == 5);
  CHECK(s.first() == 3);
  CHECK(s.last() == 48);
  CHECK(ranges_of(s) == std::vector<std::pair<unsigned, unsigned>>{{3, 5}, {9, 9}, {48, 48}});
  constexpr auto threads_t1 = wt::releases_where<wt::policy::production_ready, wt::wasm::threads>;
  CHECK(ranges_of(threads_t1).back().second == 39);
}

TEST_CASE("a range's verdict is its first refusing release's verdict") {
  constexpr auto v = wt::verdict_of<t1_36_48, wt::wasm::threads>;
  CHECK(std::string_view(wt::explain(v).view()).find("threads is Tier 2 in Wasmtime 40") == 0);
  constexpr auto r = wt::violations_of<t1_36_48, wt::wasm::simd, wt::wasm::threads, wt::wasm::gc>;
  REQUIRE(r.size() == 2);
  CHECK(r[0].release == 40);
  CHECK(r[1].name() == "gc");
}
