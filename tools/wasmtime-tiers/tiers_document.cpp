#include "tiers_document.hpp"

#include "markdown.hpp"
#include "text_checks.hpp"

#include <wasmtime_tiers/policy.hpp>
#include <wasmtime_tiers/explain.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <tuple>
#include <utility>

namespace wasmtime_tiers::tool {
namespace {

// The longest name and "missing" cell a text may have: every sentence of the diagnostics (the
// name twice, as written and as a tag, the cell, and at most 250 characters of its own) then fits
// explain, so that no message is ever cut. The shipped texts stay far below (the longest
// cell has 84 characters).
constexpr std::size_t longest_name = 120;
constexpr std::size_t longest_missing = 400;
static_assert(2 * longest_name + longest_missing + 250 < detail::describe_capacity);

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

// (Not named quoted: with libc++, std::quoted is visible here and ADL would pick it for strings.)
std::string in_quotes(std::string_view s) { return "'" + std::string(s) + "'"; }

// Splits a cell at commas that are outside parentheses.
std::vector<std::string> split_phrases(std::string_view cell) {
  std::vector<std::string> out;
  int depth = 0;
  std::string cur;
  for (char c : cell) {
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (c == ',' && depth == 0) {
      out.push_back(trim(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(trim(cur));
  return out;
}

std::optional<std::size_t> spelling_index(std::string_view text) {
  for (std::size_t i = 0; i < std::size(category_spellings); ++i)
    if (category_spellings[i].text == text) return i;
  return std::nullopt;
}

std::string known_spellings() {
  std::string s;
  for (const auto& sp : category_spellings) {
    if (!s.empty()) s += ", ";
    s += in_quotes(sp.text);
  }
  return s;
}

// The words of a category spelling, as category_of_new_spelling compares them.
std::vector<std::string> spelling_words(std::string_view text) {
  std::vector<std::string> words;
  std::string w;
  auto flush = [&] {
    if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') w.pop_back();
    if (w == "wasm") w = "webassembly";
    if (!w.empty()) words.push_back(w);
    w.clear();
  };
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)))
      w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    else
      flush();
  }
  flush();
  return words;
}

// The spelling at `line`, known or (with new_spellings) new: its index and category.
std::pair<std::size_t, category> spelling_of(const std::string& file, int line,
                                             const std::string& text, bool new_spellings) {
  if (auto sp = spelling_index(text)) return {*sp, category_spellings[*sp].of};
  if (new_spellings)
    if (auto c = category_of_new_spelling(text)) return {new_spelling, *c};
  std::string reason =
      "unknown category " + in_quotes(text) + "; expected one of " + known_spellings();
  if (new_spellings)
    reason +=
        ", or another spelling of one of those categories (such as 'Targets' or 'WASI proposals')";
  throw input_error(file, line, reason);
}

std::optional<std::size_t> architecture_index(std::string_view text) {
  for (std::size_t i = 0; i < std::size(architecture_names); ++i)
    if (architecture_names[i] == text) return i;
  return std::nullopt;
}

enum class section { preamble, status, details, other };
enum class context { none, tier_table, unsupported_list, compiler_support, architecture };

} // namespace

std::optional<category> category_of_new_spelling(std::string_view text) {
  const std::vector<std::string> words = spelling_words(text);
  auto has = [&](const std::string& w) {
    return std::find(words.begin(), words.end(), w) != words.end();
  };
  auto only = [](const std::vector<category>& cs) -> std::optional<category> {
    for (category c : cs)
      if (c != cs.front()) return std::nullopt;
    return cs.empty() ? std::nullopt : std::optional<category>(cs.front());
  };
  std::vector<category> by_head, by_all;
  for (const auto& sp : category_spellings) {
    const std::vector<std::string> known = spelling_words(sp.text);
    if (has(known.back())) by_head.push_back(sp.of);
    if (std::all_of(known.begin(), known.end(), has)) by_all.push_back(sp.of);
  }
  if (by_head.empty()) return std::nullopt;
  if (auto c = only(by_head)) return c;
  return only(by_all);
}

requirement_set requirements_of(const std::string& file, int line, std::string_view cell,
                                std::vector<std::string>* unnamed) {
  requirement_set set = 0;
  for (const std::string& phrase : split_phrases(cell)) {
    if (phrase.empty())
      throw input_error(file, line,
                        "empty requirement in " + in_quotes(cell) +
                            "; expected phrases separated by commas");
    std::string l = lower(phrase);
    bool found = false;
    for (const auto& p : requirement_phrases) {
      if (p.prefix ? l.rfind(p.text, 0) == 0 : l == p.text) {
        set |= bit(p.names);
        found = true;
        break;
      }
    }
    if (!found && unnamed) {
      set |= bit(requirement::unnamed);
      unnamed->push_back(phrase);
    } else if (!found) {
      throw input_error(file, line,
                        "unknown requirement phrase " + in_quotes(phrase) +
                            "; add it to requirement_phrases in "
                            "include/wasmtime_tiers/requirement.hpp if Wasmtime introduced it");
    }
  }
  return set;
}

namespace {

// The reader of one text: parse_tiers_document walks the text's blocks and hands each to the
// function of its kind; each function reads what its block says where it stands (which section,
// under which heading) and throws input_error at the block's line where the block is not what the
// text's place calls for; finish() checks that the text had every part.
class tiers_reader {
public:
  tiers_reader(std::string file, bool new_spellings)
      : file_(std::move(file)), new_spellings_(new_spellings) {
    doc_.file = file_;
  }

