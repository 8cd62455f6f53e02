// Policies, waivers, the allowed concept, reports and gating, checked at compile time and at run time.
#include <wasmtime_tiers.hpp>
#include <wasmtime_tiers/explain.hpp>      // explain(v)
#include <wasmtime_tiers/identifier.hpp>   // identifier_of
#include <wasmtime_tiers/policy_range.hpp> // policies over releases<A, B>
#include <wasmtime_tiers/text_tables.hpp>  // the full tables, to compare the readers with

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace wt = wasmtime_tiers;
using t1_22 = wt::policy::minimum_tier<wt::tier::t1, wt::release<22>>;
using t3_22 = wt::policy::minimum_tier<wt::tier::t3, wt::release<22>>;

// The policies issue's acceptance.
static_assert(
    wt::allowed<t1_22, wt::wasm::simd, wt::wasi::http, wt::target::x86_64_unknown_linux_gnu>);
static_assert(!wt::allowed<t1_22, wt::wasm::gc>);
static_assert(!wt::allowed<t3_22, wt::wasm::exception_handling>);
static_assert(std::is_same_v<wt::policy::production_ready, wt::policy::minimum_tier<wt::tier::t1>>);
#if defined(__x86_64__) && defined(__linux__) && defined(__GLIBC__) &&                             \
    !defined(WASMTIME_TIERS_TARGET)
static_assert(std::is_same_v<wt::target::host, wt::target::x86_64_unknown_linux_gnu>);
#endif
WASMTIME_TIERS_REQUIRE(t1_22, wt::wasm::simd);

// The named policies and the default release.
static_assert(std::is_same_v<wt::policy::production_ready::release, wt::selected_release>);
static_assert(std::is_same_v<wt::selected_release, wt::release<wt::newest_release>>);
static_assert(wt::allowed<wt::policy::almost_production_ready, wt::wasm::threads>); // Tier 2 in 48
static_assert(!wt::allowed<wt::policy::production_ready, wt::wasm::threads>);
static_assert(wt::allowed<wt::policy::not_production_ready, wt::wasi::nn>);
static_assert(
    !wt::allowed<wt::policy::not_production_ready, wt::target::aarch64_freebsd>); // unsupported
// Unsupported and unlisted entities are never allowed, whatever the tier asked.
static_assert(!wt::allowed<t3_22, wt::wasm::wide_arithmetic>);
static_assert(!wt::allowed<t3_22, wt::target::arm_32_bit>);
// Several entities: all must pass.
static_assert(!wt::allowed<t3_22, wt::wasm::gc, wt::wasm::exception_handling>);
static_assert(wt::allowed<t3_22, wt::wasm::gc, wt::wasm::simd>);
static_assert(wt::allowed<t3_22>);
// Types that are not entities are never allowed, under a minimum_tier (read by its key, which
// asks no more of the type than its id) as under any other policy.
namespace not_entities {
struct a_class { // the member of a tag, in a class: the id of a Tier 1 target
  static constexpr std::size_t wasmtime_tiers_id = wt::id_of<wt::target::x86_64_unknown_linux_gnu>;
};
enum class no_id : std::size_t { other = 0 };
enum class id_past_the_table : std::size_t { wasmtime_tiers_id = wt::entity_count };
} // namespace not_entities
using t1_22_waived = wt::policy::with_waivers<t1_22, wt::waiver<wt::wasm::gc, "Tier 3 in 22">>;
static_assert(wt::allowed<t1_22_waived, wt::wasm::gc, wt::target::x86_64_unknown_linux_gnu>);
static_assert(!wt::allowed<t3_22, int> && !wt::allowed<t3_22, not_entities::a_class> &&
              !wt::allowed<t3_22, not_entities::no_id> &&
              !wt::allowed<t3_22, not_entities::id_past_the_table> &&
              !wt::allowed<t3_22, wt::wasm::simd, int>);
