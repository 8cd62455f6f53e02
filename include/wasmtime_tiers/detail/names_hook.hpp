// wasmtime-tiers internals: the hook that makes the names std::string_views (see
// detail/encoding.hpp), included through detail/names.hpp.
#ifndef WASMTIME_TIERS_DETAIL_NAMES_HOOK_HPP
#define WASMTIME_TIERS_DETAIL_NAMES_HOOK_HPP

#include <string_view>

#include <wasmtime_tiers/detail/encoding.hpp>

namespace wasmtime_tiers::detail {

template <>
struct names_hook<names_tag> {
  static constexpr std::string_view name(packed p) noexcept { return {p.chars, p.length}; }
};

} // namespace wasmtime_tiers::detail

#endif
