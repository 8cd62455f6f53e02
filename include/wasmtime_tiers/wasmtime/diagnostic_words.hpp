// wasmtime-tiers: the words of configure<>'s diagnostics (see diagnostic.hpp), as the first
// error line shows them before computed static_assert messages: tag types that name an
// architecture, a cell of the "Compiler Support" tables, one of Wasmtime's own messages, or why a
// setter is missing. Part of <wasmtime_tiers/wasmtime.hpp>; the setters' own names are in
// wasmtime/setters.hpp.
#ifndef WASMTIME_TIERS_WASMTIME_DIAGNOSTIC_WORDS_HPP
#define WASMTIME_TIERS_WASMTIME_DIAGNOSTIC_WORDS_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <type_traits>

#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/table.hpp>
#include <wasmtime_tiers/wasmtime/compiler_rules.hpp>
#include <wasmtime_tiers/wasmtime/setters.hpp>

namespace wasmtime_tiers {

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
} // namespace diagnostic

namespace detail {

template <architecture A>
struct architecture_words {
  using type = std::conditional_t<
      A == architecture::x86_64, diagnostic::on_x86_64,
      std::conditional_t<
          A == architecture::aarch64, diagnostic::on_aarch64,
          std::conditional_t<A == architecture::s390x, diagnostic::on_s390x,
                             std::conditional_t<A == architecture::riscv64, diagnostic::on_riscv64,
                                                diagnostic::on_pulley>>>>;
};
template <support S>
struct support_words {
  using type = std::conditional_t<S == support::wip, diagnostic::work_in_progress,
                                  diagnostic::not_supported>;
};
template <engine_compiler C>
using compiler_entity =
    std::conditional_t<C == engine_compiler::winch, backend::winch, backend::cranelift>;

template <setter_gate G>
struct gate_words {
  using type = std::conditional_t<
      G == setter_gate::threads, diagnostic::declared_only_with_WASMTIME_FEATURE_THREADS,
      std::conditional_t<
          G == setter_gate::gc, diagnostic::declared_only_with_WASMTIME_FEATURE_GC,
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
              std::conditional_t<
                  A.state == setter_state::cpp_before_33,
                  diagnostic::
                      cpp_Config_before_wasmtime_33_is_not_described_configure_its_wasm_config_t,
                  diagnostic::no_setter_in_any_wasmtime_release>>>>;
};

} // namespace detail
} // namespace wasmtime_tiers

#endif