static_assert(!wt::allowed<t1_22_waived, int> &&
              !wt::allowed<t1_22_waived, not_entities::a_class> &&
              !wt::allowed<t1_22_waived, not_entities::no_id> &&
              !wt::allowed<t1_22_waived, not_entities::id_past_the_table>);
static_assert(!wt::allowed<int, wt::wasm::simd> && !wt::allowed<wt::wasm::simd, wt::wasm::simd>);

// Per-category minimums.
using mixed =
    wt::policy::per_category<wt::policy::minimum_tier<wt::tier::t1, wt::release<22>>,
                             wt::policy::for_category<wt::category::backend, wt::tier::t2>>;
static_assert(wt::allowed<mixed, wt::backend::winch_on_x86_64, wt::target::x86_64_apple_darwin>);
static_assert(!wt::allowed<mixed, wt::backend::winch_on_aarch64>); // Tier 3
static_assert(!wt::allowed<mixed, wt::target::aarch64_apple_darwin>);
static_assert(mixed::rules.for_category(wt::category::backend) == wt::tier::t2);
static_assert(mixed::rules.for_category(wt::category::target) == wt::tier::t1);

// Waivers.
using waived =
    wt::policy::with_waivers<t1_22, wt::waiver<wt::wasm::gc, "our own gc fuzzing", 23>,
                             wt::waiver<wt::target::aarch64_apple_darwin, "CI on M1 runners">>;
static_assert(wt::allowed<waived, wt::wasm::gc, wt::target::aarch64_apple_darwin, wt::wasm::simd>);
static_assert(!wt::allowed<waived, wt::wasm::memory64>);
static_assert(wt::verdict_of<waived, wt::wasm::gc>.kind == wt::verdict_kind::waived);
static_assert(wt::verdict_of<waived, wt::wasm::simd>.kind == wt::verdict_kind::none);
static_assert(wt::waiver<wt::wasm::gc, "why">::reason == std::string_view{"why"});
WASMTIME_TIERS_REQUIRE(waived, wt::wasm::gc, wt::target::aarch64_apple_darwin);
// Waivers stack on per-category policies, and a waiver cannot accept what is unsupported.
using mixed_waived =
    wt::policy::with_waivers<mixed, wt::waiver<wt::backend::winch_on_aarch64, "tested">>;
static_assert(
    wt::allowed<mixed_waived, wt::backend::winch_on_aarch64, wt::backend::winch_on_x86_64>);
static_assert(!wt::allowed<mixed_waived, wt::wasm::exception_handling>);

// Proposal checks (docs/stability-wasm-proposals.md, Wasmtime 27 on).
using fuzzed_47 =
    wt::policy::requiring_checks<wt::policy::minimum_tier<wt::tier::t2, wt::release<47>>,
                                 wt::proposal_check::fuzzed>;
static_assert(wt::allowed<fuzzed_47, wt::wasm::simd, wt::wasm::memory64>);
static_assert(!wt::allowed<fuzzed_47, wt::wasm::threads>);
static_assert(
    wt::allowed<fuzzed_47, wt::target::x86_64_unknown_linux_gnu>); // checks apply to proposals
static_assert(wt::verdict_of<fuzzed_47, wt::wasm::threads>.kind == wt::verdict_kind::lacks_checks);
static_assert(wt::verdict_of<fuzzed_47, wt::wasm::threads>.lacking ==
              wt::bit(wt::proposal_check::fuzzed));
using fuzzed_waived =
    wt::policy::with_waivers<fuzzed_47, wt::waiver<wt::wasm::threads, "fuzzed in-house">>;
static_assert(wt::allowed<fuzzed_waived, wt::wasm::threads>);
// Before Wasmtime 27 no text rates proposals, so a required check cannot be shown to pass.
using fuzzed_22 = wt::policy::requiring_checks<t3_22, wt::proposal_check::fuzzed>;
static_assert(!wt::allowed<fuzzed_22, wt::wasm::simd>);

// Gating: requires clauses and if constexpr.
template <class P, class E>
  requires wt::allowed<P, E>
