// kind: a name (std::string_view) asked through <wasmtime_tiers/wasmtime.hpp> alone, which leaves <string_view> out
// wasmtime: 48 defaults
// expect-gcc: wasmtime_tiers: the names of entities, tiers and categories .* #include <wasmtime_tiers.hpp>
// expect-clang: wasmtime_tiers: the names of entities, tiers and categories .* #include <wasmtime_tiers.hpp>
// expect-computed: compiles (where static_assert messages are computed, wasmtime.hpp includes the names: its messages are made of them)
#include <wasmtime.h>
#include <wasmtime_tiers/wasmtime.hpp>
namespace wt = wasmtime_tiers;
using gc_verdict = decltype(wt::verdict_of<wt::policy::production_ready, wt::wasm::gc>);
#ifdef WASMTIME_TIERS_EXPECT_FAIL
static_assert(wt::name_of<wt::wasm::gc>.size() == 2);
#else
// The same name, with the umbrella included after wasmtime.hpp: every header that declares names
// gives them, whenever it is included.
#include <wasmtime_tiers.hpp>
static_assert(wt::name_of<wt::wasm::gc> == "gc");
static_assert(wt::verdict_of<wt::policy::production_ready, wt::wasm::gc>.name() == "gc");
static_assert(wt::to_string(wt::tier::t1) == "Tier 1");
#endif
