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

// std::size_t: from <string_view>, which every standard library's declares it with
// (std::string_view::size_type) and the names are made of (detail/names.hpp); <cstddef> would
// cost such a translation unit 5 M (GCC) to 8 M (Clang) instructions more. But not while
// <wasmtime_tiers/wasmtime.hpp> includes the library: <string_view> is most of the cost of a
// translation unit that includes only that header and Wasmtime's C header (doc/compile_time.md).
// The strings the library reads are therefore `packed` views of its own.
#if defined(WASMTIME_TIERS_DETAIL_WITHOUT_NAMES)
#include <cstddef>
#else
#include <string_view>
#endif

#include <wasmtime_tiers/detail/defer.hpp>

namespace wasmtime_tiers::detail {

// count_chars(s): the length of a NUL-terminated string that is not a string literal.
constexpr std::size_t count_chars(const char* s) noexcept {
  if (!__builtin_is_constant_evaluated()) return __builtin_strlen(s);
  std::size_t n = 0;
  while (s[n] != '\0') ++n;
  return n;
}

// string_view_like<V>: std::string_view, std::string and the like, which a `packed` converts to
// and compares with, named without including their headers.
template <class V>
concept string_view_like = __is_class(V) && requires(const V& v, const char* p, std::size_t n) {
  V(p, n);
  v.data();
  v.size();
  typename V::traits_type;
};

struct literal;
template <class T>
struct same {
  using type = T;
};

// packed: a string of the library, an aggregate {data, size}: the strings of a generated table,
// whose sizes the generator writes (initializing one runs no constructor in the constant
// evaluator, where each `literal` member of a table would cost a constructor call), with the
// members of std::string_view the library reads. It converts to std::string_view, compares with
// one and prints as one wherever <string_view> is included.
struct packed {
  const char* chars = "";
  std::size_t length = 0;

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  constexpr const char* data() const noexcept { return chars; }
  constexpr std::size_t size() const noexcept { return length; }
  constexpr bool empty() const noexcept { return length == 0; }
  constexpr char operator[](std::size_t i) const noexcept { return chars[i]; }
  constexpr const char* begin() const noexcept { return chars; }
  constexpr const char* end() const noexcept { return chars + length; }
  constexpr packed view() const noexcept { return *this; }
  WASMTIME_TIERS_DETAIL_DEFER
  constexpr packed substr(std::size_t at, std::size_t n = npos) const noexcept {
    return {chars + at, n < length - at ? n : length - at};
  }
  WASMTIME_TIERS_DETAIL_DEFER
  constexpr std::size_t find(char c, std::size_t from = 0) const noexcept {
    for (std::size_t i = from; i < length; ++i)
      if (chars[i] == c) return i;
    return npos;
  }
  // (Templates, whose parameter is a `literal` all the same, so that literal, declared below, is
  // complete where they are instantiated.)
  template <class L = literal>
  constexpr std::size_t find(const typename same<L>::type& s, std::size_t from = 0) const noexcept {
    for (std::size_t i = from; i + s.length <= length; ++i)
      if (substr(i, s.length) == s) return i;
    return npos;
  }
  template <class L = literal>
  constexpr bool starts_with(const typename same<L>::type& s) const noexcept {
    return s.length <= length && substr(0, s.length) == s;
  }

  template <string_view_like V>
  constexpr operator V() const noexcept {
    return V(chars, length);
  }

  WASMTIME_TIERS_DETAIL_DEFER
  friend constexpr bool operator==(const packed& a, const packed& b) noexcept {
    if (a.length != b.length) return false;
    for (std::size_t i = 0; i < a.length; ++i)
      if (a.chars[i] != b.chars[i]) return false;
    return true;
  }
  template <class Stream>
    requires requires(Stream& os, const char* p, std::ptrdiff_t n) { os.write(p, n); }
  friend Stream& operator<<(Stream& os, packed p) {
    os.write(p.chars, static_cast<std::ptrdiff_t>(p.length));
    return os;
  }
};

// literal: a `packed` made from a NUL-terminated string, that measures a string literal without
// counting its characters in the constant evaluator: both compilers fold __builtin_strlen of a
// literal at once (and GCC of nothing else, hence the test). Made from a std::string_view too, so
// that what takes a literal takes either.
struct literal : packed {
  constexpr literal() noexcept = default;
  constexpr literal(packed p) noexcept : packed(p) {}
  constexpr literal(const char* text) noexcept
      : packed{text, __builtin_constant_p(__builtin_strlen(text)) ? __builtin_strlen(text)
                                                                  : count_chars(text)} {}
  template <string_view_like V>
  constexpr literal(const V& v) noexcept : packed{v.data(), v.size()} {}
};

// packed_string<P>: a packed or a literal.
template <class P>
concept packed_string = __is_base_of(packed, P);

// A packed (or literal) compares with a std::string_view and a NUL-terminated string too.
template <packed_string P, string_view_like V>
constexpr bool operator==(const P& a, const V& b) noexcept {
  return a == packed{b.data(), b.size()};
}
template <packed_string P>
constexpr bool operator==(const P& a, const char* b) noexcept {
  return a == literal(b);
}

// The names the library hands out (name_of, to_string, description, ...) are std::string_views,
// made by names_for<T>::name(p) from the library's own strings. <wasmtime_tiers/wasmtime.hpp>
// declares them without <string_view>: its translation units get the hook below, whose one error
// names the header to include. detail/names.hpp defines the hook that answers (see there for who
// includes it). T is a type of the query (defaulted where there is none), so that the hook is
// looked up where the query is used, not where it is declared.
struct names_tag {};
template <class T>
struct names_tag_of {
  using type = names_tag;
};
template <class Tag>
struct names_hook {
  static constexpr void needs_header() noexcept {
    static_assert(
        sizeof(Tag) == 0,
        "wasmtime_tiers: the names of entities, tiers and categories (name_of, to_string, "
        "description, a verdict's name(), ...) are std::string_views, which "
        "<wasmtime_tiers/wasmtime.hpp> does not declare (it includes no <string_view>): "
        "#include <wasmtime_tiers.hpp>");
  }
  static constexpr packed name(packed p) noexcept { return needs_header(), p; }
};
template <class T>
using names_for = names_hook<typename names_tag_of<T>::type>;

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
WASMTIME_TIERS_DETAIL_DEFER
constexpr std::size_t decode(packed s, std::size_t index, std::size_t width) noexcept {
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
constexpr std::size_t count(packed s, std::size_t width) noexcept { return s.size() / width; }

} // namespace wasmtime_tiers::detail

#endif
