// wasmtime-tiers: the tiers of support of Wasmtime's docs/stability-tiers.md.
#ifndef WASMTIME_TIERS_TIER_HPP
#define WASMTIME_TIERS_TIER_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <wasmtime_tiers/detail/defer.hpp>
#include <wasmtime_tiers/detail/encoding.hpp>

namespace wasmtime_tiers {

// tier: where one release's text puts an entity. t1 "production ready", t2 "almost production
// ready", t3 "not production ready", unsupported (the "Unsupported features and platforms" list),
// unlisted (the release's text does not mention the entity).
enum class tier : unsigned char { t1 = 1, t2 = 2, t3 = 3, unsupported = 4, unlisted = 5 };

// is_tiered(t): t is one of Tier 1, 2 or 3.
namespace detail {
// is(a, b): a == b for two values of one enumeration. Clang (14 at least) resolves each `==` on an
// enumeration as an overloaded operator against its built-in candidates, about 0.45 M instructions
// a comparison in every translation unit that includes the header; a call of this template costs a
// fifth of that. The headers compare enumerations with it, or with a switch.
template <class E>
constexpr bool is(E a, E b) noexcept {
  return a == b;
}
} // namespace detail

constexpr bool is_tiered(tier t) noexcept {
  switch (t) {
  case tier::t1:
  case tier::t2:
  case tier::t3: return true;
  default: return false;
  }
}

// meets(actual, wanted): an entity at `actual` satisfies a requirement of `wanted` or better.
// Unsupported and unlisted entities never meet any tier.
constexpr bool meets(tier actual, tier wanted) noexcept {
  return is_tiered(actual) &&
         static_cast<unsigned char>(actual) <= static_cast<unsigned char>(wanted);
}

namespace detail {
WASMTIME_TIERS_DETAIL_DEFER
constexpr literal tier_name(tier t) noexcept {
  switch (t) {
  case tier::t1: return "Tier 1";
  case tier::t2: return "Tier 2";
  case tier::t3: return "Tier 3";
  case tier::unsupported: return "unsupported";
  case tier::unlisted: return "unlisted";
  }
  return "?";
}

WASMTIME_TIERS_DETAIL_DEFER
constexpr literal tier_description(tier t) noexcept {
  switch (t) {
  case tier::t1: return "Production Ready";
  case tier::t2: return "Almost Production Ready";
  case tier::t3: return "Not Production Ready";
  case tier::unsupported: return "Unsupported";
  case tier::unlisted: return "Not mentioned";
  }
  return "?";
}
} // namespace detail

// to_string(t): "Tier 1", "Tier 2", "Tier 3", "unsupported", "unlisted". (Each name the library
// hands out is a std::string_view, made by the hook of detail/encoding.hpp: see there.)
template <class T = void>
constexpr auto to_string(tier t) noexcept {
  return detail::names_for<T>::name(detail::tier_name(t));
}

// description(t): the document's own name for the tier ("Production Ready", ...).
template <class T = void>
constexpr auto description(tier t) noexcept {
  return detail::names_for<T>::name(detail::tier_description(t));
}

namespace detail {
// The one-character code of a tier in the generated tables.
WASMTIME_TIERS_DETAIL_DEFER
constexpr tier tier_from_code(char c) noexcept {
  switch (c) {
  case '1': return tier::t1;
  case '2': return tier::t2;
  case '3': return tier::t3;
  case 'u': return tier::unsupported;
  default: return tier::unlisted;
  }
}
WASMTIME_TIERS_DETAIL_DEFER
constexpr char tier_code(tier t) noexcept {
  switch (t) {
  case tier::t1: return '1';
  case tier::t2: return '2';
  case tier::t3: return '3';
  case tier::unsupported: return 'u';
  case tier::unlisted: return '-';
  }
  return '-';
}
} // namespace detail

} // namespace wasmtime_tiers

// The names this header declares are std::string_views (see detail/names.hpp).
#include <wasmtime_tiers/detail/names.hpp>

#endif