constexpr int enable() { return 1; }
template <class P, class E>
constexpr int enable() {
  return 0;
}
static_assert(enable<t1_22, wt::wasm::simd>() == 1);
static_assert(enable<t1_22, wt::wasm::gc>() == 0);

template <class P, class E>
constexpr std::string_view gate() {
  if constexpr (wt::allowed<P, E>)
    return "on";
  else
    return "off";
}
static_assert(gate<t1_22, wt::wasm::tail_call>() == "on");
static_assert(gate<t1_22, wt::wasm::memory64>() == "off");

// The report lists every violation, not only the first.
constexpr auto r = wt::violations_of<t1_22, wt::wasm::simd, wt::wasm::gc, wt::wasm::memory64,
                                     wt::wasm::exception_handling, wt::wasm::wide_arithmetic>;
static_assert(r.size() == 4 && !r.ok());
static_assert(r[0].name() == "gc" && r[0].kind == wt::verdict_kind::below_tier &&
              r[0].actual == wt::tier::t3);
static_assert(r[1].name() == "memory64" && r[1].actual == wt::tier::t2);
static_assert(r[2].kind == wt::verdict_kind::unsupported);
static_assert(r[3].kind == wt::verdict_kind::unlisted);
static_assert(wt::violations_of<t1_22, wt::wasm::simd>.ok());
static_assert(wt::violations_of<t1_22>.ok());

// The words of the diagnostics.
static_assert(wt::explain(r[0]).view() ==
              "gc is Tier 3 in Wasmtime 22 (missing: Complete implementation), but the policy "
              "requires Tier 1; to accept it anyway, waive wasm::gc with a reason");
static_assert(
    wt::explain(wt::verdict_of<mixed, wt::target::aarch64_apple_darwin>).view() ==
    "aarch64-apple-darwin is Tier 2 in Wasmtime 22 (missing: Continuous fuzzing), but the "
    "policy requires Tier 1 for a target; to accept it anyway, waive "
    "target::aarch64_apple_darwin with a reason");
static_assert(wt::explain(wt::verdict_of<fuzzed_47, wt::wasm::threads>).view() ==
              "threads fails proposal checks the policy requires in Wasmtime 47 (Fuzzed: no); to "
              "accept it anyway, waive wasm::threads with a reason");

// Identifiers follow the documented rule.
static_assert(wt::identifier_of(wt::category::wasi_proposal, "wasi-http").view() == "http");
static_assert(wt::identifier_of(wt::category::embedding_api, "C++").view() == "cpp");
static_assert(wt::identifier_of(wt::category::target, "i686 (32-bit Intel targets)").view() ==
              "i686_32_bit_intel_targets");
static_assert(wt::identifier_of(wt::category::misc, "Default").view() == "default_");
static_assert(wt::identifier_of(wt::category::misc, "32-bit").view() == "n32_bit");

TEST_CASE("a report is readable at run time") {
  CHECK(r.size() == 4);
  std::size_t n = 0;
  for (const wt::verdict& v : r) {
    CHECK_FALSE(v.allowed());
    CHECK(!wt::explain(v).view().empty());
    ++n;
  }
  CHECK(n == 4);
  CHECK(wt::explain(r[2]).view() ==
        "exception-handling is on the unsupported list of Wasmtime 22 (\"Unsupported features and "
        "platforms\"), which no policy or waiver accepts");
}

TEST_CASE("policies evaluated at run time agree with the compile-time ones") {
  const wt::detail::text_table& t = wt::release<22>::text();
  for (std::size_t id = 0; id < wt::entity_count; ++id) {
    const wt::verdict v =
        wt::detail::check_entity(wt::release<22>::text_index, 22, t1_22::rules, false, id);
    const wt::tier actual = wt::detail::tier_at(t, id);
    CAPTURE(wt::detail::name_at(id));
    CHECK(v.allowed() == (actual == wt::tier::t1));
  }
}

