// wasmtime-tiers: configure<Policy>(config), now part of <wasmtime_tiers/wasmtime.hpp> (defined in
// <wasmtime_tiers/wasmtime/configure.hpp>). This header forwards there, as it always included
// wasmtime.hpp; include <wasmtime_tiers/wasmtime.hpp> instead.
#ifndef WASMTIME_TIERS_CONFIGURE_HPP
#define WASMTIME_TIERS_CONFIGURE_HPP

#include <wasmtime_tiers/wasmtime.hpp>

#endif
