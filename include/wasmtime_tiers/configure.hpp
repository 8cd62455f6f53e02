// wasmtime-tiers: configure<Policy>(config), a Wasmtime engine configuration made of calls that are
// checked when the program compiles. Included by wasmtime.hpp; include Wasmtime's header first.
//
//   wasmtime::Config config;                       // or: wasm_config_t* config = wasm_config_new();
//   wasmtime_tiers::configure<Policy>(config)
//       .use<wasmtime_tiers::backend::cranelift>() // or backend::winch, backend::pulley
//       .enable<wasmtime_tiers::wasm::simd>()
//       .disable<wasmtime_tiers::wasm::threads>()
//       .enable_all_allowed();
//
// Each call really calls Wasmtime's setter (wasmtime_config_wasm_simd_set(config, true), or
// Config::wasm_simd(true)) and returns a configurator that carries, in its type, what was enabled,
// disabled and chosen so far; chain the calls. A call does not compile when:
//   - the policy does not allow the proposal or compiler (the diagnostics of WASMTIME_TIERS_REQUIRE;
//     disable<>() needs no permission);
//   - the included Wasmtime has no such setter (setter_missing_in_wasmtime: too old, or declared
//     only under a WASMTIME_FEATURE_* macro that is not defined, or a proposal Wasmtime has no
//     setter for at all, such as wasm::mutable_globals, which is always on);
//   - the compiler the engine will use does not support the proposal on this architecture, by the
//     "Compiler Support" tables of the included Wasmtime's release (compiler_lacks_proposal; "not
//     supported" and "work in progress" both count; checked again when use<>() changes it). The
//     compiler is the one use<>() chose, else Wasmtime's default: Cranelift when compiled in,
//     else Winch; the architecture is Pulley after use<backend::pulley>() or on a host Cranelift
//     has no backend for, else the host's;
//   - Wasmtime itself would refuse the configuration when the engine is created
//     (wasmtime_config_rule, with Wasmtime's message): relaxed-simd enabled with simd disabled;
//     a compiler that is not compiled in; Winch on a target other than x86_64 and aarch64; gc or
//     exceptions enabled in a Wasmtime built without gc; a proposal Wasmtime's own list rejects for
//     the compiler (Wasmtime 25 on, where the tables have no cell).
// Wasmtime's documented but unchecked dependencies (reference-types on bulk-memory, gc on
// function-references, ...) are not enforced: Wasmtime accepts those configurations.
//
// enable_all_allowed() enables every proposal that has a setter in the included Wasmtime and passes
// every check above (relaxed-simd only with simd), and disables every other proposal that has one.
#ifndef WASMTIME_TIERS_CONFIGURE_HPP
#define WASMTIME_TIERS_CONFIGURE_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include <wasmtime_tiers/diagnostic.hpp>
#include <wasmtime_tiers/detail/text.hpp>
#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/policy.hpp>
#include <wasmtime_tiers/table.hpp>
#include <wasmtime_tiers/wasmtime.hpp>

