// Checks that the setter facts of wasmtime/setters.hpp agree with the Wasmtime headers a test includes:
// for each proposal setter, "declared" (found by argument-dependent lookup on wasm_config_t, or as
// a wasmtime::Config member) must equal what detail::*_setter_availability says.
#ifndef WASMTIME_TIERS_TESTS_WASMTIME_SETTERS_DECLARED_HPP
#define WASMTIME_TIERS_TESTS_WASMTIME_SETTERS_DECLARED_HPP

#include <wasmtime_tiers/wasmtime.hpp>

namespace setters_declared {

namespace wt = wasmtime_tiers;

template <class E>
constexpr std::size_t index_of = wt::detail::setter_index(wt::id_of<E>);

#define SETTERS_DECLARED_CHECK(Entity, Stem)                                                       \
  template <class Raw>                                                                             \
  constexpr bool c_declared_##Entity = requires(Raw * c) {                                         \
    wasmtime_config_##Stem##_set(c, true);                                                         \
  };                                                                                               \
  template <class Config>                                                                          \
  constexpr bool cpp_declared_##Entity = requires(Config & c) {                                    \
    c.Stem(true);                                                                                  \
  };                                                                                               \
  template <class B, class Raw>                                                                    \
  constexpr bool c_agrees_##Entity =                                                               \
      c_declared_##Entity<Raw> ==                                                                  \
      (wt::detail::c_setter_availability(index_of<wt::wasm::Entity>, B::version, B::features)      \
           .state == wt::detail::setter_state::present);                                           \
  template <class B, class Config>                                                                 \
  constexpr bool cpp_agrees_##Entity = [] {                                                        \
    const auto a =                                                                                 \
        wt::detail::cpp_setter_availability(index_of<wt::wasm::Entity>, B::version, B::features);  \
    const bool member = a.state == wt::detail::setter_state::present && !a.through_capi;           \
    return cpp_declared_##Entity<Config> == member;                                                \
  }();
SETTERS_DECLARED_CHECK(threads, wasm_threads)
SETTERS_DECLARED_CHECK(tail_call, wasm_tail_call)
SETTERS_DECLARED_CHECK(reference_types, wasm_reference_types)
SETTERS_DECLARED_CHECK(function_references, wasm_function_references)
SETTERS_DECLARED_CHECK(gc, wasm_gc)
SETTERS_DECLARED_CHECK(simd, wasm_simd)
SETTERS_DECLARED_CHECK(relaxed_simd, wasm_relaxed_simd)
SETTERS_DECLARED_CHECK(bulk_memory, wasm_bulk_memory)
SETTERS_DECLARED_CHECK(multi_value, wasm_multi_value)
SETTERS_DECLARED_CHECK(multi_memory, wasm_multi_memory)
SETTERS_DECLARED_CHECK(memory64, wasm_memory64)
SETTERS_DECLARED_CHECK(wide_arithmetic, wasm_wide_arithmetic)
SETTERS_DECLARED_CHECK(exception_handling, wasm_exceptions)
SETTERS_DECLARED_CHECK(custom_page_sizes, wasm_custom_page_sizes)
SETTERS_DECLARED_CHECK(component_model, wasm_component_model)
SETTERS_DECLARED_CHECK(branch_hinting, wasm_branch_hinting)
SETTERS_DECLARED_CHECK(stack_switching, wasm_stack_switching)
#undef SETTERS_DECLARED_CHECK

// Every C setter (Raw: wasm_config_t).
template <class B, class Raw>
constexpr bool c_setters_agree = c_agrees_threads<B, Raw>&& c_agrees_tail_call<B, Raw>&&
    c_agrees_reference_types<B, Raw>&& c_agrees_function_references<B, Raw>&& c_agrees_gc<B, Raw>&&
        c_agrees_simd<B, Raw>&& c_agrees_relaxed_simd<B, Raw>&& c_agrees_bulk_memory<B, Raw>&&
            c_agrees_multi_value<B, Raw>&& c_agrees_multi_memory<B, Raw>&& c_agrees_memory64<
                B, Raw>&& c_agrees_wide_arithmetic<B, Raw>&& c_agrees_exception_handling<B, Raw>&&
                c_agrees_custom_page_sizes<B, Raw>&& c_agrees_component_model<B, Raw>&&
                    c_agrees_branch_hinting<B, Raw>&& c_agrees_stack_switching<B, Raw>;

// Every Config member (Config: wasmtime::Config).
template <class B, class Config>
constexpr bool cpp_setters_agree = cpp_agrees_threads<B, Config>&& cpp_agrees_tail_call<
    B, Config>&& cpp_agrees_reference_types<B, Config>&& cpp_agrees_function_references<B, Config>&&
    cpp_agrees_gc<B, Config>&& cpp_agrees_simd<B, Config>&& cpp_agrees_relaxed_simd<
        B, Config>&& cpp_agrees_bulk_memory<B, Config>&& cpp_agrees_multi_value<B, Config>&&
        cpp_agrees_multi_memory<B, Config>&& cpp_agrees_memory64<B, Config>&&
            cpp_agrees_wide_arithmetic<B, Config>&& cpp_agrees_exception_handling<B, Config>&&
                cpp_agrees_custom_page_sizes<B, Config>&& cpp_agrees_component_model<B, Config>&&
                    cpp_agrees_branch_hinting<B, Config>&& cpp_agrees_stack_switching<B, Config>;

} // namespace setters_declared

#endif
