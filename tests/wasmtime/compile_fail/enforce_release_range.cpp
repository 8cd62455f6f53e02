// kind: WASMTIME_TIERS_ENFORCE with a policy over a range of releases (the build is one release)
// flags: -DWASMTIME_TIERS_TARGET=x86_64_unknown_linux_gnu
// wasmtime: 48 CRANELIFT
// expect-gcc: WASMTIME_TIERS_ENFORCE\(Policy\): the policy names a range of releases \(releases<A, B>\), but the included Wasmtime is one release
// expect-clang: WASMTIME_TIERS_ENFORCE\(Policy\): the policy names a range of releases \(releases<A, B>\), but the included Wasmtime is one release
// expect-computed: WASMTIME_TIERS_ENFORCE\(Policy\): the policy names a range of releases \(releases<A, B>\), but the included Wasmtime is one release
#include <wasmtime.h>
#include <wasmtime_tiers/wasmtime.hpp>
namespace wt = wasmtime_tiers;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
WASMTIME_TIERS_ENFORCE(wt::policy::minimum_tier<wt::tier::t1, wt::releases<36, 48>>);
#else
WASMTIME_TIERS_ENFORCE(wt::policy::minimum_tier<wt::tier::t1>);
#endif