TEST_CASE("allowed_at, the concept's shortcut, agrees with the full verdict everywhere") {
  std::size_t compared = 0, allowed = 0;
  for (unsigned major = 0; major < 100; ++major) {
    const wt::detail::text_table* t = wt::detail::text_of(major);
    if (t == nullptr) continue;
    for (wt::tier required : {wt::tier::t1, wt::tier::t2, wt::tier::t3})
      for (wt::proposal_check_set checks : {wt::proposal_check_set{0}, wt::all_checks})
        for (bool waived : {false, true}) {
          wt::tier_policy r{{required, required, required, required, required, required}};
          r.checks = checks;
          for (std::size_t id = 0; id < wt::entity_count; ++id) {
            const std::size_t text = wt::detail::text_index_of(major);
            const bool expected = wt::detail::check_entity(text, major, r, waived, id).allowed();
            CAPTURE(major);
            CAPTURE(wt::detail::name_at(id));
            CHECK(wt::detail::allowed_at(text, major, r, waived, id) == expected);
            // The reading of a minimum_tier of one release (no waiver, no proposal check).
            if (!waived && checks == 0)
              CHECK(wt::detail::allowed_minimum(wt::detail::minimum_key_of(major, required), id) ==
                    expected);
            // The character arrays every translation unit reads and the full table agree.
            CHECK(wt::detail::tier_in(text, id) == wt::detail::tier_at(*t, id));
            CHECK(wt::detail::missing_index_in(text, id) == wt::detail::missing_index_at(*t, id));
            ++compared;
            allowed += expected;
          }
        }
  }
  // An id past the table is never allowed.
  for (wt::tier required : {wt::tier::t1, wt::tier::t3})
    CHECK_FALSE(
        wt::detail::allowed_minimum(wt::detail::minimum_key_of(48, required), wt::entity_count));
  // Every known release, each of the 12 rule sets, every entity; both verdicts occur.
  CHECK(compared > 12 * 20 * wt::entity_count);
  CHECK(allowed > 0);
  CHECK(allowed < compared);
}

TEST_CASE("allowed_minimum_range agrees with the verdict in each of its releases") {
  std::size_t compared = 0, allowed = 0;
  for (unsigned first = 0; first <= wt::newest_release; ++first)
    for (unsigned last = first; last <= wt::newest_release; ++last) {
      if (!wt::detail::every_release_known(first, last)) continue;
      for (wt::tier required : {wt::tier::t1, wt::tier::t2, wt::tier::t3})
        for (std::size_t id = 0; id < wt::entity_count; ++id) {
          const wt::tier_policy r = wt::tier_policy::minimum(required);
          bool expected = true;
          for (unsigned m = first; m <= last; ++m)
            expected = expected && wt::verdict_in(m, r, id).allowed();
          CAPTURE(first);
          CAPTURE(last);
          CAPTURE(wt::detail::name_at(id));
          CHECK(wt::detail::allowed_minimum_range(wt::detail::minimum_range_key_of(first, last,
                                                                                   required),
                                                  id) == expected);
          ++compared;
          allowed += expected;
        }
    }
  CHECK(compared > 1000 * wt::entity_count);
  CHECK(allowed > 0);
  CHECK(allowed < compared);
}

