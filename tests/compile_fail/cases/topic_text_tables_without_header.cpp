// kind: a query of a text's full table (compiler support) with only the umbrella header
// expect-gcc: which <wasmtime_tiers.hpp> leaves out: #include <wasmtime_tiers/text_tables.hpp>
// expect-clang: which <wasmtime_tiers.hpp> leaves out: #include <wasmtime_tiers/text_tables.hpp>
// expect-computed: which <wasmtime_tiers.hpp> leaves out: #include <wasmtime_tiers/text_tables.hpp>
#include <wasmtime_tiers.hpp>
#ifndef WASMTIME_TIERS_EXPECT_FAIL
#include <wasmtime_tiers/text_tables.hpp>
#endif
namespace wt = wasmtime_tiers;
inline constexpr wt::support winch_gc =
    wt::support_of<wt::backend::winch, wt::wasm::gc, wt::architecture::x86_64, wt::release<48>>;
