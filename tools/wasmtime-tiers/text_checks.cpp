#include "text_checks.hpp"

#include "tiers_document.hpp"

#include <cctype>

namespace wasmtime_tiers::tool {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

void check_plain_text(const std::string& file, std::string_view text) {
  bool blank = true;
  for (char c : text)
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
      blank = false;
      break;
    }
  if (blank) throw input_error(file, 1, "the document is empty; expected a Markdown text");

  int line = 1;
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      ++i;
      continue;
    }
    if (c == '\r')
      throw input_error(file, line,
                        "CRLF line ending; the upstream text uses LF (check git's core.autocrlf "
                        "or convert the file with dos2unix)");
    std::size_t len = c < 0x80           ? 1
                      : (c >> 5) == 0x6  ? 2
                      : (c >> 4) == 0xE  ? 3
                      : (c >> 3) == 0x1E ? 4
                                         : 0;
    bool ok = len != 0 && i + len <= text.size();
    for (std::size_t k = 1; ok && k < len; ++k)
      ok = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    if (ok && len == 2) ok = c >= 0xC2;
    if (ok && len == 3) {
      auto c1 = static_cast<unsigned char>(text[i + 1]);
      ok = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0);
    }
    if (ok && len == 4) {
      auto c1 = static_cast<unsigned char>(text[i + 1]);
      ok = !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 >= 0x90) && c <= 0xF4;
    }
    if (!ok)
      throw input_error(file, line,
                        "invalid UTF-8 (byte 0x" + std::string(1, "0123456789abcdef"[c >> 4]) +
                            std::string(1, "0123456789abcdef"[c & 15]) +
                            "); expected a UTF-8 text");
    i += len;
  }
}

} // namespace wasmtime_tiers::tool
