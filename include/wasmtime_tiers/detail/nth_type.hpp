// wasmtime-tiers internals: nth_type<I, T...>::type, the I-th of T..., for the headers that index a
// pack of types: <tuple> (std::tuple_element) would cost each including translation unit more
// than most of those headers do (about 58 M instructions with GCC 12, 54 M with Clang 14).
#ifndef WASMTIME_TIERS_DETAIL_NTH_TYPE_HPP
#define WASMTIME_TIERS_DETAIL_NTH_TYPE_HPP

#include <wasmtime_tiers/detail/encoding.hpp> // std::size_t

namespace wasmtime_tiers::detail {

template <std::size_t I, class T, class... Rest>
struct nth_type : nth_type<I - 1, Rest...> {};
template <class T, class... Rest>
struct nth_type<0, T, Rest...> {
  using type = T;
};

} // namespace wasmtime_tiers::detail

#endif
