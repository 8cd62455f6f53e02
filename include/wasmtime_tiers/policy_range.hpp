// wasmtime-tiers: policies over a range of releases (minimum_tier<T, releases<A, B>>). They are
// part of check.hpp; this header includes the whole policy layer, as it always did.
#ifndef WASMTIME_TIERS_POLICY_RANGE_HPP
#define WASMTIME_TIERS_POLICY_RANGE_HPP

#include <wasmtime_tiers/policy.hpp>

#endif
