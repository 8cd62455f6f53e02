// wasmtime-tiers internals: the packed encoding of the generated tables.
//
// Numbers in the generated tables are written as fixed-width base-64 digits inside string
// literals, so that a table of N entities is a handful of string literals rather than N
// initializers: string literals cost the compiler almost nothing to parse.
//
// Parsing is cheap; measuring is not. A std::string_view made from a string literal in a constant
// expression counts the characters one by one in the compiler's constant evaluator (libstdc++'s
// char_traits::length under is_constant_evaluated), some 25,000 instructions per character with
// GCC 12 and Clang 14: the packed tables would cost more than the rest of the library together.
// The strings of a generated table are therefore `packed` {data, size} aggregates whose sizes the
// generator writes (no constructor runs), and the few other strings `literal`s, measured by
// __builtin_strlen, which both compilers fold at once. (Neither a constructor template on the
// array's bound, which is instantiated once per distinct length, nor std::string_view{"...", 6},
// whose int length makes overload resolution check the concepts of the iterator-pair
// constructor, is as cheap; see benchmarks/compile_time.)
#ifndef WASMTIME_TIERS_DETAIL_ENCODING_HPP
#define WASMTIME_TIERS_DETAIL_ENCODING_HPP

// std::size_t: every standard library's <string_view> declares it (std::string_view::size_type),
// and the headers a translation unit includes through <wasmtime_tiers.hpp> take it from there:
// <cstddef> would cost each such translation unit 4 M (GCC) to 8 M (Clang) instructions more.
#include <string_view>

#include <wasmtime_tiers/detail/defer.hpp>

namespace wasmtime_tiers::detail {

// count_chars(s): the length of a NUL-terminated string that is not a string literal.
constexpr std::size_t count_chars(const char* s) noexcept {
  if (!__builtin_is_constant_evaluated()) return __builtin_strlen(s);
  std::size_t n = 0;
  while (s[n] != '\0') ++n;
  return n;
}

// literal: a std::string_view made from a NUL-terminated string, equal to std::string_view(s),
// that measures a string literal without counting its characters in the constant evaluator: both
// compilers fold __builtin_strlen of a literal at once (and GCC of nothing else, hence the test).
struct literal : std::string_view {
  constexpr literal() noexcept = default;
  constexpr literal(const char* text) noexcept
      : std::string_view(text, __builtin_constant_p(__builtin_strlen(text)) ? __builtin_strlen(text)
                                                                            : count_chars(text)) {}
};

// packed: a string of a generated table, an aggregate {data, size} whose size the generator writes.
// Initializing it runs no constructor in the constant evaluator, where each `literal` member of a
// table costs one constructor call (hundreds of them over the release and proposals tables).
struct packed {
  const char* chars = "";
  std::size_t length = 0;

  constexpr std::string_view view() const noexcept { return {chars, length}; }
  constexpr operator std::string_view() const noexcept { return view(); }
  constexpr const char* data() const noexcept { return chars; }
  constexpr std::size_t size() const noexcept { return length; }
  constexpr bool empty() const noexcept { return length == 0; }
  constexpr char operator[](std::size_t i) const noexcept { return chars[i]; }
  constexpr const char* begin() const noexcept { return chars; }
  constexpr const char* end() const noexcept { return chars + length; }
  friend constexpr bool operator==(packed a, std::string_view b) noexcept { return a.view() == b; }
};

inline constexpr literal digit_alphabet =
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/";

// The packed layout below is the one definition that the generator (`wasmtime-tiers gen`, which
// writes the tables) and the readers of the generated headers share.

// digit_base: every number of a table is written in base 64, one character of digit_alphabet a
// digit, most significant first, in a fixed width per table.
inline constexpr std::size_t digit_base = 64;

// width_for(max_value): how many digits a number up to max_value takes (at least one).
WASMTIME_TIERS_DETAIL_DEFER
constexpr std::size_t width_for(std::size_t max_value) noexcept {
  std::size_t width = 1;
  for (; max_value >= digit_base; max_value /= digit_base) ++width;
  return width;
}

// encode_to(out, value, width): writes value as width digits from out; false (out left partly
// written) where it needs more digits.
WASMTIME_TIERS_DETAIL_DEFER
constexpr bool encode_to(char* out, std::size_t value, std::size_t width) noexcept {
  for (std::size_t i = width; i-- > 0; value /= digit_base)
    out[i] = digit_alphabet[value % digit_base];
  return value == 0;
}

// A release map (gen::release_texts, gen::proposals_release_texts) has one digit a Wasmtime major
// from 0: the index of the text that major shipped, or no_text. At most max_texts texts.
inline constexpr char no_text = '-';
inline constexpr std::size_t max_texts = digit_base;

// A compiler support cell (text_table::support) is support_cell_width characters an entity id:
// its status (support_yes, support_wip, support_no) and its footnote label; absent_code where the
// table has no such cell or the cell no footnote. A cell string ends after its last listed cell:
// ids past its end are not in the table.
inline constexpr std::size_t support_cell_width = 2;
inline constexpr char support_yes = 'y';
inline constexpr char support_wip = 'w';
inline constexpr char support_no = 'n';
inline constexpr char absent_code = '.';

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
constexpr std::size_t decode(const char* s, std::size_t index, std::size_t width) noexcept {
  std::size_t value = 0;
  for (std::size_t i = 0; i < width; ++i) value = value * 64 + digit_value(s[index * width + i]);
  return value;
}

// count(s, width): how many width-digit numbers s holds.
WASMTIME_TIERS_DETAIL_DEFER
constexpr std::size_t count(std::string_view s, std::size_t width) noexcept {
  return s.size() / width;
}

} // namespace wasmtime_tiers::detail

#endif
