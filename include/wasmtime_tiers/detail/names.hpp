// wasmtime-tiers internals: the names the library hands out, as std::string_views (see the hook in
// detail/encoding.hpp). Every header that declares a name includes this one after its include
// guard, except while <wasmtime_tiers/wasmtime.hpp> includes it, as does every header that
// includes <string_view>: only a translation unit that includes nothing but wasmtime.hpp of the
// library lacks the names.
#ifndef WASMTIME_TIERS_DETAIL_NAMES_HPP
#define WASMTIME_TIERS_DETAIL_NAMES_HPP

#include <string_view>

#include <wasmtime_tiers/detail/encoding.hpp>

namespace wasmtime_tiers::detail {

template <>
struct names_hook<names_tag> {
  static constexpr std::string_view name(packed p) noexcept { return {p.chars, p.length}; }
};

} // namespace wasmtime_tiers::detail

#endif
