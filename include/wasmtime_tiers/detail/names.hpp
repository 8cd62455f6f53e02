// wasmtime-tiers internals: the names the library hands out, as std::string_views (see the hook in
// detail/encoding.hpp). Every header that includes <string_view> includes this one, so that only
// a translation unit that includes no <string_view> through the library lacks the names.
#ifndef WASMTIME_TIERS_DETAIL_NAMES_HPP
#define WASMTIME_TIERS_DETAIL_NAMES_HPP

#include <string_view>

#include <wasmtime_tiers/detail/encoding.hpp>

namespace wasmtime_tiers::detail {

template <>
struct names_hook<names_tag> {
  static constexpr std::string_view name(literal p) noexcept { return {p.chars, p.length}; }
};

} // namespace wasmtime_tiers::detail

#endif