// Waivers are decided on the policy that is used, its final composition.
namespace composed {
using waived_gc = wt::policy::with_waivers<t1_22, wt::waiver<wt::wasm::gc, "fuzzed in-house">>;
// Backends at Tier 2 around the waiver: gc still needs it, and it is valid.
using per_backend =
    wt::policy::per_category<waived_gc,
                             wt::policy::for_category<wt::category::backend, wt::tier::t2>>;
// The run-time twins over a tier_policy: the verdict, the sentence and the waiver problems of the
// compile-time checks, from the policy's value (what `wasmtime-tiers check` decides with).
static_assert(wt::policy_value<t1_22>.uniform() &&
              wt::policy_value<t1_22>.for_category(wt::category::misc) == wt::tier::t1);
static_assert(!wt::policy_value<mixed>.uniform());
constexpr wt::verdict gc_22 = wt::verdict_in(22, wt::policy_value<t1_22>, wt::id_of<wt::wasm::gc>);
static_assert(gc_22.kind == r[0].kind && gc_22.actual == r[0].actual &&
              gc_22.required == r[0].required && gc_22.release == 22 &&
              wt::explain(gc_22).view() == wt::explain(r[0]).view());
static_assert(wt::explain(gc_22, wt::waiver_advice::command_line)
                  .view()
                  .ends_with("; to accept it anyway, add --waive gc=REASON"));
static_assert(wt::verdict_in(22, wt::policy_value<t1_22>, wt::id_of<wt::wasm::gc>, true).kind ==
              wt::verdict_kind::waived);
static_assert(wt::verdict_in(47, wt::policy_value<fuzzed_47>, wt::id_of<wt::wasm::threads>)
                  .lacking == wt::verdict_of<fuzzed_47, wt::wasm::threads>.lacking);
// A release no text covers: nothing is listed there, and no waiver can accept anything.
static_assert(!wt::is_known_release(1000));
static_assert(wt::verdict_in(1000, wt::policy_value<t1_22>, wt::id_of<wt::wasm::simd>).kind ==
              wt::verdict_kind::unlisted);
static_assert(wt::waiver_problem_in(1000, wt::policy_value<t1_22>, wt::id_of<wt::wasm::simd>,
                                    false) == wt::waiver_problem::cannot_accept);
static_assert(wt::describe_waiver(wt::waiver_problem::cannot_accept, 1000, wt::policy_value<t1_22>,
                                  wt::id_of<wt::wasm::simd>)
                  .view()
                  .empty());
static_assert(wt::describe_waiver(wt::waiver_problem::no_reason, 1000, wt::policy_value<t1_22>,
                                  wt::id_of<wt::wasm::simd>)
                  .view() ==
              "the waiver for simd has an empty reason; write why the project accepts it");
static_assert(wt::waiver_problem_in(22, wt::policy_value<t1_22>, wt::id_of<wt::wasm::gc>, true) ==
              wt::waiver_problem::no_reason);
static_assert(wt::waiver_problem_in(22, wt::policy_value<t1_22>, wt::id_of<wt::wasm::simd>,
                                    false) == wt::waiver_problem::not_needed);
static_assert(wt::waiver_problem_in(23, wt::policy_value<t1_22>, wt::id_of<wt::wasm::gc>, false,
                                    22) == wt::waiver_problem::expired);
static_assert(
    wt::describe_waiver(wt::waiver_problem::not_needed, 22, wt::policy_value<t1_22>,
                        wt::id_of<wt::wasm::simd>)
        .view() ==
    "the waiver for simd is not needed: it is Tier 1 in Wasmtime 22 and the policy requires "
    "Tier 1; remove the waiver");
static_assert(wt::waiver_problem_in_range(36, 48, wt::policy_value<t1_22>,
                                          wt::id_of<wt::wasm::simd>, false, wt::no_expiry)
                  .problem == wt::waiver_problem::not_needed);

static_assert(wt::allowed<per_backend, wt::wasm::gc>);
static_assert(wt::verdict_of<per_backend, wt::wasm::gc>.kind == wt::verdict_kind::waived);
// Proposals at Tier 3 around the waiver: gc needs none, so the waiver is stale in the composition
// (tests/compile_fail/cases/stale_waiver_composed.cpp); decided without compiling it:
using per_proposal =
    wt::policy::per_category<waived_gc,
                             wt::policy::for_category<wt::category::wasm_proposal, wt::tier::t3>>;
static_assert(
    wt::detail::waiver_problem_of<per_proposal, wt::waiver<wt::wasm::gc, "fuzzed in-house">>() ==
    wt::waiver_problem::not_needed);
static_assert(
    wt::detail::waiver_problem_of<waived_gc, wt::waiver<wt::wasm::gc, "fuzzed in-house">>() ==
    wt::waiver_problem::none);
// A waiver the base policy does not need, but the checks added around it do.
using t1_47 = wt::policy::minimum_tier<wt::tier::t1, wt::release<47>>;
using cm = wt::waiver<wt::wasm::component_model, "fuzzed in-house">;
static_assert(wt::detail::waiver_problem_of<wt::policy::with_waivers<t1_47, cm>, cm>() ==
              wt::waiver_problem::not_needed);
using fuzzed_cm =
    wt::policy::requiring_checks<wt::policy::with_waivers<t1_47, cm>, wt::proposal_check::fuzzed>;
static_assert(wt::detail::waiver_problem_of<fuzzed_cm, cm>() == wt::waiver_problem::none);
static_assert(wt::allowed<fuzzed_cm, wt::wasm::component_model>);
WASMTIME_TIERS_REQUIRE(fuzzed_cm, wt::wasm::component_model, wt::wasm::simd);
// Nested with_waivers make one list, checked for duplicates as a whole.
using nested = wt::policy::with_waivers<waived_gc, wt::waiver<wt::wasm::memory64, "two">>;
static_assert(nested::waivers::size == 2 && wt::allowed<nested, wt::wasm::gc, wt::wasm::memory64>);
// The policy may contain commas in WASMTIME_TIERS_REQUIRE.
WASMTIME_TIERS_REQUIRE(wt::policy::minimum_tier<wt::tier::t1, wt::release<22>>, wt::wasm::simd);
} // namespace composed

