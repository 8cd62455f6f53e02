// wasmtime-tiers: configure<Policy>(config), a Wasmtime engine configuration made of calls that are
// checked when the program compiles. Part of <wasmtime_tiers/wasmtime.hpp>; include Wasmtime's
// header first.
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
#ifndef WASMTIME_TIERS_WASMTIME_CONFIGURE_HPP
#define WASMTIME_TIERS_WASMTIME_CONFIGURE_HPP

#include <wasmtime_tiers/version.hpp>         // first: the C++20 check
#include <wasmtime_tiers/detail/encoding.hpp> // std::size_t
#include <cstdint>
#include <type_traits>

#include <wasmtime_tiers/policy.hpp>
#include <wasmtime_tiers/table.hpp>
#include <wasmtime_tiers/wasmtime/build.hpp>
#include <wasmtime_tiers/wasmtime/compiler_rules.hpp>
#include <wasmtime_tiers/wasmtime/configure_checks.hpp>
#include <wasmtime_tiers/wasmtime/configure_masks.hpp>
#include <wasmtime_tiers/wasmtime/enforce.hpp>
#include <wasmtime_tiers/wasmtime/included.hpp>
#include <wasmtime_tiers/wasmtime/setters.hpp>

namespace wasmtime_tiers {

namespace detail {

// The target Wasmtime calls Pulley on this host: pointer width and byte order of the host.
#if defined(__BYTE_ORDER__) && defined(__ORDER_BIG_ENDIAN__) &&                                    \
    __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
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
  pending_error(pending_error&& o) noexcept : error(take(o.error)), destroy(o.destroy) {}
  pending_error& operator=(pending_error&& o) noexcept {
    if (this != &o) {
      reset();
      error = take(o.error);
      destroy = o.destroy;
    }
    return *this;
  }
  ~pending_error() { reset(); }
  // The error, leaving nullptr in its place (std::exchange, without <utility>).
  static void* take(void*& e) noexcept {
    void* taken = e;
    e = nullptr;
    return taken;
  }
  void reset() noexcept {
    if (error != nullptr && destroy != nullptr) destroy(error);
    error = nullptr;
  }
};

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

  static constexpr detail::engine_setup setup{
      B::version, B::features, Choice, Pulley, B::host_architecture, B::host_linux_or_macos};

  configurator(Config* config, detail::pending_error&& error) noexcept
      : config_(config), error_(static_cast<detail::pending_error&&>(error)) {}

  template <std::uint32_t NewOn, std::uint32_t NewOff, detail::compiler_choice NewChoice = Choice,
            bool NewPulley = Pulley>
  configurator<P, B, Cpp, Config, NewOn, NewOff, NewChoice, NewPulley> next() {
    return {config_, static_cast<detail::pending_error&&>(error_)};
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
    constexpr std::size_t index = detail::setter_index(id_of<E>);
    if constexpr (!Cpp)
      detail::proposal_setter_call<E>::c(config_, on);
    else if constexpr (detail::cpp_setter_availability(index, B::version, B::features).through_capi)
      detail::proposal_setter_call<E>::c(config_->capi(), on);
    else
      detail::proposal_setter_call<E>::cpp_member(*config_, on);
  }

  // Calls the setter of every proposal in OnMask (true) and OffMask (false), in table order, from
  // row I on.
  template <std::uint32_t OnMask, std::uint32_t OffMask, std::size_t I = 0>
  void call_setters() {
    if constexpr (I < detail::proposal_setter_count) {
      if constexpr ((((OnMask | OffMask) >> I) & 1u) != 0)
        call_setter<detail::proposal_setter_type<I>>(((OnMask >> I) & 1u) != 0);
      call_setters<OnMask, OffMask, I + 1>();
    }
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
      wasmtime_config_strategy_set(config_, static_cast<std::uint8_t>(
                                                std::is_same_v<Backend, backend::winch> ? 2 : 1));
    }
  }

  // The proposals enable_all_allowed() can set (a setter), and those it enables.
  static constexpr std::uint32_t available_mask = detail::setters_present<B, Cpp>;
  static constexpr std::uint32_t allowed_mask =
      (detail::enable_passes<P, B, Cpp, setup> & detail::setter_bit(detail::simd_index)) != 0
          ? detail::enable_passes<P, B, Cpp, setup>
          : detail::enable_passes<P, B, Cpp, setup> &
                ~detail::setter_bit(detail::relaxed_simd_index);

