// wasmtime-tiers tool: the blocks of a Markdown document that the tier documents are read from,
// parsed by md4c (CommonMark with GitHub tables), with the line each block starts on.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace wasmtime_tiers::tool {

// The text of a heading, a table cell or a list item with Markdown markup removed: code spans
// kept as their text; link brackets, link targets, footnote markers ([^1]), emphasis and
// backslash escapes dropped; runs of white space made one space, and the ends trimmed.
struct inline_text {
  std::string text;
  std::vector<std::string> link_targets;
  std::vector<std::string> footnotes; // labels of the footnote markers dropped from the text
  int line = 0;
};

struct heading {
  int level = 0;
  inline_text title;
};

struct table {
  int line = 0;
  std::vector<inline_text> header;
  std::vector<std::vector<inline_text>> rows;
  std::vector<int> row_lines;
};

struct list_item {
  int depth = 0; // 1 for an item of a top-level list
  inline_text content;
};

struct block {
  enum class kind { heading, table, list_item } what;
  heading h;
  table t;
  list_item li;
  int line() const {
    switch (what) {
    case kind::heading: return h.title.line;
    case kind::table: return t.line;
    default: return li.content.line;
    }
  }
};

// The blocks in document order; paragraphs and code blocks are left out. Throws std::runtime_error
// when md4c fails (it fails only when out of memory).
std::vector<block> parse_markdown(std::string_view document);

// line_of(document, offset): the 1-based line number of a byte offset.
int line_of(std::string_view document, std::size_t offset);

} // namespace wasmtime_tiers::tool