namespace wasmtime_tiers {

// The words of configure<>'s diagnostics (see diagnostic.hpp), as the first error line
// shows them before computed static_assert messages.
namespace diagnostic {
// Architectures of the "Compiler Support" tables.
struct on_x86_64 {};
struct on_aarch64 {};
struct on_s390x {};
struct on_riscv64 {};
struct on_pulley {};
// Cells of the "Compiler Support" tables.
struct not_supported {};
struct work_in_progress {};
// Wasmtime's own messages when it refuses a configuration (Engine::new or the first compilation);
// pulley_not_compiled_in and its message are this library's, Wasmtime has none.
struct cannot_disable_the_simd_proposal_but_enable_the_relaxed_simd_proposal {};
struct cranelift_support_not_compiled_in {};
struct winch_support_not_compiled_in {};
struct pulley_not_compiled_in {};
struct winch_says_this_target_is_not_supported_yet {};
struct support_for_GC_was_disabled_at_compile_time {};
struct exceptions_support_requires_garbage_collection_GC_to_be_enabled_in_the_build {};
template <class Proposal, class Compiler, class Architecture>
struct the_wasm_feature_is_not_supported_on_this_compiler_configuration {};
// Why a setter is missing.
template <unsigned Wasmtime>
struct declared_from_wasmtime {};
struct declared_only_with_WASMTIME_FEATURE_THREADS {};
struct declared_only_with_WASMTIME_FEATURE_GC {};
struct declared_only_with_WASMTIME_FEATURE_COMPILER {};
struct declared_only_with_WASMTIME_FEATURE_COMPONENT_MODEL {};
struct no_Config_member_and_no_Config_capi_before_wasmtime_39 {};
struct cpp_Config_before_wasmtime_33_is_not_described_configure_its_wasm_config_t {};
struct no_setter_in_any_wasmtime_release {};
// The setters, by their names in Wasmtime's C API and C++ API.
namespace setter {
template <class Proposal>
struct for_proposal {};
struct wasmtime_config_strategy_set_WASMTIME_STRATEGY_CRANELIFT {};
struct wasmtime_config_strategy_set_WASMTIME_STRATEGY_WINCH {};
struct Config_strategy_Strategy_Cranelift {};
struct Config_strategy_Strategy_Winch {};
struct wasmtime_config_target_set_pulley {};
} // namespace setter
} // namespace diagnostic

namespace detail {

// --- Wasmtime's proposal setters ----------------------------------------------------------------

// The WASMTIME_FEATURE_* macro that Wasmtime's headers put a setter under.
enum class setter_gate : unsigned char { none, threads, gc, compiler, component_model };

constexpr wasmtime_feature_set gate_bits(setter_gate g) noexcept {
  switch (g) {
  case setter_gate::threads: return feature_bit(wasmtime_feature::threads);
  case setter_gate::gc: return feature_bit(wasmtime_feature::gc);
  case setter_gate::compiler: return feature_bit(wasmtime_feature::compiler);
  case setter_gate::component_model: return feature_bit(wasmtime_feature::component_model);
  case setter_gate::none: break;
  }
  return 0;
}

constexpr std::string_view gate_macro(setter_gate g) noexcept {
  switch (g) {
  case setter_gate::threads: return "WASMTIME_FEATURE_THREADS";
  case setter_gate::gc: return "WASMTIME_FEATURE_GC";
  case setter_gate::compiler: return "WASMTIME_FEATURE_COMPILER";
  case setter_gate::component_model: return "WASMTIME_FEATURE_COMPONENT_MODEL";
  case setter_gate::none: break;
  }
  return "";
}

// One proposal setter of Wasmtime: C function wasmtime_config_<stem>_set(wasm_config_t*, bool),
// C++ member Config::<stem>(bool). Read from the tagged headers of Wasmtime's crates/c-api.
struct proposal_setter_facts {
  std::size_t id;        // the entity
  detail::literal stem; // "wasm_simd"
  unsigned c_since;      // the first Wasmtime major that declares the C function
  setter_gate gate;      // declared only where this WASMTIME_FEATURE_* macro is defined ...
  unsigned gate_since;   // ... from this major on (C API)
  unsigned cpp_since;    // the first major with the Config member; 0: none (C through capi())
  unsigned cpp_gate_since; // the gate, for the Config member
  detail::literal wasm_flag; // Wasmtime's name of the feature in its messages ("the wasm_gc feature")
};

// clang-format off
inline constexpr proposal_setter_facts proposal_setters[] = {
  // entity                                       stem                        C   gate                          C++ gate  flag
  {id_of<wasm::threads>,             "wasm_threads",             1,  setter_gate::threads,         22, 33, 33, "threads"},
  {id_of<wasm::tail_call>,           "wasm_tail_call",           18, setter_gate::none,             0, 33,  0, "tail_call"},
  {id_of<wasm::reference_types>,     "wasm_reference_types",     1,  setter_gate::gc,              45, 33, 45, "reference_types"},
  {id_of<wasm::function_references>, "wasm_function_references", 20, setter_gate::gc,              45, 33, 45, "function_references"},
  {id_of<wasm::gc>,                  "wasm_gc",                  20, setter_gate::gc,              45, 33, 45, "gc"},
  {id_of<wasm::simd>,                "wasm_simd",                1,  setter_gate::none,             0, 33,  0, "simd"},
  {id_of<wasm::relaxed_simd>,        "wasm_relaxed_simd",        9,  setter_gate::none,             0, 33,  0, "relaxed_simd"},
  {id_of<wasm::bulk_memory>,         "wasm_bulk_memory",         1,  setter_gate::none,             0, 33,  0, "bulk_memory"},
  {id_of<wasm::multi_value>,         "wasm_multi_value",         1,  setter_gate::none,             0, 33,  0, "multi_value"},
  {id_of<wasm::multi_memory>,        "wasm_multi_memory",        1,  setter_gate::none,             0, 33,  0, "multi_memory"},
  {id_of<wasm::memory64>,            "wasm_memory64",            1,  setter_gate::none,             0, 33,  0, "memory64"},
  {id_of<wasm::wide_arithmetic>,     "wasm_wide_arithmetic",     27, setter_gate::none,             0, 33,  0, "wide_arithmetic"},
  {id_of<wasm::exception_handling>,  "wasm_exceptions",          39, setter_gate::gc,              45, 39, 45, "exceptions"},
  {id_of<wasm::custom_page_sizes>,   "wasm_custom_page_sizes",   39, setter_gate::none,             0, 39,  0, "custom_page_sizes"},
  {id_of<wasm::component_model>,     "wasm_component_model",     33, setter_gate::component_model, 33, 33, 33, "component_model"},
  {id_of<wasm::branch_hinting>,      "wasm_branch_hinting",      46, setter_gate::none,             0,  0,  0, "branch_hinting"},
  {id_of<wasm::stack_switching>,     "wasm_stack_switching",     35, setter_gate::compiler,        35,  0,  0, "stack_switching"},
};
// clang-format on
inline constexpr std::size_t proposal_setter_count = sizeof(proposal_setters) / sizeof(proposal_setters[0]);

// The same proposals as types, in the same order.
using proposal_setter_types =
    std::tuple<wasm::threads, wasm::tail_call, wasm::reference_types, wasm::function_references,
               wasm::gc, wasm::simd, wasm::relaxed_simd, wasm::bulk_memory, wasm::multi_value,
               wasm::multi_memory, wasm::memory64, wasm::wide_arithmetic, wasm::exception_handling,
               wasm::custom_page_sizes, wasm::component_model, wasm::branch_hinting,
               wasm::stack_switching>;
static_assert(std::tuple_size_v<proposal_setter_types> == proposal_setter_count);
static_assert([] {
  bool same = true;
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    ((same = same && std::tuple_element_t<I, proposal_setter_types>::wasmtime_tiers_id ==
                         proposal_setters[I].id),
     ...);
  }(std::make_index_sequence<proposal_setter_count>{});
  return same;
}());

// setter_index(id): the row of proposal_setters for entity id; proposal_setter_count if none.
constexpr std::size_t setter_index(std::size_t id) noexcept {
  for (std::size_t i = 0; i < proposal_setter_count; ++i)
    if (proposal_setters[i].id == id) return i;
  return proposal_setter_count;
}

// The calls themselves, one specialization per setter. Wasmtime's functions are found at
// instantiation (argument-dependent lookup on wasm_config_t), so this header compiles without them.
template <class E>
struct proposal_setter_call;
#define WASMTIME_TIERS_DETAIL_SETTER_CALL(Entity, Stem)                                             \
  template <>                                                                                      \
  struct proposal_setter_call<wasm::Entity> {                                                      \
    template <class Raw>                                                                           \
    static void c(Raw* config, bool on) {                                                          \
      wasmtime_config_##Stem##_set(config, on);                                                    \
    }                                                                                              \
    template <class Config>                                                                        \
    static void cpp_member(Config& config, bool on) {                                              \
      config.Stem(on);                                                                             \
    }                                                                                              \
  };                                                                                               \
  }                                                                                                \
  namespace diagnostic::setter {                                                                   \
  struct wasmtime_config_##Stem##_set {};                                                          \
  struct Config_##Stem {};                                                                         \
  }                                                                                                \
  namespace detail {                                                                               \
  template <>                                                                                      \
  struct setter_names<wasm::Entity> {                                                              \
    using c = diagnostic::setter::wasmtime_config_##Stem##_set;                                    \
    using cpp = diagnostic::setter::Config_##Stem;                                                 \
  };
template <class E>
struct setter_names {
  using c = diagnostic::setter::for_proposal<E>;
  using cpp = diagnostic::setter::for_proposal<E>;
};
WASMTIME_TIERS_DETAIL_SETTER_CALL(threads, wasm_threads)
WASMTIME_TIERS_DETAIL_SETTER_CALL(tail_call, wasm_tail_call)
WASMTIME_TIERS_DETAIL_SETTER_CALL(reference_types, wasm_reference_types)
WASMTIME_TIERS_DETAIL_SETTER_CALL(function_references, wasm_function_references)
WASMTIME_TIERS_DETAIL_SETTER_CALL(gc, wasm_gc)
WASMTIME_TIERS_DETAIL_SETTER_CALL(simd, wasm_simd)
WASMTIME_TIERS_DETAIL_SETTER_CALL(relaxed_simd, wasm_relaxed_simd)
WASMTIME_TIERS_DETAIL_SETTER_CALL(bulk_memory, wasm_bulk_memory)
WASMTIME_TIERS_DETAIL_SETTER_CALL(multi_value, wasm_multi_value)
WASMTIME_TIERS_DETAIL_SETTER_CALL(multi_memory, wasm_multi_memory)
WASMTIME_TIERS_DETAIL_SETTER_CALL(memory64, wasm_memory64)
WASMTIME_TIERS_DETAIL_SETTER_CALL(wide_arithmetic, wasm_wide_arithmetic)
WASMTIME_TIERS_DETAIL_SETTER_CALL(exception_handling, wasm_exceptions)
WASMTIME_TIERS_DETAIL_SETTER_CALL(custom_page_sizes, wasm_custom_page_sizes)
WASMTIME_TIERS_DETAIL_SETTER_CALL(component_model, wasm_component_model)
WASMTIME_TIERS_DETAIL_SETTER_CALL(branch_hinting, wasm_branch_hinting)
WASMTIME_TIERS_DETAIL_SETTER_CALL(stack_switching, wasm_stack_switching)
#undef WASMTIME_TIERS_DETAIL_SETTER_CALL

// Whether, and how, the included Wasmtime lets a setter be called.
enum class setter_state : unsigned char {
  present,           // call it (for the C++ API: the member, or the C function through capi())
  too_old,           // declared from `since` on
  gated_out,         // declared only where `gate`'s macro is defined
  no_setter,         // Wasmtime has no setter for the proposal in any release
  no_cpp_member,     // the C++ Config has no member for it and no capi() before Wasmtime 39
  cpp_before_33,     // Wasmtime's C++ API before 33 was another project, not described here
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

constexpr bool gate_open(setter_gate g, unsigned gate_since, unsigned version,
                         wasmtime_feature_set features) noexcept {
  return g == setter_gate::none || version < gate_since || (features & gate_bits(g)) != 0;
}

constexpr setter_availability c_setter_availability(std::size_t index, unsigned version,
                                                    wasmtime_feature_set features) noexcept {
  if (index >= proposal_setter_count) return {setter_state::no_setter};
  const proposal_setter_facts& f = proposal_setters[index];
  if (version < f.c_since) return {setter_state::too_old, f.c_since};
  if (!gate_open(f.gate, f.gate_since, version, features))
    return {setter_state::gated_out, f.gate_since, f.gate};
  return {};
}

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

constexpr setter_availability setter_availability_of(bool cpp, std::size_t index, unsigned version,
                                                     wasmtime_feature_set features) noexcept {
  return cpp ? cpp_setter_availability(index, version, features)
             : c_setter_availability(index, version, features);
}

// --- compilers -----------------------------------------------------------------------------------

// compiler_choice: what use<>() asked for; automatic is Wasmtime's default.
enum class compiler_choice : unsigned char { automatic, cranelift, winch };
// The compiler that will compile: Wasmtime resolves automatic to Cranelift when compiled in,
// else Winch (Strategy::not_auto); none in a build without a compiler.
enum class engine_compiler : unsigned char { none, cranelift, winch };

constexpr engine_compiler compiler_of(compiler_choice c, unsigned version,
                                      wasmtime_feature_set features) noexcept {
  if (c == compiler_choice::cranelift) return engine_compiler::cranelift;
  if (c == compiler_choice::winch) return engine_compiler::winch;
  if (version < 22 || (features & feature_bit(wasmtime_feature::cranelift)) != 0)
    return engine_compiler::cranelift;
  if ((features & feature_bit(wasmtime_feature::winch)) != 0) return engine_compiler::winch;
  return engine_compiler::none;
}

constexpr std::string_view to_string(engine_compiler c) noexcept {
  return c == engine_compiler::cranelift ? "Cranelift" : c == engine_compiler::winch ? "Winch" : "none";
}

// What a compiler's cell of the included Wasmtime's "Compiler Support" tables says (the newest
// known text for a newer Wasmtime; support::unlisted before Wasmtime 34).
constexpr support compiler_support_at(unsigned version, engine_compiler c, architecture a,
                                      std::size_t id) noexcept {
  if (c == engine_compiler::none) return support::unlisted;
  const unsigned r = version > newest_release ? newest_release : version;
  const text_table* t = text_of(r);
  if (t == nullptr) return support::unlisted;
  const std::size_t column = compiler_column_of(to_string(c));
  return column == static_cast<std::size_t>(-1) ? support::unlisted : support_at(*t, a, column, id);
}

// Whether Wasmtime's compiler_panicking_wasm_features() (Wasmtime 25 on) lists the proposal for
// the compiler and target, so that Engine::new fails with "the wasm_<flag> feature is not
// supported on this compiler configuration". Read from crates/wasmtime/src/config.rs at each tag.
constexpr bool wasmtime_rejects_for_compiler(unsigned v, engine_compiler c, architecture a,
                                             bool linux_or_macos, std::size_t id) noexcept {
  if (v < 25 || c == engine_compiler::none) return false;
  const std::size_t threads = id_of<wasm::threads>, gc = id_of<wasm::gc>,
                    function_references = id_of<wasm::function_references>,
                    relaxed_simd = id_of<wasm::relaxed_simd>, tail_call = id_of<wasm::tail_call>,
                    simd = id_of<wasm::simd>, reference_types = id_of<wasm::reference_types>,
                    exceptions = id_of<wasm::exception_handling>,
                    stack_switching = id_of<wasm::stack_switching>,
                    wide_arithmetic = id_of<wasm::wide_arithmetic>;
  if (c == engine_compiler::cranelift) {
    if (a == architecture::pulley) {
      if (v == 28) // Pulley was new: every proposal but the component model
        return id != id_of<wasm::component_model> && id != id_of<wasm::branch_hinting>;
      if (v >= 29 && id == threads) return true;
      if (v >= 35 && id == stack_switching) return true;
    }
    if (v >= 35 && id == stack_switching && !(a == architecture::x86_64 && linux_or_macos)) return true;
    if (v == 37 && a == architecture::s390x && id == exceptions) return true;
    return false;
  }
  // Winch
  if (id == gc || id == function_references || id == relaxed_simd || id == tail_call) return true;
  if (id == threads && (v <= 29 || a == architecture::aarch64)) return true;
  if (id == exceptions && v >= 33 && v <= 48) return true;
  if (id == stack_switching && v >= 35) return true;
  if (a == architecture::aarch64) {
    if (id == simd && v <= 34) return true;
    if (id == reference_types && v <= 33) return true;
    if (id == wide_arithmetic && v >= 34 && v <= 45) return true;
  }
  return false;
}

// engine_setup: what decides which compiler compiles for which architecture.
struct engine_setup {
  unsigned version;
  wasmtime_feature_set features;
  compiler_choice choice;
  bool pulley; // use<backend::pulley>()
  architecture host;
  bool host_linux_or_macos;
  constexpr engine_compiler compiler() const noexcept { return compiler_of(choice, version, features); }
  constexpr architecture target() const noexcept { return pulley ? architecture::pulley : host; }
};

enum class compiler_verdict : unsigned char { ok, table_says_no, wasmtime_rejects };
struct compiler_check {
  compiler_verdict verdict = compiler_verdict::ok;
  support cell = support::unlisted;
  bool wasmtime_rejects = false;
};

constexpr compiler_check check_compiler(const engine_setup& s, std::size_t id) noexcept {
  compiler_check r;
  r.cell = compiler_support_at(s.version, s.compiler(), s.target(), id);
  r.wasmtime_rejects =
      wasmtime_rejects_for_compiler(s.version, s.compiler(), s.target(), s.host_linux_or_macos, id);
  if (r.cell == support::no || r.cell == support::wip) r.verdict = compiler_verdict::table_says_no;
  else if (r.wasmtime_rejects) r.verdict = compiler_verdict::wasmtime_rejects;
  return r;
}

// gc or exceptions enabled in a Wasmtime built without gc (where the setter is still declared).
enum class gc_build_rule : unsigned char { ok, gc_disabled, exceptions_need_gc };
constexpr gc_build_rule check_gc_build(unsigned version, wasmtime_feature_set features,
                                       std::size_t id) noexcept {
  if (version < 22 || (features & feature_bit(wasmtime_feature::gc)) != 0) return gc_build_rule::ok;
  if (id == id_of<wasm::gc>) return gc_build_rule::gc_disabled;
  if (id == id_of<wasm::exception_handling>) return gc_build_rule::exceptions_need_gc;
  return gc_build_rule::ok;
}

// --- words for diagnostics -------------------------------------------------------------------------

template <architecture A>
struct architecture_words {
  using type = std::conditional_t<
      A == architecture::x86_64, diagnostic::on_x86_64,
      std::conditional_t<A == architecture::aarch64, diagnostic::on_aarch64,
                         std::conditional_t<A == architecture::s390x, diagnostic::on_s390x,
                                            std::conditional_t<A == architecture::riscv64,
                                                               diagnostic::on_riscv64,
                                                               diagnostic::on_pulley>>>>;
};
template <support S>
struct support_words {
  using type = std::conditional_t<S == support::wip, diagnostic::work_in_progress, diagnostic::not_supported>;
};
template <engine_compiler C>
using compiler_entity = std::conditional_t<C == engine_compiler::winch, backend::winch, backend::cranelift>;

template <setter_gate G>
struct gate_words {
  using type = std::conditional_t<
      G == setter_gate::threads, diagnostic::declared_only_with_WASMTIME_FEATURE_THREADS,
      std::conditional_t<G == setter_gate::gc, diagnostic::declared_only_with_WASMTIME_FEATURE_GC,
                         std::conditional_t<G == setter_gate::compiler,
                                            diagnostic::declared_only_with_WASMTIME_FEATURE_COMPILER,
                                            diagnostic::declared_only_with_WASMTIME_FEATURE_COMPONENT_MODEL>>>;
};
template <setter_availability A>
struct why_words {
  using type = std::conditional_t<
      A.state == setter_state::too_old, diagnostic::declared_from_wasmtime<A.since>,
      std::conditional_t<
          A.state == setter_state::gated_out, typename gate_words<A.gate>::type,
          std::conditional_t<
              A.state == setter_state::no_cpp_member,
              diagnostic::no_Config_member_and_no_Config_capi_before_wasmtime_39,
              std::conditional_t<A.state == setter_state::cpp_before_33,
                                 diagnostic::cpp_Config_before_wasmtime_33_is_not_described_configure_its_wasm_config_t,
                                 diagnostic::no_setter_in_any_wasmtime_release>>>>;
};

// The sentence of a missing setter; `setter` is the C function or the C++ member.
constexpr text<512> describe_missing_setter(std::string_view setter, std::string_view what,
                                            setter_availability a, unsigned version) noexcept {
  text<512> m;
  m += setter;
  m += " (to ";
  m += what;
  m += ") is not in the included Wasmtime ";
  m.append_number(version);
  switch (a.state) {
  case setter_state::too_old:
    m += ": Wasmtime declares it from ";
    m.append_number(a.since);
    m += " on";
    break;
  case setter_state::gated_out:
    m += ": its headers declare it only where ";
    m += gate_macro(a.gate);
    m += " is defined, and this Wasmtime was built without that feature";
    break;
  case setter_state::no_setter:
    m += ": Wasmtime has no setter for it in any release (it is always on, or Rust-only)";
    break;
  case setter_state::no_cpp_member:
    m += ": wasmtime::Config has no member for it, and no capi() before Wasmtime 39 to call the C "
         "function with";
    break;
  case setter_state::cpp_before_33:
    m += ": the C++ API of Wasmtime before 33 was the separate wasmtime-cpp project, whose Config "
         "this library does not describe; configure its wasm_config_t* with the C API";
    break;
  case setter_state::present: break;
  }
  return m;
}

template <class E>
constexpr text<96> what_enables(bool on) noexcept {
  text<96> t;
  t += on ? "enable " : "disable ";
  t += name_of<E>;
  return t;
}

template <std::size_t N>
constexpr text<N> c_function_name(std::string_view stem) noexcept {
  text<N> t;
  t += "wasmtime_config_";
  t += stem;
  t += "_set";
  return t;
}

// The name of a proposal's setter in the API in use, as a sentence names it.
template <bool Cpp, class E>
constexpr text<96> setter_name_of(unsigned version, wasmtime_feature_set features) noexcept {
  const std::size_t index = setter_index(E::wasmtime_tiers_id);
  text<96> setter;
  if (index >= proposal_setter_count) {
    setter += "a setter";
  } else if (Cpp && proposal_setters[index].cpp_since != 0) {
    setter += "wasmtime::Config::";
    setter += proposal_setters[index].stem;
  } else {
    setter += c_function_name<96>(proposal_setters[index].stem).view();
    if (Cpp && cpp_setter_availability(index, version, features).through_capi)
      setter += " (on Config::capi())";
  }
  return setter;
}

// Reports a missing proposal setter (nothing when present); returns whether it is present.
template <class B, bool Cpp, class E, bool On>
constexpr bool require_proposal_setter() noexcept {
  constexpr std::size_t index = setter_index(E::wasmtime_tiers_id);
  constexpr setter_availability a = setter_availability_of(Cpp, index, B::version, B::features);
  if constexpr (a.state != setter_state::present) {
    using names = setter_names<E>;
    using setter_type =
        std::conditional_t<Cpp && (index >= proposal_setter_count || proposal_setters[index].cpp_since != 0),
                           typename names::cpp, typename names::c>;
    [[maybe_unused]] constexpr auto m = [] {
      return describe_missing_setter(setter_name_of<Cpp, E>(B::version, B::features).view(),
                                     what_enables<E>(On).view(),
                                     setter_availability_of(Cpp, setter_index(E::wasmtime_tiers_id),
                                                            B::version, B::features),
                                     B::version);
    }();
    WASMTIME_TIERS_DETAIL_REPORT(setter_missing_in_wasmtime,
                                 (setter_type, B::version, typename why_words<a>::type), m);
    return false;
  } else {
    return true;
  }
}

template <std::size_t N>
constexpr text<N> wasmtime_rule_sentence(unsigned version, std::string_view message,
                                         std::string_view because) noexcept {
  text<N> m;
  m += "Wasmtime ";
  m.append_number(version);
  m += " refuses this configuration when the engine is created: \"";
  m += message;
  m += "\"";
  if (!because.empty()) {
    m += " (";
    m += because;
    m += ')';
  }
  return m;
}

// Wasmtime's message for a proposal its compiler rejects.
template <class E>
constexpr text<128> compiler_rejects_message() noexcept {
  const std::size_t index = setter_index(E::wasmtime_tiers_id);
  text<128> t;
  t += "the wasm_";
  t += index < proposal_setter_count ? proposal_setters[index].wasm_flag : name_of<E>;
  t += " feature is not supported on this compiler configuration";
  return t;
}

template <engine_setup S, class E>
constexpr text<512> describe_compiler_lacks() noexcept {
  const compiler_check r = check_compiler(S, E::wasmtime_tiers_id);
  text<512> t;
  t += to_string(S.compiler());
  t += " does not support ";
  t += name_of<E>;
  t += " on ";
  t += to_string(S.target());
  t += " in Wasmtime ";
  t.append_number(S.version);
  t += " (\"Compiler Support\" table: ";
  t += to_string(r.cell);
  t += ')';
  if (r.wasmtime_rejects) {
    t += "; Engine::new would fail with \"";
    t += compiler_rejects_message<E>().view();
    t += '"';
  }
  t += "; choose another compiler with use<>(), or leave ";
  t += name_of<E>;
  t += " to Wasmtime's default";
  return t;
}

// Reports a proposal the engine's compiler does not support; returns whether it is supported.
template <engine_setup S, class E>
constexpr bool require_compiler_support() noexcept {
  constexpr compiler_check r = check_compiler(S, E::wasmtime_tiers_id);
  if constexpr (r.verdict == compiler_verdict::table_says_no) {
    [[maybe_unused]] constexpr auto m = describe_compiler_lacks<S, E>();
    WASMTIME_TIERS_DETAIL_REPORT(compiler_lacks_proposal,
                                 (compiler_entity<S.compiler()>, E,
                                  typename architecture_words<S.target()>::type,
                                  typename support_words<r.cell>::type, S.version),
                                 m);
    return false;
  } else if constexpr (r.verdict == compiler_verdict::wasmtime_rejects) {
    [[maybe_unused]] constexpr auto m = wasmtime_rule_sentence<512>(
        S.version, compiler_rejects_message<E>().view(),
        "Wasmtime's own list of what its compiler rejects");
    WASMTIME_TIERS_DETAIL_REPORT(
        wasmtime_config_rule,
        (diagnostic::the_wasm_feature_is_not_supported_on_this_compiler_configuration<
             E, compiler_entity<S.compiler()>, typename architecture_words<S.target()>::type>,
         S.version),
        m);
    return false;
  } else {
    return true;
  }
}

// The first proposal of a mask the engine's compiler does not support, reported; true if none.
template <engine_setup S, std::uint32_t Mask>
constexpr bool require_compiler_support_all() noexcept {
  constexpr std::size_t first = [] {
    for (std::size_t k = 0; k < proposal_setter_count; ++k)
      if ((Mask >> k) & 1u)
        if (check_compiler(S, proposal_setters[k].id).verdict != compiler_verdict::ok) return k;
    return proposal_setter_count;
  }();
  if constexpr (first < proposal_setter_count)
    return require_compiler_support<S, std::tuple_element_t<first, proposal_setter_types>>();
  else
    return true;
}

template <class B, class E>
constexpr bool require_gc_build() noexcept {
  constexpr gc_build_rule r = check_gc_build(B::version, B::features, E::wasmtime_tiers_id);
  if constexpr (r == gc_build_rule::gc_disabled) {
    [[maybe_unused]] constexpr auto m = wasmtime_rule_sentence<256>(
        B::version, "support for GC was disabled at compile time", "WASMTIME_FEATURE_GC is not defined");
    WASMTIME_TIERS_DETAIL_REPORT(wasmtime_config_rule,
                                 (diagnostic::support_for_GC_was_disabled_at_compile_time, B::version), m);
    return false;
  } else if constexpr (r == gc_build_rule::exceptions_need_gc) {
    [[maybe_unused]] constexpr auto m = wasmtime_rule_sentence<256>(
        B::version, "exceptions support requires garbage collection (GC) to be enabled in the build",
        "WASMTIME_FEATURE_GC is not defined");
    WASMTIME_TIERS_DETAIL_REPORT(
        wasmtime_config_rule,
        (diagnostic::exceptions_support_requires_garbage_collection_GC_to_be_enabled_in_the_build,
         B::version),
        m);
    return false;
  } else {
    return true;
  }
}

inline constexpr std::size_t simd_index = setter_index(id_of<wasm::simd>);
inline constexpr std::size_t relaxed_simd_index = setter_index(id_of<wasm::relaxed_simd>);
constexpr std::uint32_t setter_bit(std::size_t i) noexcept { return std::uint32_t{1} << i; }

// relaxed-simd enabled while simd is disabled (checked by Wasmtime when it builds the compiler).
template <unsigned Version, std::uint32_t On, std::uint32_t Off>
constexpr bool require_simd_for_relaxed_simd() noexcept {
  if constexpr ((On & setter_bit(relaxed_simd_index)) != 0 && (Off & setter_bit(simd_index)) != 0) {
    [[maybe_unused]] constexpr auto m = wasmtime_rule_sentence<256>(
        Version, "cannot disable the simd proposal but enable the relaxed simd proposal",
        "relaxed-simd needs simd");
    WASMTIME_TIERS_DETAIL_REPORT(
        wasmtime_config_rule,
        (diagnostic::cannot_disable_the_simd_proposal_but_enable_the_relaxed_simd_proposal, Version), m);
    return false;
  } else {
    return true;
  }
}

// The tier entity of a compiler choice in release R for build B: Winch's own row (Wasmtime 34 on),
// else the row of Winch on B's host architecture where the release has one.
template <class Backend, class R, class B>
using backend_tier_entity = std::conditional_t<
    std::is_same_v<Backend, backend::winch> && !listed_in<backend::winch, R> &&
        B::host_architecture == architecture::x86_64 && listed_in<backend::winch_on_x86_64, R>,
    backend::winch_on_x86_64,
    std::conditional_t<std::is_same_v<Backend, backend::winch> && !listed_in<backend::winch, R> &&
                           B::host_architecture == architecture::aarch64 &&
                           listed_in<backend::winch_on_aarch64, R>,
                       backend::winch_on_aarch64, Backend>>;

// The target Wasmtime calls Pulley on this host: pointer width and byte order of the host.
#if defined(__BYTE_ORDER__) && defined(__ORDER_BIG_ENDIAN__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
inline constexpr const char* pulley_target = sizeof(void*) == 8 ? "pulley64be" : "pulley32be";
#else
inline constexpr const char* pulley_target = sizeof(void*) == 8 ? "pulley64" : "pulley32";
#endif

// The argument type of a one-argument member function (Config::strategy's Strategy).
template <class C, class A>
A argument_of(void (C::*)(A));

// An error Wasmtime returned (wasmtime_config_target_set), owned until taken or destroyed.
struct pending_error {
  void* error = nullptr;
  void (*destroy)(void*) = nullptr;
  pending_error() = default;
  pending_error(pending_error&& o) noexcept : error(std::exchange(o.error, nullptr)), destroy(o.destroy) {}
  pending_error& operator=(pending_error&& o) noexcept {
    if (this != &o) {
      reset();
      error = std::exchange(o.error, nullptr);
      destroy = o.destroy;
    }
    return *this;
  }
  ~pending_error() { reset(); }
  void reset() noexcept {
    if (error != nullptr && destroy != nullptr) destroy(error);
    error = nullptr;
  }
};

// --- the checks of use<>() ------------------------------------------------------------------------

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
    if (v >= 22 && v <= 28 && !compiler) return {setter_state::gated_out, 22, setter_gate::compiler};
    if (Cpp && v < config_capi_since) return {setter_state::no_cpp_member, config_capi_since};
    return {};
  } else {
    if (v >= 22 && !compiler) return {setter_state::gated_out, 22, setter_gate::compiler};
    if (std::is_same_v<Backend, backend::winch> && v < 45) return {setter_state::too_old, 45};
    return {};
  }
}

