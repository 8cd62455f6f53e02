// wasmtime-tiers: Wasmtime's compiler rules: which compiler an engine uses, what the "Compiler
// Support" tables say of it, and which proposals Wasmtime itself refuses for a compiler or a build
// (crates/wasmtime/src/config.rs at each tag). Part of <wasmtime_tiers/wasmtime.hpp>.
#ifndef WASMTIME_TIERS_WASMTIME_COMPILER_RULES_HPP
#define WASMTIME_TIERS_WASMTIME_COMPILER_RULES_HPP

#include <wasmtime_tiers/version.hpp>         // first: the C++20 check
#include <wasmtime_tiers/detail/encoding.hpp> // std::size_t
#include <type_traits>

#include <wasmtime_tiers/detail/defer.hpp>
#include <wasmtime_tiers/compiler_support.hpp>
#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/generated/wasmtime_text.hpp>
#include <wasmtime_tiers/release.hpp>
#include <wasmtime_tiers/table.hpp>
#include <wasmtime_tiers/wasmtime/feature_entities.hpp>
#include <wasmtime_tiers/wasmtime/features.hpp>

namespace wasmtime_tiers::detail {

// compiler_choice: what use<>() asked for; automatic is Wasmtime's default.
enum class compiler_choice : unsigned char { automatic, cranelift, winch };
// The compiler that will compile: Wasmtime resolves automatic to Cranelift when compiled in,
// else Winch (Strategy::not_auto); none in a build without a compiler.
enum class engine_compiler : unsigned char { none, cranelift, winch };

WASMTIME_TIERS_DETAIL_DEFER
constexpr engine_compiler compiler_of(compiler_choice c, unsigned version,
                                      wasmtime_feature_set features) noexcept {
  if (c == compiler_choice::cranelift) return engine_compiler::cranelift;
  if (c == compiler_choice::winch) return engine_compiler::winch;
  if (version < 22 || (features & feature_bit(wasmtime_feature::cranelift)) != 0)
    return engine_compiler::cranelift;
  if ((features & feature_bit(wasmtime_feature::winch)) != 0) return engine_compiler::winch;
  return engine_compiler::none;
}

WASMTIME_TIERS_DETAIL_DEFER
constexpr literal to_string(engine_compiler c) noexcept {
  return c == engine_compiler::cranelift ? name_text(compiler_backend::cranelift)
         : c == engine_compiler::winch   ? name_text(compiler_backend::winch)
                                         : "none";
}

// The text whose "Compiler Support" tables describe Wasmtime `version` (the newest known text for
// a newer Wasmtime): the included Wasmtime's (generated/wasmtime_text.hpp), or another where
// <wasmtime_tiers/text_tables.hpp> is included (configure<Policy, Build> with a Build of another
// release asks for it: compiler_text_known); nullptr for none.
// compiler_text_release(version): the release whose text describes Wasmtime `version`.
constexpr unsigned compiler_text_release(unsigned version) noexcept {
  return version > newest_release ? newest_release : version;
}
template <class Tag = full_tables_tag>
constexpr const text_table* compiler_text_of(unsigned version) noexcept {
  const unsigned r = compiler_text_release(version);
  if (!release_known(r)) return nullptr;
  if (text_index_of(r) == gen::wasmtime_text_index) return gen::wasmtime_text;
  if constexpr (full_tables<Tag>::defined)
    return full_tables<Tag>::texts[text_index_of(r)];
  else
    return nullptr;
}

// full_tables_tag_for<T>: full_tables_tag, named through T so that a call in a template is
// dependent: Clang instantiates a non-dependent call where the template is defined, which would
// fix full_tables before text_tables.hpp, included later, specializes it.
template <class T>
struct full_tables_tag_of {
  using type = full_tables_tag;
};
template <class T>
using full_tables_tag_for = typename full_tables_tag_of<T>::type;

// compiler_text_known<Version>: compiler_text_of(Version) reads the text of Wasmtime Version.
template <unsigned Version, class Tag = full_tables_tag>
inline constexpr bool compiler_text_known =
    !release_known(compiler_text_release(Version)) || compiler_text_of<Tag>(Version) != nullptr;

// What a compiler's cell of the included Wasmtime's "Compiler Support" tables says (the newest
// known text for a newer Wasmtime; support::unlisted before Wasmtime 34). A template, as
// compiler_text_of, so that text_tables.hpp may come after this header.
template <class Tag = full_tables_tag>
constexpr support compiler_support_at(unsigned version, engine_compiler c, architecture a,
                                      std::size_t id) noexcept {
  if (c == engine_compiler::none) return support::unlisted;
  const text_table* t = compiler_text_of<Tag>(version);
  if (t == nullptr) return support::unlisted;
  const compiler_backend column =
      c == engine_compiler::winch ? compiler_backend::winch : compiler_backend::cranelift;
  return support_at(*t, a, static_cast<std::size_t>(column), id);
}

// Whether Wasmtime's compiler_panicking_wasm_features() (Wasmtime 25 on) lists the proposal for
// the compiler and target, so that Engine::new fails with "the wasm_<flag> feature is not
// supported on this compiler configuration". Read from crates/wasmtime/src/config.rs at each tag.
WASMTIME_TIERS_DETAIL_DEFER
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
    if (v >= 35 && id == stack_switching && !(a == architecture::x86_64 && linux_or_macos))
      return true;
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
  constexpr engine_compiler compiler() const noexcept {
    return compiler_of(choice, version, features);
  }
  constexpr architecture target() const noexcept { return pulley ? architecture::pulley : host; }
};

enum class compiler_verdict : unsigned char { ok, table_says_no, wasmtime_rejects };
struct compiler_check {
  compiler_verdict verdict = compiler_verdict::ok;
  support cell = support::unlisted;
  bool wasmtime_rejects = false;
};

template <class Tag = full_tables_tag>
constexpr compiler_check check_compiler(const engine_setup& s, std::size_t id) noexcept {
  compiler_check r;
  r.cell = compiler_support_at<Tag>(s.version, s.compiler(), s.target(), id);
  r.wasmtime_rejects =
      wasmtime_rejects_for_compiler(s.version, s.compiler(), s.target(), s.host_linux_or_macos, id);
  if (r.cell == support::no || r.cell == support::wip)
    r.verdict = compiler_verdict::table_says_no;
  else if (r.wasmtime_rejects)
    r.verdict = compiler_verdict::wasmtime_rejects;
  return r;
}

// gc or exceptions enabled in a Wasmtime built without gc (where the setter is still declared).
enum class gc_build_rule : unsigned char { ok, gc_disabled, exceptions_need_gc };
WASMTIME_TIERS_DETAIL_DEFER
constexpr gc_build_rule check_gc_build(unsigned version, wasmtime_feature_set features,
                                       std::size_t id) noexcept {
  if (version < 22 || (features & feature_bit(wasmtime_feature::gc)) != 0) return gc_build_rule::ok;
  if (id == id_of<wasm::gc>) return gc_build_rule::gc_disabled;
  if (id == id_of<wasm::exception_handling>) return gc_build_rule::exceptions_need_gc;
  return gc_build_rule::ok;
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

} // namespace wasmtime_tiers::detail

#endif
