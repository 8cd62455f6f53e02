// kind: explain(v) with only the umbrella header, which leaves the sentences out
// expect-gcc: the sentences of verdicts and waivers are in <wasmtime_tiers/explain.hpp>
// expect-clang: the sentences of verdicts and waivers are in <wasmtime_tiers/explain.hpp>
// expect-computed: compiles (where messages are computed, the umbrella includes explain.hpp, and with it identifier.hpp and vocabulary.hpp, for the words of its reports)
#include <wasmtime_tiers.hpp>
#ifndef WASMTIME_TIERS_EXPECT_FAIL
#include <wasmtime_tiers/explain.hpp>
#endif
namespace wt = wasmtime_tiers;
using p = wt::policy::minimum_tier<wt::tier::t1, wt::release<22>>;
static_assert(!wt::allowed<p, wt::wasm::gc>);
void words() { static_cast<void>(wt::explain(wt::verdict_of<p, wt::wasm::gc>)); }
