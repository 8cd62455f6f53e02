// wasmtime-tiers: configure<>()'s passing calls, each decided by one evaluation per configuration:
// a call that passes every check of wasmtime/configure_checks.hpp compiles from these masks (bits
// of detail::proposal_setters) and instantiates none of the checks; only a call that fails goes
// through its check, which reports. A check and its mask read the same rules (compiler_rules.hpp,
// setters.hpp, the policy's allowed), so that they agree; tests/wasmtime's compile-fail cases and
// configure tests hold both to it. Part of <wasmtime_tiers/wasmtime.hpp>.
#ifndef WASMTIME_TIERS_WASMTIME_CONFIGURE_MASKS_HPP
#define WASMTIME_TIERS_WASMTIME_CONFIGURE_MASKS_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <cstdint>
#include <wasmtime_tiers/detail/encoding.hpp> // std::size_t
#include <type_traits>

#include <wasmtime_tiers/policy.hpp>
#include <wasmtime_tiers/wasmtime/compiler_rules.hpp>
#include <wasmtime_tiers/wasmtime/configure_checks.hpp>
#include <wasmtime_tiers/wasmtime/enforce.hpp>
#include <wasmtime_tiers/wasmtime/setters.hpp>

namespace wasmtime_tiers::detail {

// setter_bit_of<E>: the bit of E's setter; 0 where E is no tag or has no setter.
template <class E, class = void>
inline constexpr std::uint32_t setter_bit_of = 0;
template <class E>
inline constexpr std::uint32_t setter_bit_of<
    E, std::enable_if_t<std::is_enum_v<E>, decltype(void(E::wasmtime_tiers_id))>> =
    setter_index(static_cast<std::size_t>(E::wasmtime_tiers_id)) < proposal_setter_count
        ? setter_bit(setter_index(static_cast<std::size_t>(E::wasmtime_tiers_id)))
        : 0;

// setters_present<B, Cpp>: the proposals whose setter build B declares in the API in use.
template <class B, bool Cpp>
inline constexpr std::uint32_t setters_present = [] {
  std::uint32_t m = 0;
  for (std::size_t k = 0; k < proposal_setter_count; ++k)
    if (setter_availability_of(Cpp, k, B::version, B::features).state == setter_state::present)
      m |= setter_bit(k);
  return m;
}();

// enable_passes<P, B, Cpp, S>: the proposals whose enable<>() passes check_enable but for the simd
// rule: P allows them, B declares their setter and compiles them in as Wasmtime requires, and
// S's compiler supports them. None for a type that is no policy of one release
// (single_release_policy, enforce.hpp), whose error configure<>() gives.
template <class P, class B, bool Cpp, engine_setup S>
inline constexpr std::uint32_t enable_passes = [] {
  std::uint32_t m = 0;
  if constexpr (single_release_policy<P>()) {
    const std::uint32_t present = setters_present<B, Cpp>;
    for (std::size_t k = 0; k < proposal_setter_count; ++k) {
      const std::size_t eid = proposal_setters[k].id;
      if (((present >> k) & 1u) != 0 && policy_allows<P>(eid) &&
          check_gc_build(B::version, B::features, eid) == gc_build_rule::ok &&
          check_compiler<full_tables_tag_for<P>>(S, eid).verdict == compiler_verdict::ok)
        m |= setter_bit(k);
    }
  }
  return m;
}();

// use_passes<P, B, Cpp, S, On, Backend>(): use<Backend>() passes check_use, into engine setup S
// with the proposals On enabled.
template <class P, class B, bool Cpp, engine_setup S, std::uint32_t On, class Backend>
constexpr bool use_passes() noexcept {
  if constexpr (!single_release_policy<P>() || !(std::is_same_v<Backend, backend::cranelift> ||
                                                 std::is_same_v<Backend, backend::winch> ||
                                                 std::is_same_v<Backend, backend::pulley>))
    return false;
  else
    return policy_allows<P>(static_cast<std::size_t>(
               backend_tier_entity<Backend, typename P::release, B>::wasmtime_tiers_id)) &&
           backend_setter_availability<Backend, B, Cpp>().state == setter_state::present &&
           backend_built<Backend>(B::version, B::features) == backend_build_rule::ok &&
           winch_target_holds(S) &&
           first_unsupported<full_tables_tag_for<P>>(S, On) == proposal_setter_count;
}

} // namespace wasmtime_tiers::detail

#endif