template <class Backend, bool Cpp>
constexpr std::string_view backend_setter_name() noexcept {
  constexpr bool winch = std::is_same_v<Backend, backend::winch>;
  if (std::is_same_v<Backend, backend::pulley>)
    return Cpp ? "wasmtime_config_target_set (on Config::capi())" : "wasmtime_config_target_set";
  if (Cpp) return winch ? "wasmtime::Config::strategy(Strategy::Winch)" : "wasmtime::Config::strategy(Strategy::Cranelift)";
  return winch ? "wasmtime_config_strategy_set(config, WASMTIME_STRATEGY_WINCH)"
               : "wasmtime_config_strategy_set(config, WASMTIME_STRATEGY_CRANELIFT)";
}

template <class Backend, bool Cpp>
using backend_setter_type = std::conditional_t<
    std::is_same_v<Backend, backend::pulley>, diagnostic::setter::wasmtime_config_target_set_pulley,
    std::conditional_t<
        Cpp,
        std::conditional_t<std::is_same_v<Backend, backend::winch>, diagnostic::setter::Config_strategy_Strategy_Winch,
                           diagnostic::setter::Config_strategy_Strategy_Cranelift>,
        std::conditional_t<std::is_same_v<Backend, backend::winch>,
                           diagnostic::setter::wasmtime_config_strategy_set_WASMTIME_STRATEGY_WINCH,
                           diagnostic::setter::wasmtime_config_strategy_set_WASMTIME_STRATEGY_CRANELIFT>>>;