// Every sentence of the shipped tables, whole: every release, entity and policy tier, every set
// of required proposal checks (which makes the longest sentences, before Wasmtime 27), both kinds
// of advice; and every waiver sentence.
TEST_CASE("every violation and waiver sentence fits explain()'s capacity") {
  std::size_t sentences = 0, longest = 0;
  std::vector<std::string> bad; // cut, or empty where a sentence is due
  for (unsigned release = 0; release <= wt::newest_release; ++release) {
    const wt::detail::text_table* t = wt::detail::text_of(release);
    if (!t) continue;
    for (wt::tier required : {wt::tier::t1, wt::tier::t2, wt::tier::t3})
      for (unsigned checks = 0; checks <= wt::all_checks; ++checks) {
        const wt::tier_policy r{{required, required, required, required, required, required},
                                static_cast<wt::proposal_check_set>(checks)};
        for (std::size_t id = 0; id < wt::entity_count; ++id) {
          const bool proposal = wt::detail::category_at(id) == wt::category::wasm_proposal;
          if (checks != 0 && !proposal) continue; // the checks only change proposals' sentences
          for (bool waived : {false, true}) {
            const wt::verdict v = wt::detail::check_entity(wt::detail::text_index_of(release),
                                                           release, r, waived, id);
            for (auto advice : {wt::waiver_advice::cpp, wt::waiver_advice::command_line}) {
              const auto m = wt::explain(v, advice);
              if (m.cut() || m.view().empty()) bad.emplace_back(m.view());
              longest = std::max(longest, m.size());
              ++sentences;
            }
          }
          if (checks == 0)
            for (unsigned until : {0u, wt::no_expiry})
              for (bool empty : {false, true}) {
                const std::size_t text = wt::detail::text_index_of(release);
                const auto p = wt::detail::waiver_problem_at(text, release, r, id, empty, until);
                const auto m = wt::detail::describe_waiver(p, text, release, r, id, until);
                if (m.cut() || (p == wt::waiver_problem::none) != m.view().empty())
                  bad.emplace_back(m.view());
              }
        }
      }
  }
  MESSAGE(sentences << " sentences, the longest " << longest << " characters of "
                    << wt::detail::describe_capacity);
  CHECK_MESSAGE(bad.empty(), bad.size() << " sentences cut or missing, the first: "
                                        << (bad.empty() ? "" : bad[0]));
  CHECK(sentences > 100000);
  CHECK(longest > 300); // the all-checks sentences before 27 are checked, not skipped
}
