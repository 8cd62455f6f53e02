// wasmtime-tiers: the checks of configure<>()'s calls (enable<>, disable<>, use<>), each reporting
// with the diagnostics of diagnostic.hpp: a missing setter (setter_missing_in_wasmtime),
// a compiler that lacks a proposal (compiler_lacks_proposal), a configuration Wasmtime itself
// refuses (wasmtime_config_rule). Part of <wasmtime_tiers/wasmtime.hpp>; the builder is
// wasmtime/configure.hpp.
#ifndef WASMTIME_TIERS_WASMTIME_CONFIGURE_CHECKS_HPP
#define WASMTIME_TIERS_WASMTIME_CONFIGURE_CHECKS_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <cstdint>
#include <wasmtime_tiers/detail/encoding.hpp> // std::size_t
#include <type_traits>

#include <wasmtime_tiers/detail/defer.hpp>
#include <wasmtime_tiers/diagnostic.hpp>
#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/policy.hpp>
#include <wasmtime_tiers/table.hpp>
#include <wasmtime_tiers/wasmtime/compiler_rules.hpp>
#include <wasmtime_tiers/wasmtime/diagnostic_words.hpp>
#include <wasmtime_tiers/wasmtime/features.hpp>
#include <wasmtime_tiers/wasmtime/setters.hpp>

// Where the compiler shows computed static_assert messages, the reports say the sentences below;
// elsewhere their words are the template arguments (diagnostic_words.hpp), and the sentences are not
// even parsed: WASMTIME_TIERS_DETAIL_REPORT drops its message there (as check.hpp does explain.hpp).
#if WASMTIME_TIERS_COMPUTED_MESSAGES
#include <wasmtime_tiers/detail/text.hpp>
#endif

namespace wasmtime_tiers::detail {

// --- the sentences of the reports (computed messages only) ----------------------------------------
#if WASMTIME_TIERS_COMPUTED_MESSAGES

// The sentence of a missing setter; `setter` is the C function or the C++ member.
WASMTIME_TIERS_DETAIL_DEFER
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
  const std::size_t index = setter_index(id_of<E>);
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
  const std::size_t index = setter_index(id_of<E>);
  text<128> t;
  t += "the ";
  if (index < proposal_setter_count) {
    t += proposal_setters[index].stem;
  } else {
    t += "wasm_";
    t += name_of<E>;
  }
  t += " feature is not supported on this compiler configuration";
  return t;
}

