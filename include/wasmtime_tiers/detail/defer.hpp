// wasmtime-tiers internals: WASMTIME_TIERS_DETAIL_DEFER, written before a constexpr function that
// a check which passes does not call (the sentences of explanations, the helpers of diagnostics,
// the names and the run-time queries the umbrella header declares) so that a translation unit
// that never calls it does not pay for its body.
#ifndef WASMTIME_TIERS_DETAIL_DEFER_HPP
#define WASMTIME_TIERS_DETAIL_DEFER_HPP

// GCC copies, folds and genericizes the body of a non-template constexpr function where it is
// defined, used or not (about 23 M instructions per translation unit for the functions marked);
// a function template's body only where it is instantiated. The function becomes a template with
// one defaulted parameter, so that calls, which deduce nothing, read as before. Clang parses a
// template at no lower cost and then pays for the template, so there it is nothing.
#ifndef WASMTIME_TIERS_DETAIL_DEFER
#if defined(__clang__)
#define WASMTIME_TIERS_DETAIL_DEFER
#else
#define WASMTIME_TIERS_DETAIL_DEFER template <class = void>
#endif
#endif

#endif
