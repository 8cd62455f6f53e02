// kind: identifier_of with only the umbrella header, which leaves the C++ names out
// expect-gcc: the C\+\+ names of entities are in <wasmtime_tiers/identifier.hpp>
// expect-clang: the C\+\+ names of entities are in <wasmtime_tiers/identifier.hpp>
// expect-computed: compiles (where messages are computed, the umbrella includes explain.hpp, and with it identifier.hpp and vocabulary.hpp, for the words of its reports)
#include <wasmtime_tiers.hpp>
#ifndef WASMTIME_TIERS_EXPECT_FAIL
#include <wasmtime_tiers/identifier.hpp>
#endif
namespace wt = wasmtime_tiers;
void name() { static_cast<void>(wt::identifier_of(wt::category::wasi_proposal, "wasi-http")); }