  void read(const block& b) {
    switch (b.what) {
    case block::kind::heading: return heading(b);
    case block::kind::table: return table_block(b.t);
    case block::kind::list_item: return list_item(b);
    default: return;
    }
  }

  tiers_document finish(int last_line) {
    if (!seen_status_)
      throw input_error(file_, last_line,
                        "no '## Current Tier Status' section; expected Wasmtime's "
                        "docs/stability-tiers.md");
    for (int t = 1; t <= 3; ++t)
      if (!seen_tier_table_[t])
        throw input_error(file_, last_line,
                          "no Tier " + std::to_string(t) +
                              " table under '## Current Tier Status'; is the text truncated?");
    if (!seen_details_)
      throw input_error(file_, last_line,
                        "the text ends before its '## Tier Details' section; is it truncated?");
    for (int t = 3; t >= 1; --t)
      if (!seen_detail_heading_[t])
        throw input_error(file_, last_line,
                          "'## Tier Details' has no '#### Tier " + std::to_string(t) +
                              " - ...' definition; is the text truncated?");
    return std::move(doc_);
  }

private:
  std::string file_;
  bool new_spellings_;
  tiers_document doc_;
  section sec_ = section::preamble;
  context ctx_ = context::none;
  tier current_tier_ = tier::unlisted;
  std::size_t current_arch_ = 0;
  bool seen_status_ = false, seen_details_ = false;
  bool seen_tier_table_[4] = {false, false, false, false};
  bool seen_detail_heading_[4] = {false, false, false, false};
  std::map<std::pair<int, std::string>, int> seen_rows_; // (category, name) -> line

  void add_row(tier_row row) {
    auto key = std::make_pair(static_cast<int>(row.category), row.name);
    auto [it, inserted] = seen_rows_.emplace(key, row.line);
    if (!inserted)
      throw input_error(file_, row.line,
                        "duplicate row " + in_quotes(row.name) + " (" +
                            std::string(to_string(row.category)) + "), first at line " +
                            std::to_string(it->second));
    doc_.rows.push_back(std::move(row));
  }

  // A heading: `##` opens a section; under 'Current Tier Status', `####` a tier table, the
  // unsupported list or the compiler support, and `#####` an architecture of that; under 'Tier
  // Details', `####` a tier's definition.
  void heading(const block& b) {
    const std::string& title = b.h.title.text;
    if (b.h.level <= 2) {
      ctx_ = context::none;
      if (b.h.level == 2 && title == "Current Tier Status") {
        sec_ = section::status;
        seen_status_ = true;
      } else if (b.h.level == 2 && title == "Tier Details") {
        sec_ = section::details;
        seen_details_ = true;
      } else if (b.h.level == 2) {
        sec_ = section::other;
      }
      return;
    }
    if (sec_ == section::details && b.h.level == 4) {
      for (int t = 1; t <= 3; ++t)
        if (title.rfind("Tier " + std::to_string(t) + " ", 0) == 0) seen_detail_heading_[t] = true;
      return;
    }
    if (sec_ != section::status) return;
    if (b.h.level == 4) return status_heading(title, b.line());
    if (b.h.level == 5 && (ctx_ == context::compiler_support || ctx_ == context::architecture)) {
      auto arch = architecture_index(title);
      if (!arch)
        throw input_error(file_, b.line(),
                          "unknown architecture " + in_quotes(title) +
                              " in 'Compiler Support'; expected x86_64, aarch64, s390x, "
                              "riscv64 or Pulley");
      ctx_ = context::architecture;
      current_arch_ = *arch;
    }
  }

