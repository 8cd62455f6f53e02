// libFuzzer target: the tiers-document parser on arbitrary bytes. A malformed document must end in
// input_error naming the file, a line of the input and what was expected; any other exception,
// a crash (a read past the input included), a sanitizer report or a broken invariant below is a
// bug.
#include "tiers_document.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

namespace {

constexpr const char* file_name = "fuzz.md";

[[noreturn]] void invariant_broken(const char* what, std::string_view detail) {
  std::fprintf(stderr, "invariant broken: %s: %.*s\n", what, static_cast<int>(detail.size()),
               detail.data());
  std::abort();
}

// The input, placed so that it ends where an unreadable page begins: a read past its end crashes
// at once, also in md4c, which is not built with the sanitizers.
class guarded_copy {
public:
  explicit guarded_copy(std::string_view data) {
    const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    pages_ = (data.size() + page - 1) / page * page;
    size_ = pages_ + page;
    void* p = mmap(nullptr, size_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) invariant_broken("mmap failed", "");
    base_ = static_cast<char*>(p);
    if (mprotect(base_ + pages_, page, PROT_NONE) != 0) invariant_broken("mprotect failed", "");
    char* start = base_ + pages_ - data.size();
    if (!data.empty()) std::memcpy(start, data.data(), data.size());
    text_ = std::string_view(start, data.size());
  }
  guarded_copy(const guarded_copy&) = delete;
  guarded_copy& operator=(const guarded_copy&) = delete;
  ~guarded_copy() { munmap(base_, size_); }
  std::string_view text() const { return text_; }

private:
  char* base_ = nullptr;
  std::size_t pages_ = 0, size_ = 0;
  std::string_view text_;
};

// The highest line number an error may name: the line after the last '\n' is where errors about
// the end of the text ("is it truncated?") point.
int last_line_number(std::string_view text) {
  return static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const guarded_copy input(std::string_view(reinterpret_cast<const char*>(data), size));
  const std::string_view text = input.text();
  const int lines = last_line_number(text);
  try {
    const auto doc = wasmtime_tiers::tool::parse_tiers_document(file_name, text);
    if (doc.file != file_name) invariant_broken("document names another file", doc.file);
    for (const auto& row : doc.rows)
      if (row.line < 1 || row.line > lines) invariant_broken("row outside the text", row.name);
    for (const auto& table : doc.support) {
      if (table.line < 1 || table.line > lines)
        invariant_broken("support table outside the text", "");
      for (const auto& row : table.rows)
        if (row.line < 1 || row.line > lines)
          invariant_broken("support row outside the text", row.feature);
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
