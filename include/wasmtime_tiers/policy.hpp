// wasmtime-tiers: tier policies, waivers and the checks that enforce them at compile time: every
// header of the policy layer, one concept each:
//   policies.hpp    policies and waivers (policy::minimum_tier, with_waivers, waiver, tier_policy)
//   verdict.hpp     verdicts and their explanations, at run time (verdict, explain, waiver_problem)
//   check.hpp       the checks at compile time (allowed, verdict_of, violations_of; ranges)
//   require.hpp     WASMTIME_TIERS_REQUIRE
//   diagnostic.hpp  the words of the compile errors (namespace diagnostic)
#ifndef WASMTIME_TIERS_POLICY_HPP
#define WASMTIME_TIERS_POLICY_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check

#include <wasmtime_tiers/policies.hpp>
#include <wasmtime_tiers/diagnostic.hpp>
#include <wasmtime_tiers/verdict.hpp>
#include <wasmtime_tiers/check.hpp>
#include <wasmtime_tiers/require.hpp>

#endif