template <class Backend, class B, bool Cpp>
constexpr bool require_backend_setter() noexcept {
  constexpr setter_availability a = backend_setter_availability<Backend, B, Cpp>();
  if constexpr (a.state != setter_state::present) {
    [[maybe_unused]] constexpr auto m = describe_missing_setter(
        backend_setter_name<Backend, Cpp>(),
        std::is_same_v<Backend, backend::pulley> ? "compile to Pulley"
        : std::is_same_v<Backend, backend::winch> ? "use Winch"
                                                   : "use Cranelift",
        backend_setter_availability<Backend, B, Cpp>(), B::version);
    WASMTIME_TIERS_DETAIL_REPORT(setter_missing_in_wasmtime,
                                 (backend_setter_type<Backend, Cpp>, B::version, typename why_words<a>::type), m);
    return false;
  } else {
    return true;
  }
}

// The backend is compiled into build B (Wasmtime 22 on; Pulley: 37 on, with WASMTIME_FEATURE_PULLEY
// or WASMTIME_FEATURE_ALL_ARCH).
template <class Backend, class B>
constexpr bool require_backend_built() noexcept {
  constexpr unsigned v = B::version;
  constexpr auto has = [](wasmtime_feature f) { return (B::features & feature_bit(f)) != 0; };
  if constexpr (std::is_same_v<Backend, backend::cranelift> && v >= 22 && !has(wasmtime_feature::cranelift)) {
    [[maybe_unused]] constexpr auto m = wasmtime_rule_sentence<256>(
        v, "cranelift support not compiled in", "WASMTIME_FEATURE_CRANELIFT is not defined");
    WASMTIME_TIERS_DETAIL_REPORT(wasmtime_config_rule, (diagnostic::cranelift_support_not_compiled_in, v), m);
    return false;
  } else if constexpr (std::is_same_v<Backend, backend::winch> && v >= 22 && !has(wasmtime_feature::winch)) {
    [[maybe_unused]] constexpr auto m = wasmtime_rule_sentence<256>(
        v, "winch support not compiled in", "WASMTIME_FEATURE_WINCH is not defined");
    WASMTIME_TIERS_DETAIL_REPORT(wasmtime_config_rule, (diagnostic::winch_support_not_compiled_in, v), m);
    return false;
  } else if constexpr (std::is_same_v<Backend, backend::pulley> &&
                       !(v >= 37 && (has(wasmtime_feature::pulley) || has(wasmtime_feature::all_arch)))) {
    [[maybe_unused]] constexpr auto m = [] {
      text<256> t;
      t += "Pulley is not compiled into the included Wasmtime ";
      t.append_number(B::version);
      t += B::version >= 37 ? ": neither WASMTIME_FEATURE_PULLEY nor WASMTIME_FEATURE_ALL_ARCH is defined"
                            : ": its C API has no Pulley feature before Wasmtime 37";
      return t;
    }();
    WASMTIME_TIERS_DETAIL_REPORT(wasmtime_config_rule, (diagnostic::pulley_not_compiled_in, v), m);
    return false;
  } else {
    return true;
  }
}

