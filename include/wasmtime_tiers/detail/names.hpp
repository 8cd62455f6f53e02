// wasmtime-tiers internals: the names the library hands out, as std::string_views (the hook of
// detail/names_hook.hpp). Every header that declares a name includes this one, as do the umbrella
// and every header outside the integration; while <wasmtime_tiers/wasmtime.hpp> includes the
// library (WASMTIME_TIERS_DETAIL_WITHOUT_NAMES) it includes nothing, so that the first of those
// headers included after wasmtime.hpp gives the names. (No guard, and no more than that: it is
// read at each of its inclusions.)
#if !defined(WASMTIME_TIERS_DETAIL_WITHOUT_NAMES)
#include <wasmtime_tiers/detail/names_hook.hpp>
#endif
