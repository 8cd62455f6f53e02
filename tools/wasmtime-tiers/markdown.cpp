#include "markdown.hpp"

#include <md4c.h>

#include <algorithm>
#include <stdexcept>

namespace wasmtime_tiers::tool {
namespace {

struct piece {
  std::string text;
  bool code;
};

// Collects the text of the innermost heading, cell or list item being read.
struct collector {
  std::vector<piece> pieces;
  std::vector<std::string> links;
  int line = 0;
};

std::string clean(const std::vector<piece>& pieces, std::vector<std::string>& footnotes) {
  std::string out;
  for (const auto& p : pieces) {
    if (p.code) {
      out += p.text;
      continue;
    }
    const std::string& s = p.text;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '[' && i + 1 < s.size() && s[i + 1] == '^') { // footnote marker [^label]
        std::size_t close = s.find(']', i);
        if (close != std::string::npos) {
          footnotes.push_back(s.substr(i + 2, close - i - 2));
          i = close;
          continue;
        }
      }
      if (s[i] == '[' || s[i] == ']') continue; // link brackets, resolved or not
      out += s[i];
    }
  }
  // Collapse white space.
  std::string collapsed;
  bool space = false;
  for (char c : out) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !collapsed.empty()) collapsed += ' ';
    space = false;
    collapsed += c;
  }
  return collapsed;
}

struct reader {
  std::string_view doc;
  std::vector<int> line_starts;
  std::vector<block> blocks;
  std::vector<collector> stack; // active text collectors
  int list_depth = 0;
  int li_collect_depth = -1; // stack size of the list item collector, while inside one
  bool in_table = false;
  table current;
  std::vector<inline_text> row;
  bool in_head = false;
  int pending_heading_level = 0;
  // md4c reports paragraphs inside list items; nested lists end the top-level item's text.
  int nested_list_guard = 0;

  std::size_t text_end = 0; // the end of the last text read from the document
  bool text_seen = false;

  // The line of a heading, table row or list item without any text (md4c reports places only
  // through text): the first non-blank line after the last text read, else that text's line.
  int line_without_text() const {
    std::size_t start = 0;
    if (text_seen) {
      start = doc.find('\n', text_end);
      if (start != std::string_view::npos) ++start;
    }
    while (start != std::string_view::npos && start < doc.size()) {
      const std::size_t end = doc.find('\n', start);
      const std::string_view line =
          doc.substr(start, end == std::string_view::npos ? end : end - start);
      if (line.find_first_not_of(" \t") != std::string_view::npos) return line_of_offset(start);
      start = end == std::string_view::npos ? end : end + 1;
    }
    return line_of_offset(text_seen && text_end > 0 ? text_end - 1 : 0);
  }

  int line_at(const char* p) const {
    if (p < doc.data() || p > doc.data() + doc.size()) return 0;
    auto off = static_cast<std::size_t>(p - doc.data());
    return line_of_offset(off);
  }
  int line_of_offset(std::size_t off) const {
    auto it = std::upper_bound(line_starts.begin(), line_starts.end(), static_cast<int>(off));
    return static_cast<int>(it - line_starts.begin());
  }

  inline_text finish(collector&& c) {
    inline_text t;
    t.text = clean(c.pieces, t.footnotes);
    t.link_targets = std::move(c.links);
    t.line = c.line;
    return t;
  }

  int enter(MD_BLOCKTYPE type, void* detail) {
    switch (type) {
    case MD_BLOCK_H:
      pending_heading_level = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
      stack.emplace_back();
      break;
    case MD_BLOCK_TABLE:
      in_table = true;
      current = table{};
      break;
    case MD_BLOCK_THEAD: in_head = true; break;
    case MD_BLOCK_TBODY: in_head = false; break;
    case MD_BLOCK_TR: row.clear(); break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD: stack.emplace_back(); break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL: ++list_depth; break;
    case MD_BLOCK_LI:
      stack.emplace_back();
      stack.back().line = -list_depth; // marks a list item collector; line set on first text
      break;
    default: break;
    }
    return 0;
  }

  int leave(MD_BLOCKTYPE type, void*) {
    switch (type) {
    case MD_BLOCK_H: {
      block b{block::kind::heading, {}, {}, {}};
      b.h.level = pending_heading_level;
      b.h.title = finish(std::move(stack.back()));
      if (b.h.title.line <= 0) b.h.title.line = line_without_text();
      stack.pop_back();
      blocks.push_back(std::move(b));
      break;
    }
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
      row.push_back(finish(std::move(stack.back())));
      stack.pop_back();
      break;
    case MD_BLOCK_TR: {
      int line = 0;
      for (const auto& c : row)
        if (c.line > 0) {
          line = c.line;
          break;
        }
      if (line == 0) line = line_without_text();
      if (in_head) {
        current.header = row;
        current.line = line;
      } else {
        current.rows.push_back(row);
        current.row_lines.push_back(line);
      }
      break;
    }
    case MD_BLOCK_TABLE: {
      in_table = false;
      block b{block::kind::table, {}, std::move(current), {}};
      blocks.push_back(std::move(b));
      break;
    }
    case MD_BLOCK_UL:
    case MD_BLOCK_OL: --list_depth; break;
    case MD_BLOCK_LI: {
      collector c = std::move(stack.back());
      stack.pop_back();
      block b{block::kind::list_item, {}, {}, {}};
      b.li.depth = list_depth;
      if (c.line <= 0) c.line = line_without_text();
      b.li.content = finish(std::move(c));
      blocks.push_back(std::move(b));
      break;
    }
    default: break;
    }
    return 0;
  }