// Winch compiles for x86_64 and aarch64 only ("This target is not supported yet").
template <engine_setup S>
constexpr bool require_winch_target() noexcept {
  if constexpr (S.compiler() == engine_compiler::winch && S.target() != architecture::x86_64 &&
                S.target() != architecture::aarch64) {
    [[maybe_unused]] constexpr auto m = [] {
      text<256> t;
      t += "Winch compiles for x86_64 and aarch64 only, not for ";
      t += to_string(S.target());
      t += "; Wasmtime ";
      t.append_number(S.version);
      t += " fails with \"This target is not supported yet\"";
      return t;
    }();
    WASMTIME_TIERS_DETAIL_REPORT(wasmtime_config_rule,
                                 (diagnostic::winch_says_this_target_is_not_supported_yet, S.version), m);
    return false;
  } else {
    return true;
  }
}

template <class E>
constexpr bool is_wasm_proposal() noexcept {
  if constexpr (entity<E>)
    return category_of<E> == category::wasm_proposal;
  else
    return false;
}

// The checks of enable<E>(), in order; the first that fails reports, the others are not compiled.
template <class P, class B, bool Cpp, engine_setup S, std::uint32_t On, std::uint32_t Off, class E>
constexpr bool check_enable() noexcept {
  if constexpr (!require_one<P, E>())
    return false;
  else if constexpr (!require_proposal_setter<B, Cpp, E, true>())
    return false;
  else if constexpr (!require_gc_build<B, E>())
    return false;
  else if constexpr (!require_compiler_support<S, E>())
    return false;
  else
    return require_simd_for_relaxed_simd<B::version, On, Off>();
}

