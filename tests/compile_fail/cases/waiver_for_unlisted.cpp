// kind: a waiver for an entity the release does not mention (no waiver can accept it)
// expect-gcc: waiver_cannot_accept_entity.*Entity = wasmtime_tiers::backend::pulley; Tier = .*not_in_the_release_table; unsigned int Wasmtime = 22
// expect-clang: waiver_cannot_accept_entity<wasmtime_tiers::backend::pulley, wasmtime_tiers::diagnostic::not_in_the_release_table, 22>
// expect-computed: no waiver can accept Pulley: it is not in the tier table of Wasmtime 22; remove the waiver
#include <wasmtime_tiers.hpp>
namespace wt = wasmtime_tiers;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
using p = wt::policy::with_waivers<wt::policy::minimum_tier<wt::tier::t1, wt::release<22>>,
                                   wt::waiver<wt::backend::pulley, "interpreter builds">>;
#else
using p = wt::policy::with_waivers<wt::policy::minimum_tier<wt::tier::t1, wt::release<48>>,
                                   wt::waiver<wt::backend::pulley, "interpreter builds">>;
#endif
WASMTIME_TIERS_REQUIRE(p, wt::backend::pulley);
