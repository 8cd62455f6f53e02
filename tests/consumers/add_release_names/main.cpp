// Wasmtime 49, whose texts name what the installed library does not know: a Tier 3 target
// riscv64gc-unknown-frobnix, the proposal frobnicate in the "Unimplemented proposals" table and
// wide-frobnication in the Tier 3 table of docs/stability-wasm-proposals.md; and a requirement
// phrase the library's vocabulary lacks ("Vibes check") in the Tier 3 row of wasi-tls.
#define WASMTIME_VERSION_MAJOR 49
#include <wasmtime_tiers.hpp>
#include <wasmtime_tiers/proposal_matrix.hpp>

#include <cstdio>
#include <string_view>
#include <type_traits>

namespace wt = wasmtime_tiers;
using frobnix = wt::target::riscv64gc_unknown_frobnix;

static_assert(wt::proposal_section_of<wt::wasm::frobnicate, wt::release<49>> ==
              wt::proposal_section::unimplemented);
static_assert(wt::tier_of<wt::target::riscv64gc_unknown_frobnix, wt::release<49>> == wt::tier::t3);
static_assert(wt::proposal_section_of<wt::wasm::wide_frobnication, wt::release<49>> ==
              wt::proposal_section::t3);
static_assert(
    wt::check_of<wt::wasm::wide_frobnication, wt::proposal_check::tests, wt::release<49>> ==
    wt::check_status::yes);
static_assert(wt::missing_text_of<frobnix, wt::release<49>> ==
              std::string_view{"CI testing, full-time maintainer"});
static_assert(wt::category_of<frobnix> == wt::category::target);
static_assert(wt::category_of<wt::wasm::frobnicate> == wt::category::wasm_proposal);
// The new phrase: the cell verbatim, and requirement::unnamed beside the phrases the vocabulary names.
static_assert(wt::missing_text_of<wt::wasi::tls, wt::release<49>> ==
              std::string_view{"unstable proposal, Vibes check"});
static_assert(wt::missing_of<wt::wasi::tls, wt::release<49>> ==
              (wt::bit(wt::requirement::unstable_proposal) | wt::bit(wt::requirement::unnamed)));
static_assert(wt::missing_text_of<wt::wasi::tls, wt::release<48>> ==
              std::string_view{"unstable proposal"});
static_assert(!wt::is_missing<wt::wasi::tls, wt::requirement::unnamed, wt::release<48>>);
static_assert(wt::tier_of<wt::wasi::tls, wt::release<49>> == wt::tier::t3);
// Older releases do not list them, as for any entity their texts do not name.
static_assert(wt::tier_of<frobnix, wt::release<48>> == wt::tier::unlisted);
static_assert(wt::proposal_section_of<wt::wasm::frobnicate, wt::release<48>> ==
              wt::proposal_section::unlisted);
static_assert(wt::proposal_section_of<wt::wasm::wide_frobnication, wt::release<47>> ==
              wt::proposal_section::unlisted);
// The policies of the selected release (49) judge the new target by its tier.
static_assert(std::is_same_v<wt::selected_release, wt::release<49>>);
WASMTIME_TIERS_REQUIRE(wt::policy::not_production_ready, frobnix);
static_assert(!wt::allowed<wt::policy::almost_production_ready, frobnix>);

int main() {
  std::printf("%s: %s in Wasmtime 49, %s in Wasmtime 48\n", wt::name_of<frobnix>.data(),
              wt::to_string(wt::tier_of<frobnix, wt::release<49>>).data(),
              wt::to_string(wt::tier_of<frobnix, wt::release<48>>).data());
  std::printf("%s: %s in Wasmtime 49\n", wt::name_of<wt::wasm::frobnicate>.data(),
              wt::to_string(wt::proposal_section_of<wt::wasm::frobnicate, wt::release<49>>).data());
  constexpr std::string_view tls_missing = wt::missing_text_of<wt::wasi::tls, wt::release<49>>;
  std::printf("%s: missing for Tier 2 in Wasmtime 49: %.*s\n", wt::name_of<wt::wasi::tls>.data(),
              static_cast<int>(tls_missing.size()), tls_missing.data());
}