template <class B, bool Cpp, std::uint32_t On, std::uint32_t Off, class E>
constexpr bool check_disable() noexcept {
  if constexpr (!require_proposal_setter<B, Cpp, E, false>())
    return false;
  else
    return require_simd_for_relaxed_simd<B::version, On, Off>();
}

template <class P, class B, bool Cpp, engine_setup S, std::uint32_t On, class Backend>
constexpr bool check_use() noexcept {
  if constexpr (!require_one<P, backend_tier_entity<Backend, typename P::release, B>>())
    return false;
  else if constexpr (!require_backend_setter<Backend, B, Cpp>())
    return false;
  else if constexpr (!require_backend_built<Backend, B>())
    return false;
  else if constexpr (!require_winch_target<S>())
    return false;
  else
    return require_compiler_support_all<S, On>();
}

} // namespace detail

// configurator<P, B, Cpp, Config, On, Off, Choice, Pulley>: what configure<P>(config) returns; each
// call returns the next one. P is the policy, B the Wasmtime build (included_wasmtime), Config
// wasmtime::Config (Cpp) or wasm_config_t, On/Off the proposals enabled/disabled so far (bits in
// the order of detail::proposal_setters), Choice and Pulley what use<>() chose.
template <class P, class B, bool Cpp, class Config, std::uint32_t On = 0, std::uint32_t Off = 0,
          detail::compiler_choice Choice = detail::compiler_choice::automatic, bool Pulley = false>