public:
  explicit configurator(Config* config) noexcept : config_(config) {}

  // enabled<E>, disabled<E>: what the calls so far enabled and disabled.
  template <class E>
  static constexpr bool enabled = ((On >> detail::setter_index(id_of<E>)) & 1u) != 0;
  template <class E>
  static constexpr bool disabled = ((Off >> detail::setter_index(id_of<E>)) & 1u) != 0;
  // The compiler the engine will use, and the architecture it compiles for.
  static constexpr detail::engine_compiler compiler = setup.compiler();
  static constexpr architecture target_architecture = setup.target();

  // enable<E>(): turns proposal E on (wasmtime_config_<stem>_set(config, true) or
  // Config::<stem>(true)); see the top of wasmtime/configure.hpp for what makes it a compile error.
  template <class E>
  auto enable() {
    constexpr std::uint32_t bit = detail::setter_bit_of<E>;
    if constexpr ((detail::enable_passes<P, B, Cpp, setup> & bit) != 0 &&
                  detail::simd_rule_holds(On | bit, Off & ~bit)) {
      call_setter<E>(true);
      return next<On | bit, Off & ~bit>();
    } else if constexpr (!detail::is_wasm_proposal<E>()) {
      static_assert(
          detail::is_wasm_proposal<E>(),
          "wasmtime_tiers::configure<>().enable<E>(): E is not a WebAssembly proposal tag "
          "type such as wasmtime_tiers::wasm::simd");
      return static_cast<configurator&&>(*this);
    } else if constexpr (detail::check_enable<P, B, Cpp, setup, On | bit, Off & ~bit, E>()) {
      call_setter<E>(true);
      return next<On | bit, Off & ~bit>();
    } else {
      return static_cast<configurator&&>(*this);
    }
  }

  // disable<E>(): turns proposal E off; needs no permission of the policy.
  template <class E>
  auto disable() {
    constexpr std::uint32_t bit = detail::setter_bit_of<E>;
    if constexpr ((available_mask & bit) != 0 && detail::simd_rule_holds(On & ~bit, Off | bit)) {
      call_setter<E>(false);
      return next<On & ~bit, Off | bit>();
    } else if constexpr (!detail::is_wasm_proposal<E>()) {
      static_assert(
          detail::is_wasm_proposal<E>(),
          "wasmtime_tiers::configure<>().disable<E>(): E is not a WebAssembly proposal tag "
          "type such as wasmtime_tiers::wasm::simd");
      return static_cast<configurator&&>(*this);
    } else if constexpr (detail::check_disable<B, Cpp, On & ~bit, Off | bit, E>()) {
      call_setter<E>(false);
      return next<On & ~bit, Off | bit>();
    } else {
      return static_cast<configurator&&>(*this);
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
    constexpr detail::compiler_choice choice = cranelift ? detail::compiler_choice::cranelift
                                               : winch   ? detail::compiler_choice::winch
                                                         : Choice;
    constexpr bool to_pulley = Pulley || pulley;
    constexpr detail::engine_setup next_setup{setup.version, setup.features,
                                              choice,        to_pulley,
                                              setup.host,    setup.host_linux_or_macos};
    if constexpr (detail::use_passes<P, B, Cpp, next_setup, On, Backend>()) {
      call_backend<Backend>();
      return next<On, Off, choice, to_pulley>();
    } else if constexpr (!(cranelift || winch || pulley)) {
      static_assert(cranelift || winch || pulley,
                    "wasmtime_tiers::configure<>().use<Backend>(): Backend is backend::cranelift, "
                    "backend::winch or backend::pulley");
      return static_cast<configurator&&>(*this);
    } else if constexpr (detail::check_use<P, B, Cpp, next_setup, On, Backend>()) {
      call_backend<Backend>();
      return next<On, Off, choice, to_pulley>();
    } else {
      return static_cast<configurator&&>(*this);
    }
  }

  // enable_all_allowed(): enables every proposal that has a setter and passes every check, and
  // disables every other proposal that has a setter (relaxed-simd goes with simd).
  auto enable_all_allowed() {
    call_setters<allowed_mask, available_mask & ~allowed_mask>();
    return next<allowed_mask, available_mask & ~allowed_mask>();
  }

  // take_target_error(): the wasmtime_error_t* that wasmtime_config_target_set returned for
  // use<backend::pulley>() (nullptr for none); the caller owns it. Left untaken, it is deleted.
  auto* take_target_error() noexcept {
    using error_type = decltype(wasmtime_config_target_set(raw(), detail::pulley_target));
    error_.destroy = nullptr;
    return static_cast<error_type>(detail::pending_error::take(error_.error));
  }
};

namespace detail {

template <class B, class P>
constexpr bool require_configurable() noexcept {
  static_assert(policy_type<P>,
                "wasmtime_tiers::configure<Policy>(config): Policy is not a policy; "
                "use wasmtime_tiers::policy::minimum_tier<...>, per_category<...> or "
                "with_waivers<...>");
  // Without the version, the setters of the included Wasmtime are unknown.
  WASMTIME_TIERS_DETAIL_REQUIRE_VERSION(B, "wasmtime_tiers::configure<Policy>(config)");
  static_assert(!policy_type<P> || single_release_policy<P>(),
                "wasmtime_tiers::configure<Policy>(config): the policy names a range of releases "
                "(releases<A, B>), but an engine is configured for the one included Wasmtime; use "
                "a policy of one release (the default: selected_release)");
  static_assert(!B::version_known || compiler_text_known<B::version>,
                "wasmtime_tiers::configure<Policy, Build>(config): Build is a Wasmtime release "
                "other than the included one, and <wasmtime_tiers/wasmtime.hpp> holds the "
                "\"Compiler Support\" tables of the included one only: #include "
                "<wasmtime_tiers/text_tables.hpp>, which holds every text's");
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
  requires(!std::is_pointer_v<Config> && requires(Config & c) { c.wasm_simd(true); })
auto configure(Config& config) {
  static_assert(detail::require_configurable<Build, Policy>());
  return configurator<Policy, Build, true, Config>(&config);
}

} // namespace wasmtime_tiers

#endif
