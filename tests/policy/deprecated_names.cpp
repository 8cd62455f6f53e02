// The former names still compile, each with a deprecation warning that names its replacement (the
// test reads the warnings, in this order) and each meaning what its replacement means.
#include <wasmtime_tiers.hpp>
#include <wasmtime_tiers/explain.hpp> // explain(v)

#include <type_traits>

namespace wt = wasmtime_tiers;
using v47 = wt::release<47>;

static_assert(std::is_same_v<wt::violation_kind, wt::verdict_kind>);
static_assert(std::is_same_v<wt::violation, wt::verdict>);
static_assert(wt::proposal_section_of<wt::wasm::gc, v47> == wt::proposal_section::tier1);
static_assert(wt::check_of<wt::wasm::simd, wt::proposal_check::tests, wt::release<26>> ==
              wt::check_status::not_covered);
static_assert(wt::checks_lacking_for_tier1<wt::wasm::threads, v47> ==
              wt::checks_lacking_of<wt::wasm::threads, v47>);
static_assert(
    wt::detail::describe(wt::verdict_of<wt::policy::production_ready, wt::wasm::gc>).view() ==
    wt::explain(wt::verdict_of<wt::policy::production_ready, wt::wasm::gc>).view());
static_assert(wt::detail::rules{wt::tier_policy::minimum(wt::tier::t2)}.uniform());
