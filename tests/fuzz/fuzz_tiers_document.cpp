// libFuzzer target: the tiers-document parser on arbitrary bytes. A malformed document must end in
// input_error naming the file, a line of the input and what was expected; any other exception,
// a crash, a sanitizer report or a broken invariant below is a bug.
#include "tiers_document.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

constexpr const char* file_name = "fuzz.md";

[[noreturn]] void invariant_broken(const char* what, std::string_view detail) {
  std::fprintf(stderr, "invariant broken: %s: %.*s\n", what, static_cast<int>(detail.size()),
               detail.data());
  std::abort();
}

// The highest line number an error may name: the line after the last '\n' is where errors about
// the end of the text ("is it truncated?") point.
int last_line_number(std::string_view text) {
  return static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const int lines = last_line_number(text);
  try {
    const auto doc = wasmtime_tiers::tool::parse_tiers_document(file_name, text);
    if (doc.file != file_name) invariant_broken("document names another file", doc.file);
    for (const auto& row : doc.rows)
      if (row.line < 1 || row.line > lines) invariant_broken("row outside the text", row.name);
    for (const auto& table : doc.support) {
      if (table.line < 1 || table.line > lines) invariant_broken("support table outside the text", "");
      for (const auto& row : table.rows)
        if (row.line < 1 || row.line > lines) invariant_broken("support row outside the text", row.feature);
    }
  } catch (const wasmtime_tiers::tool::input_error& e) {
    const std::string where = std::string(file_name) + ":" + std::to_string(e.line) + ": ";
    if (e.file != file_name) invariant_broken("error names another file", e.what());
    if (e.line < 1 || e.line > lines) invariant_broken("error line outside the text", e.what());
    if (e.reason.empty()) invariant_broken("error without a reason", e.what());
    if (std::string_view(e.what()).substr(0, where.size()) != where)
      invariant_broken("error text does not start with FILE:LINE: ", e.what());
  }
  return 0;
}