  void status_heading(const std::string& title, int line) {
    if (title == "Tier 1" || title == "Tier 2" || title == "Tier 3") {
      ctx_ = context::tier_table;
      current_tier_ = detail::tier_from_code(title.back());
    } else if (title == "Unsupported features and platforms") {
      ctx_ = context::unsupported_list;
    } else if (title == "Compiler Support") {
      ctx_ = context::compiler_support;
    } else if (title.rfind("Tier", 0) == 0) {
      throw input_error(file_, line,
                        "unknown tier heading " + in_quotes(title) +
                            "; expected 'Tier 1', 'Tier 2' or 'Tier 3'");
    } else {
      throw input_error(file_, line,
                        "unknown heading " + in_quotes(title) +
                            " under 'Current Tier Status'; expected 'Tier 1', 'Tier 2', "
                            "'Tier 3', 'Unsupported features and platforms' or 'Compiler "
                            "Support'");
    }
  }

  void table_block(const table& t) {
    if (sec_ != section::status) return;
    if (ctx_ == context::tier_table) return tier_table(t);
    if (ctx_ == context::architecture) return support_table_of(t);
    throw input_error(file_, t.line,
                      ctx_ == context::compiler_support
                          ? std::string("table under 'Compiler Support' before any "
                                        "architecture heading; expected '##### x86_64' or like")
                          : std::string("table outside any tier heading; expected it under "
                                        "'#### Tier 1', '#### Tier 2' or '#### Tier 3'"));
  }

  // A tier table: 'Category | Description[ | Missing Tier N Requirements]', one row an entity.
  void tier_table(const table& t) {
    const int n = static_cast<int>(current_tier_);
    std::vector<std::string> want = {"Category", "Description"};
    if (n > 1) want.push_back("Missing Tier " + std::to_string(n - 1) + " Requirements");
    std::vector<std::string> got;
    for (const auto& h : t.header) got.push_back(h.text);
    if (got != want) {
      std::string w;
      for (const auto& s : want) w += (w.empty() ? "" : " | ") + s;
      std::string g;
      for (const auto& s : got) g += (g.empty() ? "" : " | ") + s;
      throw input_error(file_, t.line,
                        "the Tier " + std::to_string(n) + " table has columns " + in_quotes(g) +
                            "; expected " + in_quotes(w));
    }
    seen_tier_table_[n] = true;
    for (std::size_t r = 0; r < t.rows.size(); ++r)
      tier_table_row(t.rows[r], t.row_lines[r] ? t.row_lines[r] : t.line, want);
  }

  void tier_table_row(const std::vector<inline_text>& cells, int line,
                      const std::vector<std::string>& want) {
    const int n = static_cast<int>(current_tier_);
    if (cells.size() != want.size())
      throw input_error(file_, line,
                        "row has " + std::to_string(cells.size()) + " cells; expected " +
                            std::to_string(want.size()));
    for (std::size_t c = 0; c < cells.size(); ++c)
      if (cells[c].text.empty())
        throw input_error(file_, line,
                          "empty " + in_quotes(want[c]) + " cell; expected " +
                              (c == 0   ? std::string("a category")
                               : c == 1 ? std::string("the name of a target or feature")
                                        : std::string("the missing requirements")));
    tier_row row;
    row.category_text = cells[0].text;
    std::tie(row.spelling, row.category) =
        spelling_of(file_, line, row.category_text, new_spellings_);
    row.name = cells[1].text;
    row.tier = current_tier_;
    row.line = line;
    if (row.name.size() > longest_name)
      throw input_error(file_, line,
                        "a name of " + std::to_string(row.name.size()) +
                            " characters; the diagnostics hold names of up to " +
                            std::to_string(longest_name));
    if (n > 1 && cells[2].text.size() > longest_missing)
      throw input_error(file_, line,
                        "a missing-requirements cell of " + std::to_string(cells[2].text.size()) +
                            " characters; the diagnostics hold cells of up to " +
                            std::to_string(longest_missing));
    if (n > 1) {
      row.missing = cells[2].text;
      std::vector<std::string> unnamed;
      row.missing_set =
          requirements_of(file_, line, row.missing, new_spellings_ ? &unnamed : nullptr);
      for (std::string& phrase : unnamed)
        doc_.unnamed_phrases.push_back({std::move(phrase), row.name, line});
    }
    add_row(std::move(row));
  }

