// wasmtime-tiers internals: the packed encoding of the generated tables.
//
// Numbers in the generated tables are written as fixed-width base-64 digits inside string
// literals, so that a table of N entities is a handful of string literals rather than N
// initializers: string literals cost the compiler almost nothing to parse.
#ifndef WASMTIME_TIERS_DETAIL_ENCODING_HPP
#define WASMTIME_TIERS_DETAIL_ENCODING_HPP

#include <cstddef>
#include <string_view>

namespace wasmtime_tiers::detail {

inline constexpr std::string_view digit_alphabet =
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/";

// digit_value(c): the value of one base-64 digit. O(1), no instantiations.
constexpr std::size_t digit_value(char c) noexcept {
  if (c >= '0' && c <= '9') return static_cast<std::size_t>(c - '0');
  if (c >= 'A' && c <= 'Z') return static_cast<std::size_t>(c - 'A') + 10;
  if (c >= 'a' && c <= 'z') return static_cast<std::size_t>(c - 'a') + 36;
  return c == '+' ? 62 : 63;
}

// decode(s, index, width): the index-th number of a string of width-digit numbers.
constexpr std::size_t decode(std::string_view s, std::size_t index, std::size_t width) noexcept {
  std::size_t value = 0;
  for (std::size_t i = 0; i < width; ++i) value = value * 64 + digit_value(s[index * width + i]);
  return value;
}

// count(s, width): how many width-digit numbers s holds.
constexpr std::size_t count(std::string_view s, std::size_t width) noexcept {
  return s.size() / width;
}

} // namespace wasmtime_tiers::detail

#endif
