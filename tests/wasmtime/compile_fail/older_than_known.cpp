// kind: release selection: a Wasmtime older than every known text (0.39; the oldest text is 0.40's)
// expect-gcc: the included Wasmtime \(0\.39\) is older than every tier table this library knows \(the oldest is Wasmtime 0\.40's\)
// expect-clang: the included Wasmtime \(0\.39\) is older than every tier table this library knows \(the oldest is Wasmtime 0\.40's\)
// expect-computed: the included Wasmtime \(0\.39\) is older than every tier table this library knows \(the oldest is Wasmtime 0\.40's\)
#define WASMTIME_VERSION_MAJOR 0
#ifdef WASMTIME_TIERS_EXPECT_FAIL
#define WASMTIME_VERSION_MINOR 39
#else
#define WASMTIME_VERSION_MINOR 40
#endif
#include <wasmtime_tiers/wasmtime.hpp>
static_assert(wasmtime_tiers::selected_release::major == 0);
