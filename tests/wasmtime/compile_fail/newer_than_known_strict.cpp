// kind: release selection: a Wasmtime newer than every known text, with WASMTIME_TIERS_STRICT_RELEASE
// flags: -DWASMTIME_TIERS_STRICT_RELEASE
// expect-gcc: the included Wasmtime \(WASMTIME_VERSION_MAJOR 1000\) is newer than the newest tier table this library knows \(Wasmtime [0-9]+\) and WASMTIME_TIERS_STRICT_RELEASE is defined
// expect-clang: the included Wasmtime \(WASMTIME_VERSION_MAJOR 1000\) is newer than the newest tier table this library knows \(Wasmtime [0-9]+\) and WASMTIME_TIERS_STRICT_RELEASE is defined
// expect-computed: the included Wasmtime \(WASMTIME_VERSION_MAJOR 1000\) is newer than the newest tier table this library knows \(Wasmtime [0-9]+\) and WASMTIME_TIERS_STRICT_RELEASE is defined
#ifdef WASMTIME_TIERS_EXPECT_FAIL
#define WASMTIME_VERSION_MAJOR 1000
#else
#define WASMTIME_VERSION_MAJOR 22
#endif
#include <wasmtime_tiers/wasmtime.hpp>
static_assert(wasmtime_tiers::selected_release::major <= wasmtime_tiers::newest_release);