class configurator {
  template <class, class, bool, class, std::uint32_t, std::uint32_t, detail::compiler_choice, bool>
  friend class configurator;

  Config* config_;
  detail::pending_error error_;

  static constexpr detail::engine_setup setup{B::version,
                                              B::features,
                                              Choice,
                                              Pulley,
                                              B::host_architecture,
                                              B::host_linux_or_macos};

  configurator(Config* config, detail::pending_error&& error) noexcept
      : config_(config), error_(std::move(error)) {}

  template <std::uint32_t NewOn, std::uint32_t NewOff, detail::compiler_choice NewChoice = Choice,
            bool NewPulley = Pulley>
  configurator<P, B, Cpp, Config, NewOn, NewOff, NewChoice, NewPulley> next() {
    return {config_, std::move(error_)};
  }

  // The wasm_config_t* of the configuration.
  auto* raw() const {
    if constexpr (Cpp)
      return config_->capi();
    else
      return config_;
  }

  template <class E>
  void call_setter(bool on) {
    constexpr std::size_t index = detail::setter_index(E::wasmtime_tiers_id);
    if constexpr (!Cpp)
      detail::proposal_setter_call<E>::c(config_, on);
    else if constexpr (detail::cpp_setter_availability(index, B::version, B::features).through_capi)
      detail::proposal_setter_call<E>::c(config_->capi(), on);
    else
      detail::proposal_setter_call<E>::cpp_member(*config_, on);
  }

  // Calls the setter of every proposal in OnMask (true) and OffMask (false), in table order.
  template <std::uint32_t OnMask, std::uint32_t OffMask, std::size_t I>
  void call_setter_in() {
    if constexpr ((((OnMask | OffMask) >> I) & 1u) != 0)
      call_setter<std::tuple_element_t<I, detail::proposal_setter_types>>(((OnMask >> I) & 1u) != 0);
  }
  template <std::uint32_t OnMask, std::uint32_t OffMask, std::size_t... I>
  void call_setters(std::index_sequence<I...>) {
    (call_setter_in<OnMask, OffMask, I>(), ...);
  }

  template <class Backend>
  void call_backend() {
    if constexpr (std::is_same_v<Backend, backend::pulley>) {
      using error_type = decltype(wasmtime_config_target_set(raw(), detail::pulley_target));
      error_.reset();
      error_.error = wasmtime_config_target_set(raw(), detail::pulley_target);
      error_.destroy = [](void* e) { wasmtime_error_delete(static_cast<error_type>(e)); };
    } else if constexpr (Cpp) {
      using strategy = decltype(detail::argument_of(&Config::strategy));
      if constexpr (std::is_same_v<Backend, backend::winch>)
        config_->strategy(strategy::Winch);
      else
        config_->strategy(strategy::Cranelift);
    } else {
      // WASMTIME_STRATEGY_CRANELIFT is 1 and WASMTIME_STRATEGY_WINCH 2 (wasmtime_strategy_enum).
      wasmtime_config_strategy_set(config_,
                                   static_cast<std::uint8_t>(std::is_same_v<Backend, backend::winch> ? 2 : 1));
    }
  }

  // The proposals enable_all_allowed() can set (a setter), and those it enables.
  static constexpr std::uint32_t available_mask = [] {
    std::uint32_t m = 0;
    for (std::size_t k = 0; k < detail::proposal_setter_count; ++k)
      if (detail::setter_availability_of(Cpp, k, B::version, B::features).state == detail::setter_state::present)
        m |= detail::setter_bit(k);
    return m;
  }();
  static constexpr std::uint32_t allowed_mask = [] {
    std::uint32_t m = 0;
    for (std::size_t k = 0; k < detail::proposal_setter_count; ++k) {
      const std::size_t eid = detail::proposal_setters[k].id;
      if (((available_mask >> k) & 1u) != 0 && detail::check_entity<P>(eid).allowed() &&
          detail::check_gc_build(B::version, B::features, eid) == detail::gc_build_rule::ok &&
          detail::check_compiler(setup, eid).verdict == detail::compiler_verdict::ok)
        m |= detail::setter_bit(k);
    }
    if ((m & detail::setter_bit(detail::simd_index)) == 0) m &= ~detail::setter_bit(detail::relaxed_simd_index);
    return m;
  }();

public:
  explicit configurator(Config* config) noexcept : config_(config) {}

