// wasmtime-tiers internals: a fixed-capacity string built at compile time (diagnostic messages,
// C++ identifiers), usable at run time too, and the C++ keywords an identifier must avoid.
#ifndef WASMTIME_TIERS_DETAIL_TEXT_HPP
#define WASMTIME_TIERS_DETAIL_TEXT_HPP

#include <string_view> // std::size_t too (see encoding.hpp)

#include <wasmtime_tiers/detail/defer.hpp>
#include <wasmtime_tiers/detail/names.hpp>
#include <wasmtime_tiers/detail/encoding.hpp>

namespace wasmtime_tiers::detail {

// text<N>: up to N - 1 characters and a NUL; longer text is cut, and cut() says so (tests hold
// every message of the tables whole). size()/data() make it a computed static_assert message where
// the compiler supports those (C++26, P2741).
template <std::size_t N>
struct text {
  char buffer[N]{};
  std::size_t length = 0;
  bool was_cut = false;

  constexpr text& operator+=(std::string_view s) noexcept {
    for (char c : s) *this += c;
    return *this;
  }
  constexpr text& operator+=(char c) noexcept {
    if (length + 1 < N)
      buffer[length++] = c;
    else
      was_cut = true;
    buffer[length] = '\0';
    return *this;
  }
  constexpr bool cut() const noexcept { return was_cut; }
  constexpr text& append_number(unsigned long long v) noexcept {
    char digits[24]{};
    std::size_t n = 0;
    do {
      digits[n++] = static_cast<char>('0' + v % 10);
      v /= 10;
    } while (v != 0);
    while (n > 0) *this += digits[--n];
    return *this;
  }
  constexpr std::size_t size() const noexcept { return length; }
  constexpr const char* data() const noexcept { return buffer; }
  constexpr std::string_view view() const noexcept { return {buffer, length}; }
};

// Every C++ keyword, each between spaces, then "host" (target::host names the compile target):
// one string literal, which costs nothing to declare (an array of string_views would be measured
// one by one; see encoding.hpp).
inline constexpr literal cpp_keywords =
    " alignas alignof and and_eq asm auto bitand bitor bool break case catch char char8_t "
    "char16_t char32_t class compl concept const consteval constexpr constinit const_cast "
    "continue co_await co_return co_yield decltype default delete do double dynamic_cast "
    "else enum explicit export extern false float for friend goto if inline int long mutable "
    "namespace new noexcept not not_eq nullptr operator or or_eq private protected public "
    "register reinterpret_cast requires return short signed sizeof static static_assert "
    "static_cast struct switch template this thread_local throw true try typedef typeid "
    "typename union unsigned using virtual void volatile wchar_t while xor xor_eq "
    "host ";

// is_cpp_keyword(id): id, a non-empty identifier, is one of cpp_keywords.
WASMTIME_TIERS_DETAIL_DEFER
constexpr bool is_cpp_keyword(std::string_view id) noexcept {
  for (std::size_t at = cpp_keywords.find(id); at != std::string_view::npos;
       at = cpp_keywords.find(id, at + 1))
    if (cpp_keywords[at - 1] == ' ' && cpp_keywords[at + id.size()] == ' ') return true;
  return false;
}

} // namespace wasmtime_tiers::detail

#endif
