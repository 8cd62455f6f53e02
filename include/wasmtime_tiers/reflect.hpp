// wasmtime-tiers (opt-in, Boost.PFR): a plain aggregate that describes a build, checked field by
// field against a policy.
//
//   struct my_build {
//     wt::on<wt::wasm::simd> simd;
//     wt::on<wt::wasi::http> http;
//     wt::off<wt::wasm::gc> gc;      // documented as off: not checked
//   };
//   WASMTIME_TIERS_REQUIRE_BUILD(wt::policy::production_ready, my_build);
//   static_assert(wt::build_allowed<P, my_build>);
//
// A field of any other type is an error naming the field's position. Only the reflection core of
// Boost.PFR (<boost/pfr/core.hpp>) is included.
#ifndef WASMTIME_TIERS_REFLECT_HPP
#define WASMTIME_TIERS_REFLECT_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <cstddef>
#include <type_traits>
#include <utility>

#include <boost/pfr/core.hpp>

#include <wasmtime_tiers/detail/names.hpp>
#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/policy.hpp>

namespace wasmtime_tiers {

// on<E>: a build field saying entity E is used; off<E>: it is not (kept for documentation).
template <entity E>
struct on {
  using entity = E;
  static constexpr bool enabled = true;
};
template <entity E>
struct off {
  using entity = E;
  static constexpr bool enabled = false;
};

namespace detail {

template <class T>
inline constexpr bool is_switch = false;
template <class E>
inline constexpr bool is_switch<on<E>> = true;
template <class E>
inline constexpr bool is_switch<off<E>> = true;

template <class Build, std::size_t I>
using field_t = boost::pfr::tuple_element_t<I, Build>;

template <class Build, std::size_t I>
constexpr bool field_is_switch() noexcept {
  static_assert(
      is_switch<field_t<Build, I>>,
      "wasmtime_tiers: every field of a build description must be wasmtime_tiers::on<E> "
      "or wasmtime_tiers::off<E>; this field (see the index I in the instantiation) is not");
  return is_switch<field_t<Build, I>>;
}

// The policy check of one field: on<E> is checked, off<E> is not.
template <class P, class Field>
constexpr bool field_allowed() noexcept {
  if constexpr (Field::enabled)
    return check_entity<P>(id_of<typename Field::entity>).allowed();
  else
    return true;
}
template <class P, class Field>
constexpr bool field_require() noexcept {
  if constexpr (Field::enabled)
    return require_one<P, typename Field::entity>();
  else
    return true;
}

template <class P, class Build, std::size_t... I>
constexpr bool build_allowed_impl(std::index_sequence<I...>) noexcept {
  return ((field_is_switch<Build, I>() && field_allowed<P, field_t<Build, I>>()) && ...);
}

template <class P, class Build, std::size_t... I>
constexpr bool require_build_impl(std::index_sequence<I...>) noexcept {
  const bool each[] = {true,
                       (field_is_switch<Build, I>() && field_require<P, field_t<Build, I>>())...};
  for (bool b : each)
    if (!b) return false;
  return true;
}

template <class P, class Build>
constexpr bool require_build() noexcept {
  static_assert(policy_type<P>,
                "WASMTIME_TIERS_REQUIRE_BUILD(Policy, Build): the first argument is "
                "not a policy");
  static_assert(std::is_aggregate_v<Build>,
                "WASMTIME_TIERS_REQUIRE_BUILD(Policy, Build): Build must "
                "be an aggregate of on<E> and off<E> fields");
  // Each violation is an error of its own (see require_one); the value adds no follow-on error.
  if constexpr (policy_type<P> && std::is_aggregate_v<Build>)
    (void)require_build_impl<P, Build>(std::make_index_sequence<boost::pfr::tuple_size_v<Build>>{});
  return true;
}

} // namespace detail

// build_allowed<P, Build>: every on<E> field of the aggregate Build meets policy P.
template <class P, class Build>
concept build_allowed = policy_type<P> && std::is_aggregate_v<Build> &&
    detail::build_allowed_impl<P, Build>(
        std::make_index_sequence<boost::pfr::tuple_size_v<Build>>{});

} // namespace wasmtime_tiers

// WASMTIME_TIERS_REQUIRE_BUILD(Policy, Build): WASMTIME_TIERS_REQUIRE for every on<E> field of the
// aggregate Build, with the same first error line for each violation.
#define WASMTIME_TIERS_REQUIRE_BUILD(Policy, ...)                                                  \
  static_assert(::wasmtime_tiers::detail::require_build<Policy, __VA_ARGS__>(),                    \
                "WASMTIME_TIERS_REQUIRE_BUILD(" #Policy ", " #__VA_ARGS__                          \
                ") failed (see the first error)")

#endif
