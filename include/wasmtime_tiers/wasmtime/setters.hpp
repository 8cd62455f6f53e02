// wasmtime-tiers: the setters of Wasmtime's C and C++ APIs that configure<>() calls, and where
// each release declares them. Part of <wasmtime_tiers/wasmtime.hpp>.
//
// WASMTIME_TIERS_DETAIL_PROPOSAL_SETTERS(X) is the list of proposals with a setter, one line each:
//   X(entity, stem, C since, gate, gate since (C), C++ since, gate since (C++))
// the C function wasmtime_config_<stem>_set(wasm_config_t*, bool) and the C++ member
// Config::<stem>(bool); C since: the first Wasmtime major that declares the C function; gate: the
// WASMTIME_FEATURE_* macro the headers declare it under, from `gate since` on; C++ since: the first
// major with the Config member, 0 for none (configure<> calls the C function through
// Config::capi()). Read from the tagged headers of Wasmtime's crates/c-api; tests/wasmtime checks
// every row against the real headers of every release. The table detail::proposal_setters, the
// types detail::proposal_setter_types, the calls and the setters' names in diagnostics all expand
// this one list.
#ifndef WASMTIME_TIERS_WASMTIME_SETTERS_HPP
#define WASMTIME_TIERS_WASMTIME_SETTERS_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <cstdint>
#include <type_traits>

#include <wasmtime_tiers/detail/defer.hpp>
#include <wasmtime_tiers/detail/encoding.hpp>
#include <wasmtime_tiers/detail/nth_type.hpp>
#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/wasmtime/features.hpp>

// clang-format off
#define WASMTIME_TIERS_DETAIL_PROPOSAL_SETTERS(X)                                                  \
  /* entity               stem                      C   gate             C    C++ C++ */           \
  X(threads,              wasm_threads,              1, threads,         22, 33, 33)               \
  X(tail_call,            wasm_tail_call,           18, none,             0, 33,  0)               \
  X(reference_types,      wasm_reference_types,      1, gc,              45, 33, 45)               \
  X(function_references,  wasm_function_references, 20, gc,              45, 33, 45)               \
  X(gc,                   wasm_gc,                  20, gc,              45, 33, 45)               \
  X(simd,                 wasm_simd,                 1, none,             0, 33,  0)               \
  X(relaxed_simd,         wasm_relaxed_simd,         9, none,             0, 33,  0)               \
  X(bulk_memory,          wasm_bulk_memory,          1, none,             0, 33,  0)               \
  X(multi_value,          wasm_multi_value,          1, none,             0, 33,  0)               \
  X(multi_memory,         wasm_multi_memory,         1, none,             0, 33,  0)               \
  X(memory64,             wasm_memory64,             1, none,             0, 33,  0)               \
  X(wide_arithmetic,      wasm_wide_arithmetic,     27, none,             0, 33,  0)               \
  X(exception_handling,   wasm_exceptions,          39, gc,              45, 39, 45)               \
  X(custom_page_sizes,    wasm_custom_page_sizes,   39, none,             0, 39,  0)               \
  X(component_model,      wasm_component_model,     33, component_model, 33, 33, 33)               \
  X(branch_hinting,       wasm_branch_hinting,      46, none,             0,  0,  0)               \
  X(stack_switching,      wasm_stack_switching,     35, compiler,        35,  0,  0)
// clang-format on

