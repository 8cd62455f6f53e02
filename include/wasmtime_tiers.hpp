// wasmtime-tiers: Wasmtime's tiers of support as constexpr C++ (umbrella header).
#ifndef WASMTIME_TIERS_HPP
#define WASMTIME_TIERS_HPP

#include <wasmtime_tiers/version.hpp>
// The names (name_of, to_string, ...), also where <wasmtime_tiers/wasmtime.hpp>, which leaves them
// out, came first.
#include <wasmtime_tiers/detail/names.hpp>
#include <wasmtime_tiers/tier.hpp>
#include <wasmtime_tiers/category.hpp>
#include <wasmtime_tiers/requirement.hpp>
#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/release.hpp>
#include <wasmtime_tiers/table.hpp>
#include <wasmtime_tiers/compiler_cells.hpp>
#include <wasmtime_tiers/selected_release.hpp>
#include <wasmtime_tiers/policy.hpp>
#include <wasmtime_tiers/host.hpp>

#endif