  // A compiler support table of one architecture: 'Feature | Cranelift | Winch'.
  void support_table_of(const table& t) {
    std::vector<std::string> got;
    for (const auto& h : t.header) got.push_back(h.text);
    std::vector<std::string> expected{"Feature"};
    for (std::string_view c : compiler_names) expected.emplace_back(c);
    if (got != expected)
      throw input_error(file_, t.line,
                        "a compiler support table must have the columns 'Feature | "
                        "Cranelift | Winch'");
    support_table st;
    st.architecture = current_arch_;
    st.line = t.line;
    std::map<std::string, int> seen;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      support_row row = support_row_of(t.rows[r], t.row_lines[r] ? t.row_lines[r] : t.line);
      if (auto [it, ins] = seen.emplace(row.feature, row.line); !ins)
        throw input_error(file_, row.line,
                          "duplicate row " + in_quotes(row.feature) + ", first at line " +
                              std::to_string(it->second));
      st.rows.push_back(std::move(row));
    }
    doc_.support.push_back(std::move(st));
  }

  support_row support_row_of(const std::vector<inline_text>& cells, int line) const {
    if (cells.size() != 3 || cells[0].text.empty())
      throw input_error(file_, line, "compiler support row needs a feature and two cells");
    support_row row;
    row.feature = cells[0].text;
    row.line = line;
    for (int c = 0; c < 2; ++c) {
      const std::string& v = cells[static_cast<std::size_t>(c) + 1].text;
      if (v == "\xE2\x9C\x85")
        row.status[c] = support_status::yes; // ✅
      else if (v == "\xF0\x9F\x9A\xA7")
        row.status[c] = support_status::wip; // 🚧
      else if (v == "\xE2\x9D\x8C")
        row.status[c] = support_status::no; // ❌
      else
        throw input_error(file_, line,
                          "unknown support status " + in_quotes(v) + " for " +
                              in_quotes(row.feature) + "; expected ✅, 🚧 or ❌");
      const auto& notes = cells[static_cast<std::size_t>(c) + 1].footnotes;
      if (notes.size() > 1)
        throw input_error(file_, line, "more than one footnote in a support cell");
      if (!notes.empty()) row.note[c] = notes.front();
    }
    return row;
  }

  // An item of the unsupported list: 'Category: name', or the pointer to the proposals text.
  void list_item(const block& b) {
    if (sec_ != section::status || ctx_ != context::unsupported_list || b.li.depth != 1) return;
    const inline_text& item = b.li.content;
    auto colon = item.text.find(": ");
    if (colon == std::string::npos)
      throw input_error(file_, item.line,
                        "unsupported-list item " + in_quotes(item.text) +
                            " is not of the form 'Category: name'");
    std::string cat = item.text.substr(0, colon);
    std::string name = trim(item.text.substr(colon + 2));
    if (cat == "WebAssembly Proposals") {
      bool points =
          std::any_of(item.link_targets.begin(), item.link_targets.end(), [](const std::string& l) {
            return l.find("stability-wasm-proposals") != std::string::npos;
          });
      if (!points)
        throw input_error(file_, item.line,
                          "'WebAssembly Proposals:' item without a link to "
                          "stability-wasm-proposals.md");
      doc_.proposals_see_also = true;
      return;
    }
    const auto [spelling, cat_of] = spelling_of(file_, item.line, cat, new_spellings_);
    if (name.empty()) throw input_error(file_, item.line, "unsupported-list item without a name");
    tier_row row;
    row.category_text = cat;
    row.spelling = spelling;
    row.category = cat_of;
    row.name = name;
    row.tier = tier::unsupported;
    row.line = item.line;
    add_row(std::move(row));
  }
};

} // namespace

tiers_document parse_tiers_document(std::string file, std::string_view text, bool new_spellings) {
  check_plain_text(file, text);
  tiers_reader reader(std::move(file), new_spellings);
  for (const block& b : parse_markdown(text)) reader.read(b);
  return reader.finish(line_of(text, text.size()));
}

tiers_document read_tiers_document(const std::string& path, bool new_spellings) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw input_error(path, 0, "cannot open the file");
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_tiers_document(path, ss.str(), new_spellings);
}

} // namespace wasmtime_tiers::tool