namespace wasmtime_tiers {

// The setters by their names in Wasmtime's C API and C++ API, as diagnostics name them.
namespace diagnostic::setter {
template <class Proposal>
struct for_proposal {};
#define WASMTIME_TIERS_DETAIL_SETTER_WORDS(Entity, Stem, ...)                                      \
  struct wasmtime_config_##Stem##_set {};                                                          \
  struct Config_##Stem {};
WASMTIME_TIERS_DETAIL_PROPOSAL_SETTERS(WASMTIME_TIERS_DETAIL_SETTER_WORDS)
#undef WASMTIME_TIERS_DETAIL_SETTER_WORDS
struct wasmtime_config_strategy_set_WASMTIME_STRATEGY_CRANELIFT {};
struct wasmtime_config_strategy_set_WASMTIME_STRATEGY_WINCH {};
struct Config_strategy_Strategy_Cranelift {};
struct Config_strategy_Strategy_Winch {};
struct wasmtime_config_target_set_pulley {};
} // namespace diagnostic::setter

namespace detail {

// The WASMTIME_FEATURE_* macro that Wasmtime's headers put a setter under.
enum class setter_gate : unsigned char { none, threads, gc, compiler, component_model };

// gate_feature(g): the macro of gate g (not for setter_gate::none).
WASMTIME_TIERS_DETAIL_DEFER
constexpr wasmtime_feature gate_feature(setter_gate g) noexcept {
  switch (g) {
  case setter_gate::threads: return wasmtime_feature::threads;
  case setter_gate::gc: return wasmtime_feature::gc;
  case setter_gate::component_model: return wasmtime_feature::component_model;
  case setter_gate::compiler: return wasmtime_feature::compiler;
  case setter_gate::none: break;
  }
  return wasmtime_feature::compiler; // none: the callers test it first
}

WASMTIME_TIERS_DETAIL_DEFER
constexpr wasmtime_feature_set gate_bits(setter_gate g) noexcept {
  return g == setter_gate::none ? 0 : feature_bit(gate_feature(g));
}

WASMTIME_TIERS_DETAIL_DEFER
constexpr literal gate_macro(setter_gate g) noexcept {
  return g == setter_gate::none ? literal() : feature_macro_name(gate_feature(g));
}

// One row of the list above. The stem is also Wasmtime's name of the feature in its messages
// ("the wasm_gc feature is not supported on this compiler configuration").
struct proposal_setter_facts {
  std::size_t id;          // the entity
  packed stem;             // "wasm_simd"
  unsigned c_since;        // the first Wasmtime major that declares the C function
  setter_gate gate;        // declared only where this WASMTIME_FEATURE_* macro is defined ...
  unsigned gate_since;     // ... from this major on (C API)
  unsigned cpp_since;      // the first major with the Config member; 0: none (C through capi())
  unsigned cpp_gate_since; // the gate, for the Config member
};

// (The id read from the tag, not id_of<>, and the stem as a `packed`: no template to instantiate
// and no constructor to evaluate per row.)
#define WASMTIME_TIERS_DETAIL_SETTER_ROW(Entity, Stem, c, gate, gate_since, cpp, cpp_gate)         \
  {static_cast<std::size_t>(wasm::Entity::wasmtime_tiers_id),                                      \
   {#Stem, sizeof(#Stem) - 1},                                                                     \
   c,                                                                                              \
   setter_gate::gate,                                                                              \
   gate_since,                                                                                     \
   cpp,                                                                                            \
   cpp_gate},
inline constexpr proposal_setter_facts proposal_setters[] = {
    WASMTIME_TIERS_DETAIL_PROPOSAL_SETTERS(WASMTIME_TIERS_DETAIL_SETTER_ROW)};
#undef WASMTIME_TIERS_DETAIL_SETTER_ROW
inline constexpr std::size_t proposal_setter_count =
    sizeof(proposal_setters) / sizeof(proposal_setters[0]);

// The same proposals as types, in the same order (one more element, the end marker, follows):
// proposal_setter_type<I> is the I-th (nth_type, not std::tuple_element: <tuple> alone would cost
// an including translation unit more than the rest of the integration's headers together).
struct proposal_setters_end {};
template <class... E>
struct proposal_setter_list {
  template <std::size_t I>
  using at = typename nth_type<I, E...>::type;
};
#define WASMTIME_TIERS_DETAIL_SETTER_TYPE(Entity, ...) wasm::Entity,
using proposal_setter_types = proposal_setter_list<WASMTIME_TIERS_DETAIL_PROPOSAL_SETTERS(
    WASMTIME_TIERS_DETAIL_SETTER_TYPE) proposal_setters_end>;
#undef WASMTIME_TIERS_DETAIL_SETTER_TYPE
template <std::size_t I>
using proposal_setter_type = proposal_setter_types::at<I>;

// setter_index(id): the row of proposal_setters for entity id; proposal_setter_count if none.
WASMTIME_TIERS_DETAIL_DEFER
constexpr std::size_t setter_index(std::size_t id) noexcept {
  for (std::size_t i = 0; i < proposal_setter_count; ++i)
    if (proposal_setters[i].id == id) return i;
  return proposal_setter_count;
}

// setter_bit(i): the bit of row i in a configurator's masks of enabled and disabled proposals.
constexpr std::uint32_t setter_bit(std::size_t i) noexcept { return std::uint32_t{1} << i; }
static_assert(proposal_setter_count <= 32,
              "a configurator's masks have a bit for each proposal setter");

// The calls themselves, one specialization per setter, with the setter's names in diagnostics
// (c_name, cpp_name; a proposal without a setter: for_proposal<E>). Wasmtime's functions are found
// at instantiation (argument-dependent lookup on wasm_config_t), so this header compiles without
// them.
template <class E>
struct proposal_setter_call {
  using c_name = diagnostic::setter::for_proposal<E>;
  using cpp_name = diagnostic::setter::for_proposal<E>;
};
#define WASMTIME_TIERS_DETAIL_SETTER_CALL(Entity, Stem, ...)                                       \
  template <>                                                                                      \
  struct proposal_setter_call<wasm::Entity> {                                                      \
    using c_name = diagnostic::setter::wasmtime_config_##Stem##_set;                               \
    using cpp_name = diagnostic::setter::Config_##Stem;                                            \
    template <class Raw>                                                                           \
    static void c(Raw* config, bool on) {                                                          \
      wasmtime_config_##Stem##_set(config, on);                                                    \
    }                                                                                              \
    template <class Config>                                                                        \
    static void cpp_member(Config& config, bool on) {                                              \
      config.Stem(on);                                                                             \
    }                                                                                              \
  };
WASMTIME_TIERS_DETAIL_PROPOSAL_SETTERS(WASMTIME_TIERS_DETAIL_SETTER_CALL)
#undef WASMTIME_TIERS_DETAIL_SETTER_CALL

// Whether, and how, the included Wasmtime lets a setter be called.
enum class setter_state : unsigned char {
  present,       // call it (for the C++ API: the member, or the C function through capi())
  too_old,       // declared from `since` on
  gated_out,     // declared only where `gate`'s macro is defined
  no_setter,     // Wasmtime has no setter for the proposal in any release
  no_cpp_member, // the C++ Config has no member for it and no capi() before Wasmtime 39
  cpp_before_33, // Wasmtime's C++ API before 33 was another project, not described here
};
struct setter_availability {
  setter_state state = setter_state::present;
  unsigned since = 0;
  setter_gate gate = setter_gate::none;
  bool through_capi = false; // C++ API: the C function on Config::capi()
};

// Config::capi() (WASMTIME_OWN_WRAPPER) exists from Wasmtime 39 on.
inline constexpr unsigned config_capi_since = 39;
// The C++ API is part of Wasmtime's repository from 33 on.
inline constexpr unsigned cpp_api_since = 33;

WASMTIME_TIERS_DETAIL_DEFER
constexpr bool gate_open(setter_gate g, unsigned gate_since, unsigned version,
                         wasmtime_feature_set features) noexcept {
  return g == setter_gate::none || version < gate_since || (features & gate_bits(g)) != 0;
}

WASMTIME_TIERS_DETAIL_DEFER
constexpr setter_availability c_setter_availability(std::size_t index, unsigned version,
                                                    wasmtime_feature_set features) noexcept {
  if (index >= proposal_setter_count) return {setter_state::no_setter};
  const proposal_setter_facts& f = proposal_setters[index];
  if (version < f.c_since) return {setter_state::too_old, f.c_since};
  if (!gate_open(f.gate, f.gate_since, version, features))
    return {setter_state::gated_out, f.gate_since, f.gate};
  return {};
}

WASMTIME_TIERS_DETAIL_DEFER
constexpr setter_availability cpp_setter_availability(std::size_t index, unsigned version,
                                                      wasmtime_feature_set features) noexcept {
  if (index >= proposal_setter_count) return {setter_state::no_setter};
  if (version < cpp_api_since) return {setter_state::cpp_before_33};
  const proposal_setter_facts& f = proposal_setters[index];
  if (f.cpp_since != 0) {
    if (version < f.cpp_since) return {setter_state::too_old, f.cpp_since};
    if (!gate_open(f.gate, f.cpp_gate_since, version, features))
      return {setter_state::gated_out, f.cpp_gate_since, f.gate};
    return {};
  }
  setter_availability a = c_setter_availability(index, version, features);
  if (a.state != setter_state::present) return a;
  if (version < config_capi_since) return {setter_state::no_cpp_member, config_capi_since};
  a.through_capi = true;
  return a;
}

WASMTIME_TIERS_DETAIL_DEFER
constexpr setter_availability setter_availability_of(bool cpp, std::size_t index, unsigned version,
                                                     wasmtime_feature_set features) noexcept {
  return cpp ? cpp_setter_availability(index, version, features)
             : c_setter_availability(index, version, features);
}

// --- the setters of use<>() ----------------------------------------------------------------------

// Whether the setter that selects Backend exists in build B, for the C (Cpp false) or C++ API:
// wasmtime_config_strategy_set / Config::strategy under WASMTIME_FEATURE_COMPILER from 22 (C) and
// 33 (C++) on, WASMTIME_STRATEGY_WINCH / Strategy::Winch from 45 on; wasmtime_config_target_set
// from 13 on, under WASMTIME_FEATURE_COMPILER in 22 to 28, on Config::capi() from 39 on.
template <class Backend, class B, bool Cpp>
constexpr setter_availability backend_setter_availability() noexcept {
  constexpr unsigned v = B::version;
  constexpr bool compiler = (B::features & feature_bit(wasmtime_feature::compiler)) != 0;
  if (Cpp && v < cpp_api_since) return {setter_state::cpp_before_33};
  if constexpr (std::is_same_v<Backend, backend::pulley>) {
    if (v < 13) return {setter_state::too_old, 13};
    if (v >= 22 && v <= 28 && !compiler)
      return {setter_state::gated_out, 22, setter_gate::compiler};
    if (Cpp && v < config_capi_since) return {setter_state::no_cpp_member, config_capi_since};
    return {};
  } else {
    if (v >= 22 && !compiler) return {setter_state::gated_out, 22, setter_gate::compiler};
    if (std::is_same_v<Backend, backend::winch> && v < 45) return {setter_state::too_old, 45};
    return {};
  }
}

template <class Backend, bool Cpp>
constexpr literal backend_setter_name() noexcept {
  constexpr bool winch = std::is_same_v<Backend, backend::winch>;
  if (std::is_same_v<Backend, backend::pulley>)
    return Cpp ? "wasmtime_config_target_set (on Config::capi())" : "wasmtime_config_target_set";
  if (Cpp)
    return winch ? "wasmtime::Config::strategy(Strategy::Winch)"
                 : "wasmtime::Config::strategy(Strategy::Cranelift)";
  return winch ? "wasmtime_config_strategy_set(config, WASMTIME_STRATEGY_WINCH)"
               : "wasmtime_config_strategy_set(config, WASMTIME_STRATEGY_CRANELIFT)";
}

template <class Backend, bool Cpp>
using backend_setter_type = std::conditional_t<
    std::is_same_v<Backend, backend::pulley>, diagnostic::setter::wasmtime_config_target_set_pulley,
    std::conditional_t<
        Cpp,
        std::conditional_t<std::is_same_v<Backend, backend::winch>,
                           diagnostic::setter::Config_strategy_Strategy_Winch,
                           diagnostic::setter::Config_strategy_Strategy_Cranelift>,
        std::conditional_t<
            std::is_same_v<Backend, backend::winch>,
            diagnostic::setter::wasmtime_config_strategy_set_WASMTIME_STRATEGY_WINCH,
            diagnostic::setter::wasmtime_config_strategy_set_WASMTIME_STRATEGY_CRANELIFT>>>;

} // namespace detail
} // namespace wasmtime_tiers

#endif