template <engine_setup S, class E>
constexpr text<512> describe_compiler_lacks() noexcept {
  const compiler_check r = check_compiler<full_tables_tag_for<E>>(S, id_of<E>);
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

template <class B, bool Cpp, class E, bool On>
constexpr text<512> missing_setter_sentence() noexcept {
  return describe_missing_setter(
      setter_name_of<Cpp, E>(B::version, B::features).view(), what_enables<E>(On).view(),
      setter_availability_of(Cpp, setter_index(id_of<E>), B::version, B::features), B::version);
}

template <engine_setup S, class E>
constexpr text<512> compiler_rejects_sentence() noexcept {
  return wasmtime_rule_sentence<512>(S.version, compiler_rejects_message<E>().view(),
                                     "Wasmtime's own list of what its compiler rejects");
}

template <class Backend, class B, bool Cpp>
constexpr text<512> missing_backend_setter_sentence() noexcept {
  return describe_missing_setter(backend_setter_name<Backend, Cpp>(),
                                 std::is_same_v<Backend, backend::pulley>  ? "compile to Pulley"
                                 : std::is_same_v<Backend, backend::winch> ? "use Winch"
                                                                           : "use Cranelift",
                                 backend_setter_availability<Backend, B, Cpp>(), B::version);
}

template <class B>
constexpr text<256> pulley_missing_sentence() noexcept {
  text<256> t;
  t += "Pulley is not compiled into the included Wasmtime ";
  t.append_number(B::version);
  t += B::version >= 37
           ? ": neither WASMTIME_FEATURE_PULLEY nor WASMTIME_FEATURE_ALL_ARCH is defined"
           : ": its C API has no Pulley feature before Wasmtime 37";
  return t;
}

template <engine_setup S>
constexpr text<256> winch_target_sentence() noexcept {
  text<256> t;
  t += "Winch compiles for x86_64 and aarch64 only, not for ";
  t += to_string(S.target());
  t += "; Wasmtime ";
  t.append_number(S.version);
  t += " fails with \"This target is not supported yet\"";
  return t;
}

#endif // WASMTIME_TIERS_COMPUTED_MESSAGES

// --- the checks of enable<>() and disable<>() ----------------------------------------------------

// Reports a missing proposal setter (nothing when present); returns whether it is present.
template <class B, bool Cpp, class E, bool On>
constexpr bool require_proposal_setter() noexcept {
  constexpr std::size_t index = setter_index(id_of<E>);
  constexpr setter_availability a = setter_availability_of(Cpp, index, B::version, B::features);
  if constexpr (a.state != setter_state::present) {
    using names = proposal_setter_call<E>;
    using setter_type = std::conditional_t<Cpp && (index >= proposal_setter_count ||
                                                   proposal_setters[index].cpp_since != 0),
                                           typename names::cpp_name, typename names::c_name>;
    WASMTIME_TIERS_DETAIL_REPORT(setter_missing_in_wasmtime,
                                 (setter_type, B::version, typename why_words<a>::type),
                                 (missing_setter_sentence<B, Cpp, E, On>()));
    return false;
  } else {
    return true;
  }
}

// Reports a proposal the engine's compiler does not support; returns whether it is supported.
template <engine_setup S, class E>
constexpr bool require_compiler_support() noexcept {
  constexpr compiler_check r = check_compiler<full_tables_tag_for<E>>(S, id_of<E>);
  if constexpr (r.verdict == compiler_verdict::table_says_no) {
    WASMTIME_TIERS_DETAIL_REPORT(compiler_lacks_proposal,
                                 (compiler_entity<S.compiler()>, E,
                                  typename architecture_words<S.target()>::type,
                                  typename support_words<r.cell>::type, S.version),
                                 (describe_compiler_lacks<S, E>()));
    return false;
  } else if constexpr (r.verdict == compiler_verdict::wasmtime_rejects) {
    WASMTIME_TIERS_DETAIL_REPORT(
        wasmtime_config_rule,
        (diagnostic::the_wasm_feature_is_not_supported_on_this_compiler_configuration<
             E, compiler_entity<S.compiler()>, typename architecture_words<S.target()>::type>,
         S.version),
        (compiler_rejects_sentence<S, E>()));
    return false;
  } else {
    return true;
  }
}

// The first proposal of a mask the engine's compiler does not support; proposal_setter_count if
// none.
template <class Tag>
constexpr std::size_t first_unsupported(const engine_setup& s, std::uint32_t mask) noexcept {
  for (std::size_t k = 0; k < proposal_setter_count; ++k)
    if ((mask >> k) & 1u)
      if (check_compiler<Tag>(s, proposal_setters[k].id).verdict != compiler_verdict::ok) return k;
  return proposal_setter_count;
}

// The first proposal of a mask the engine's compiler does not support, reported; true if none.
template <engine_setup S, std::uint32_t Mask>
constexpr bool require_compiler_support_all() noexcept {
  constexpr std::size_t first =
      first_unsupported<full_tables_tag_for<std::integral_constant<std::uint32_t, Mask>>>(S, Mask);
  if constexpr (first < proposal_setter_count)
    return require_compiler_support<S, proposal_setter_type<first>>();
  else
    return true;
}

template <class B, class E>
constexpr bool require_gc_build() noexcept {
  constexpr gc_build_rule r = check_gc_build(B::version, B::features, id_of<E>);
  if constexpr (r == gc_build_rule::gc_disabled) {
    WASMTIME_TIERS_DETAIL_REPORT(
        wasmtime_config_rule, (diagnostic::support_for_GC_was_disabled_at_compile_time, B::version),
        wasmtime_rule_sentence<256>(B::version, "support for GC was disabled at compile time",
                                    "WASMTIME_FEATURE_GC is not defined"));
    return false;
  } else if constexpr (r == gc_build_rule::exceptions_need_gc) {
    WASMTIME_TIERS_DETAIL_REPORT(
        wasmtime_config_rule,
        (diagnostic::exceptions_support_requires_garbage_collection_GC_to_be_enabled_in_the_build,
         B::version),
        wasmtime_rule_sentence<256>(
            B::version,
            "exceptions support requires garbage collection (GC) to be enabled in the build",
            "WASMTIME_FEATURE_GC is not defined"));
    return false;
  } else {
    return true;
  }
}

inline constexpr std::size_t simd_index = setter_index(id_of<wasm::simd>);
inline constexpr std::size_t relaxed_simd_index = setter_index(id_of<wasm::relaxed_simd>);

// simd_rule_holds(on, off): not relaxed-simd enabled while simd is disabled (checked by Wasmtime
// when it builds the compiler).
constexpr bool simd_rule_holds(std::uint32_t on, std::uint32_t off) noexcept {
  return (on & setter_bit(relaxed_simd_index)) == 0 || (off & setter_bit(simd_index)) == 0;
}

template <unsigned Version, std::uint32_t On, std::uint32_t Off>
constexpr bool require_simd_for_relaxed_simd() noexcept {
  if constexpr (!simd_rule_holds(On, Off)) {
    WASMTIME_TIERS_DETAIL_REPORT(
        wasmtime_config_rule,
        (diagnostic::cannot_disable_the_simd_proposal_but_enable_the_relaxed_simd_proposal,
         Version),
        wasmtime_rule_sentence<256>(
            Version, "cannot disable the simd proposal but enable the relaxed simd proposal",
            "relaxed-simd needs simd"));
    return false;
  } else {
    return true;
  }
}

// names_range_policy<P>(): P is a policy over a range of releases, which configure<> refuses with
// an error of its own (configure.hpp); its checks are then not compiled, so that it is the one
// error.
template <class P>
constexpr bool names_range_policy() noexcept {
  if constexpr (policy_type<P>)
    return names_range<typename P::release>;
  else
    return false;
}

// --- the checks of use<>() ------------------------------------------------------------------------

template <class Backend, class B, bool Cpp>
constexpr bool require_backend_setter() noexcept {
  constexpr setter_availability a = backend_setter_availability<Backend, B, Cpp>();
  if constexpr (a.state != setter_state::present) {
    WASMTIME_TIERS_DETAIL_REPORT(setter_missing_in_wasmtime,
                                 (backend_setter_type<Backend, Cpp>, B::version,
                                  typename why_words<a>::type),
                                 (missing_backend_setter_sentence<Backend, B, Cpp>()));
    return false;
  } else {
    return true;
  }
}

// The backend is compiled into build B (Wasmtime 22 on; Pulley: 37 on, with WASMTIME_FEATURE_PULLEY
// or WASMTIME_FEATURE_ALL_ARCH).
enum class backend_build_rule : unsigned char { ok, no_cranelift, no_winch, no_pulley };
template <class Backend>
constexpr backend_build_rule backend_built(unsigned v, wasmtime_feature_set features) noexcept {
  const auto has = [features](wasmtime_feature f) { return (features & feature_bit(f)) != 0; };
  if (std::is_same_v<Backend, backend::cranelift> && v >= 22 && !has(wasmtime_feature::cranelift))
    return backend_build_rule::no_cranelift;
  if (std::is_same_v<Backend, backend::winch> && v >= 22 && !has(wasmtime_feature::winch))
    return backend_build_rule::no_winch;
  if (std::is_same_v<Backend, backend::pulley> &&
      !(v >= 37 && (has(wasmtime_feature::pulley) || has(wasmtime_feature::all_arch))))
    return backend_build_rule::no_pulley;
  return backend_build_rule::ok;
}

template <class Backend, class B>
constexpr bool require_backend_built() noexcept {
  constexpr unsigned v = B::version;
  constexpr backend_build_rule r = backend_built<Backend>(v, B::features);
  if constexpr (r == backend_build_rule::no_cranelift) {
    WASMTIME_TIERS_DETAIL_REPORT(wasmtime_config_rule,
                                 (diagnostic::cranelift_support_not_compiled_in, v),
                                 wasmtime_rule_sentence<256>(v, "cranelift support not compiled in",
                                                             "WASMTIME_FEATURE_CRANELIFT is not "
                                                             "defined"));
    return false;
  } else if constexpr (r == backend_build_rule::no_winch) {
    WASMTIME_TIERS_DETAIL_REPORT(wasmtime_config_rule,
                                 (diagnostic::winch_support_not_compiled_in, v),
                                 wasmtime_rule_sentence<256>(v, "winch support not compiled in",
                                                             "WASMTIME_FEATURE_WINCH is not "
                                                             "defined"));
    return false;
  } else if constexpr (r == backend_build_rule::no_pulley) {
    WASMTIME_TIERS_DETAIL_REPORT(wasmtime_config_rule, (diagnostic::pulley_not_compiled_in, v),
                                 (pulley_missing_sentence<B>()));
    return false;
  } else {
    return true;
  }
}

// Winch compiles for x86_64 and aarch64 only ("This target is not supported yet").
constexpr bool winch_target_holds(const engine_setup& s) noexcept {
  return s.compiler() != engine_compiler::winch || s.target() == architecture::x86_64 ||
         s.target() == architecture::aarch64;
}

template <engine_setup S>
constexpr bool require_winch_target() noexcept {
  if constexpr (!winch_target_holds(S)) {
    WASMTIME_TIERS_DETAIL_REPORT(wasmtime_config_rule,
                                 (diagnostic::winch_says_this_target_is_not_supported_yet,
                                  S.version),
                                 (winch_target_sentence<S>()));
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
  if constexpr (names_range_policy<P>())
    return false;
  else if constexpr (!require_one<P, E>())
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
  if constexpr (names_range_policy<P>())
    return false;
  else if constexpr (!require_one<P, backend_tier_entity<Backend, typename P::release, B>>())
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


} // namespace wasmtime_tiers::detail

#endif