  int span_enter(MD_SPANTYPE type, void* detail) {
    if (type == MD_SPAN_A && !stack.empty()) {
      auto* a = static_cast<MD_SPAN_A_DETAIL*>(detail);
      stack.back().links.emplace_back(a->href.text, a->href.size);
    }
    return 0;
  }

  int text(MD_TEXTTYPE type, const MD_CHAR* p, MD_SIZE size) {
    if (p >= doc.data() && p + size <= doc.data() + doc.size()) {
      text_end = std::max(text_end, static_cast<std::size_t>(p - doc.data()) + size);
      text_seen = true;
    }
    if (stack.empty()) return 0;
    collector& c = stack.back();
    // A list item's text is that of its own paragraphs; a nested list's items are their own
    // blocks, so text reaches the innermost collector only.
    if (c.line <= 0) c.line = line_at(p);
    switch (type) {
    case MD_TEXT_CODE: c.pieces.push_back({std::string(p, size), true}); break;
    case MD_TEXT_SOFTBR:
    case MD_TEXT_BR: c.pieces.push_back({" ", false}); break;
    case MD_TEXT_NULLCHAR: c.pieces.push_back({"\xEF\xBF\xBD", false}); break;
    case MD_TEXT_ENTITY: {
      std::string_view e(p, size);
      std::string v = e == "&amp;"    ? "&"
                      : e == "&lt;"   ? "<"
                      : e == "&gt;"   ? ">"
                      : e == "&quot;" ? "\""
                      : e == "&nbsp;" ? " "
                                      : std::string(e);
      c.pieces.push_back({v, false});
      break;
    }
    default: c.pieces.push_back({std::string(p, size), false}); break;
    }
    // Adjacent plain texts form one piece, so that a footnote marker md4c reports in parts
    // ("[", "^4", "]") is still seen whole.
    if (c.pieces.size() >= 2 && !c.pieces.back().code && !c.pieces[c.pieces.size() - 2].code) {
      c.pieces[c.pieces.size() - 2].text += c.pieces.back().text;
      c.pieces.pop_back();
    }
    return 0;
  }
};

} // namespace

int line_of(std::string_view document, std::size_t offset) {
  int line = 1;
  for (std::size_t i = 0; i < offset && i < document.size(); ++i)
    if (document[i] == '\n') ++line;
  return line;
}

std::vector<block> parse_markdown(std::string_view text) {
  // md4c 0.4.8 (Debian 12's) can read past the end of the text it is given (found by the fuzz
  // target; valgrind shows the read just past the buffer): it reads a copy followed by zero bytes.
  constexpr std::size_t md4c_padding = 16;
  std::string padded;
  padded.reserve(text.size() + md4c_padding);
  padded.append(text);
  padded.append(md4c_padding, '\0');
  const std::string_view document(padded.data(), text.size());

  reader r;
  r.doc = document;
  r.line_starts.push_back(0);
  for (std::size_t i = 0; i < document.size(); ++i)
    if (document[i] == '\n') r.line_starts.push_back(static_cast<int>(i + 1));

  MD_PARSER parser{};
  parser.abi_version = 0;
  parser.flags = MD_FLAG_TABLES | MD_FLAG_NOHTML;
  parser.enter_block = [](MD_BLOCKTYPE t, void* d, void* u) {
    return static_cast<reader*>(u)->enter(t, d);
  };
  parser.leave_block = [](MD_BLOCKTYPE t, void* d, void* u) {
    return static_cast<reader*>(u)->leave(t, d);
  };
  parser.enter_span = [](MD_SPANTYPE t, void* d, void* u) {
    return static_cast<reader*>(u)->span_enter(t, d);
  };
  parser.leave_span = [](MD_SPANTYPE, void*, void*) { return 0; };
  parser.text = [](MD_TEXTTYPE t, const MD_CHAR* p, MD_SIZE n, void* u) {
    return static_cast<reader*>(u)->text(t, p, n);
  };
  if (md_parse(document.data(), static_cast<MD_SIZE>(document.size()), &parser, &r) != 0)
    throw std::runtime_error("the Markdown parser md4c failed (out of memory?)");
  return std::move(r.blocks);
}

} // namespace wasmtime_tiers::tool
