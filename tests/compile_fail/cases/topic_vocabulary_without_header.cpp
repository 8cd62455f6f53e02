// kind: to_string of a requirement with only the umbrella header, which leaves the words out
// expect-gcc: the words are in <wasmtime_tiers/vocabulary.hpp>, which <wasmtime_tiers.hpp> leaves out
// expect-clang: the words are in <wasmtime_tiers/vocabulary.hpp>, which <wasmtime_tiers.hpp> leaves out
// expect-computed: compiles (where messages are computed, the umbrella includes explain.hpp, and with it identifier.hpp and vocabulary.hpp, for the words of its reports)
#include <wasmtime_tiers.hpp>
#ifndef WASMTIME_TIERS_EXPECT_FAIL
#include <wasmtime_tiers/vocabulary.hpp>
#endif
namespace wt = wasmtime_tiers;
void words() { static_cast<void>(wt::to_string(wt::requirement::continuous_fuzzing)); }