  // enabled<E>, disabled<E>: what the calls so far enabled and disabled.
  template <class E>
  static constexpr bool enabled = ((On >> detail::setter_index(E::wasmtime_tiers_id)) & 1u) != 0;
  template <class E>
  static constexpr bool disabled = ((Off >> detail::setter_index(E::wasmtime_tiers_id)) & 1u) != 0;
  // The compiler the engine will use, and the architecture it compiles for.
  static constexpr detail::engine_compiler compiler = setup.compiler();
  static constexpr architecture target_architecture = setup.target();

  // enable<E>(): turns proposal E on (wasmtime_config_<stem>_set(config, true) or
  // Config::<stem>(true)); see the top of configure.hpp for what makes it a compile error.
  template <class E>
  auto enable() {
    if constexpr (!detail::is_wasm_proposal<E>()) {
      static_assert(detail::is_wasm_proposal<E>(),
                    "wasmtime_tiers::configure<>().enable<E>(): E is not a WebAssembly proposal tag "
                    "type such as wasmtime_tiers::wasm::simd");
      return std::move(*this);
    } else {
      constexpr std::size_t index = detail::setter_index(E::wasmtime_tiers_id);
      constexpr std::uint32_t bit = index < detail::proposal_setter_count ? detail::setter_bit(index) : 0u;
      if constexpr (detail::check_enable<P, B, Cpp, setup, On | bit, Off & ~bit, E>()) {
        call_setter<E>(true);
        return next<On | bit, Off & ~bit>();
      } else {
        return std::move(*this);
      }
    }
  }

  // disable<E>(): turns proposal E off; needs no permission of the policy.
  template <class E>
  auto disable() {
    if constexpr (!detail::is_wasm_proposal<E>()) {
      static_assert(detail::is_wasm_proposal<E>(),
                    "wasmtime_tiers::configure<>().disable<E>(): E is not a WebAssembly proposal tag "
                    "type such as wasmtime_tiers::wasm::simd");
      return std::move(*this);
    } else {
      constexpr std::size_t index = detail::setter_index(E::wasmtime_tiers_id);
      constexpr std::uint32_t bit = index < detail::proposal_setter_count ? detail::setter_bit(index) : 0u;
      if constexpr (detail::check_disable<B, Cpp, On & ~bit, Off | bit, E>()) {
        call_setter<E>(false);
        return next<On & ~bit, Off | bit>();
      } else {
        return std::move(*this);
      }
    }
  }

  // use<Backend>(): the compiler (backend::cranelift or backend::winch, through
  // wasmtime_config_strategy_set or Config::strategy), or Pulley (backend::pulley, through
  // wasmtime_config_target_set with the host's Pulley target: pulley64, pulley32, ...be).
  template <class Backend>
  auto use() {
    constexpr bool cranelift = std::is_same_v<Backend, backend::cranelift>;
    constexpr bool winch = std::is_same_v<Backend, backend::winch>;
    constexpr bool pulley = std::is_same_v<Backend, backend::pulley>;
    if constexpr (!(cranelift || winch || pulley)) {
      static_assert(cranelift || winch || pulley,
                    "wasmtime_tiers::configure<>().use<Backend>(): Backend is backend::cranelift, "
                    "backend::winch or backend::pulley");
      return std::move(*this);
    } else {
      constexpr detail::compiler_choice choice =
          cranelift ? detail::compiler_choice::cranelift : winch ? detail::compiler_choice::winch : Choice;
      constexpr bool to_pulley = Pulley || pulley;
      constexpr detail::engine_setup next_setup{setup.version, setup.features, choice,
                                                to_pulley,     setup.host,     setup.host_linux_or_macos};
      if constexpr (detail::check_use<P, B, Cpp, next_setup, On, Backend>()) {
        call_backend<Backend>();
        return next<On, Off, choice, to_pulley>();
      } else {
        return std::move(*this);
      }
    }
  }

  // enable_all_allowed(): enables every proposal that has a setter and passes every check, and
  // disables every other proposal that has a setter (relaxed-simd goes with simd).
  auto enable_all_allowed() {
    call_setters<allowed_mask, available_mask & ~allowed_mask>(
        std::make_index_sequence<detail::proposal_setter_count>{});
    return next<allowed_mask, available_mask & ~allowed_mask>();
  }

  // take_target_error(): the wasmtime_error_t* that wasmtime_config_target_set returned for
  // use<backend::pulley>() (nullptr for none); the caller owns it. Left untaken, it is deleted.
  auto* take_target_error() noexcept {
    using error_type = decltype(wasmtime_config_target_set(raw(), detail::pulley_target));
    error_.destroy = nullptr;
    return static_cast<error_type>(std::exchange(error_.error, nullptr));
  }
};

namespace detail {

template <class B, class P>
constexpr bool require_configurable() noexcept {
  static_assert(policy_type<P>, "wasmtime_tiers::configure<Policy>(config): Policy is not a policy; "
                                "use wasmtime_tiers::policy::minimum_tier<...>, per_category<...> or "
                                "with_waivers<...>");
  // Without the version, the setters of the included Wasmtime are unknown.
  WASMTIME_TIERS_DETAIL_REQUIRE_VERSION(B, "wasmtime_tiers::configure<Policy>(config)");
  static_assert(!policy_type<P> || single_release_policy<P>(),
                "wasmtime_tiers::configure<Policy>(config): the policy names a range of releases "
                "(releases<A, B>), but an engine is configured for the one included Wasmtime; use "
                "a policy of one release (the default: selected_release)");
  return true; // each static_assert above is the error; the caller's adds no follow-on
}

} // namespace detail

// configure<Policy>(config): the configurator of a wasm_config_t* (Wasmtime's C API) or a
// wasmtime::Config (its C++ API), checked against Policy and the included Wasmtime.
template <class Policy, class Build = included_wasmtime, class Raw>
  requires requires(Raw* c) { wasm_config_delete(c); }
auto configure(Raw* config) {
  static_assert(detail::require_configurable<Build, Policy>());
  return configurator<Policy, Build, false, Raw>(config);
}

template <class Policy, class Build = included_wasmtime, class Config>
  requires(!std::is_pointer_v<Config> && requires(Config& c) { c.wasm_simd(true); })
auto configure(Config& config) {
  static_assert(detail::require_configurable<Build, Policy>());
  return configurator<Policy, Build, true, Config>(&config);
}

} // namespace wasmtime_tiers

#endif
