#include "proposals_document.hpp"

#include "markdown.hpp"
#include "text_checks.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace wasmtime_tiers::tool {
namespace {

// (Appended piece by piece: GCC 12 at -O3 warns, -Wrestrict, a false positive, about "'" + string.)
std::string in_quotes(std::string_view s) {
  std::string q = "'";
  q += s;
  q += '\'';
  return q;
}

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
  return std::string(s.substr(b, e - b));
}

// The name of column i (0 to 5: the checks, 6: "Enabled").
std::string column_name(std::size_t i) {
  return i < proposal_check_count ? std::string(to_string(static_cast<proposal_check>(i)))
                                  : std::string(enabled_column);
}

std::optional<std::size_t> column_index(std::string_view header) {
  for (std::size_t i = 0; i <= proposal_check_count; ++i)
    if (column_name(i) == header) return i;
  return std::nullopt;
}

std::string all_columns() {
  std::string s = "Proposal";
  for (std::size_t i = 0; i < proposal_check_count; ++i) s += " | " + column_name(i);
  return s;
}

std::string known_columns() {
  std::string s;
  for (std::size_t i = 0; i <= proposal_check_count; ++i) s += (i ? ", " : "") + column_name(i);
  return s;
}

std::optional<std::size_t> heading_index(std::string_view text) {
  for (std::size_t i = 0; i < std::size(proposal_section_headings); ++i)
    if (proposal_section_headings[i].text == text) return i;
  return std::nullopt;
}

std::string known_headings() {
  std::string s;
  for (const auto& h : proposal_section_headings) s += (s.empty() ? "" : ", ") + in_quotes(h.text);
  return s;
}

std::optional<check_status> status_of_symbol(std::string_view text) {
  for (const auto& s : check_symbols)
    if (s.text == text) return s.means;
  return std::nullopt;
}

// The labels of the footnote definitions ("[^label]: ..." at the start of a line, possibly
// indented by up to three spaces).
std::set<std::string> footnote_definitions(std::string_view text) {
  std::set<std::string> labels;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    std::size_t i = 0;
    while (i < 3 && i < line.size() && line[i] == ' ') ++i;
    if (line.substr(i, 2) == "[^") {
      std::size_t close = line.find("]:", i + 2);
      if (close != std::string_view::npos) labels.emplace(line.substr(i + 2, close - i - 2));
    }
    pos = end + 1;
  }
  return labels;
}

} // namespace

bool is_proposals_document(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    if (line.substr(0, 2) == "# " && trim(line.substr(2)) == "Wasm Proposals") return true;
    if (!line.empty() && line.front() == '|' && line.find("Phase 4") != std::string_view::npos)
      return true;
    pos = end + 1;
  }
  return false;
}

std::string tiers_name_of(std::string_view name) {
  for (const auto& a : proposal_aliases)
    if (a.proposals_name == name) return std::string(a.tiers_name);
  return std::string(name);
}

std::size_t alias_index_of(std::string_view name) {
  for (std::size_t i = 0; i < std::size(proposal_aliases); ++i)
    if (proposal_aliases[i].proposals_name == name) return i + 1;
  return 0;
}

std::string unknown_proposal_reason(const std::string& name) {
  return "unknown proposal " + in_quotes(name) +
         "; expected a WebAssembly proposal of docs/stability-tiers.md, an alias in "
         "proposal_aliases or a name in proposals_only_names "
         "(include/wasmtime_tiers/proposal.hpp): add it there if Wasmtime introduced it (for a "
         "Wasmtime newer than the library, `gen --add-release` and wasmtime_tiers_add_release() add "
         "new names by themselves)";
}

void check_proposal_names(const proposals_document& doc,
                          const std::function<bool(const std::string&)>& known) {
  for (const auto& r : doc.rows)
    if (!known(tiers_name_of(r.name)))
      throw input_error(doc.file, r.line, unknown_proposal_reason(r.name));
}

namespace {

// The columns of a proposals table after "Proposal" (none for the 'Unimplemented proposals'
// table), each noted in `used` with the table's line.
std::vector<std::size_t> table_columns(const std::string& file, const table& t,
                                       const std::vector<std::string>& header,
                                       proposal_section kind, std::map<std::size_t, int>& used) {
  std::vector<std::size_t> columns;
  if (kind == proposal_section::unimplemented) {
    if (header != std::vector<std::string>{"Proposal", "Tracking Issue"})
      throw input_error(file, t.line,
                        "the 'Unimplemented proposals' table must have the columns 'Proposal | "
                        "Tracking Issue'");
    return columns;
  }
  if (header.empty() || header.front() != "Proposal")
    throw input_error(file, t.line,
                      "the first column of a proposals table must be 'Proposal'; expected the "
                      "columns " +
                          in_quotes(all_columns()));
  for (std::size_t c = 1; c < header.size(); ++c) {
    auto col = column_index(header[c]);
    if (!col)
      throw input_error(file, t.line,
                        "unknown column " + in_quotes(header[c]) + "; expected the columns " +
                            in_quotes(all_columns()) + " (and optionally " +
                            in_quotes(enabled_column) + ")");
    if (std::find(columns.begin(), columns.end(), *col) != columns.end())
      throw input_error(file, t.line, "column " + in_quotes(header[c]) + " appears twice");
    columns.push_back(*col);
    used.emplace(*col, t.line);
  }
  for (std::size_t i = 0; i < proposal_check_count; ++i)
    if (std::find(columns.begin(), columns.end(), i) == columns.end())
      throw input_error(file, t.line,
                        "the table has no " + in_quotes(column_name(i)) +
                            " column; expected the columns " + in_quotes(all_columns()));
  return columns;
}

// One row of a proposals table, its cells read against the table's columns.
proposal_row proposal_row_of(const std::string& file, const std::vector<inline_text>& cells,
                             int line, const std::string& section, std::size_t section_index,
                             proposal_section kind, const std::vector<std::size_t>& columns,
                             const std::function<void(const inline_text&, int)>& check_notes) {
  proposal_row row;
  row.line = line;
  row.section = section;
  row.section_index = section_index;
  row.name = cells[0].text;
  if (row.name.empty())
    throw input_error(file, line, "empty 'Proposal' cell; expected a proposal's name");
  row.name_noted = !cells[0].footnotes.empty();
  check_notes(cells[0], line);
  row.columns = columns;
  for (std::size_t c = 1; c < cells.size() && kind != proposal_section::unimplemented; ++c) {
    const std::size_t col = columns[c - 1];
    auto status = status_of_symbol(cells[c].text);
    if (!status)
      throw input_error(file, line,
                        (cells[c].text.empty()
                             ? std::string("empty")
                             : "unknown status " + in_quotes(cells[c].text) + " in the") +
                            " " + in_quotes(column_name(col)) + " cell of " + in_quotes(row.name) +
                            "; expected ✅, 🚧, ❌ or ⚠️");
    check_notes(cells[c], line);
    proposal_cell cell{*status, !cells[c].footnotes.empty()};
    if (col == enabled_column_index) {
      if (*status != check_status::yes && *status != check_status::no)
        throw input_error(file, line,
                          "the 'Enabled' cell of " + in_quotes(row.name) + " is " +
                              in_quotes(cells[c].text) + "; expected ✅ or ❌");
      row.enabled = cell;
    } else {
      row.checks[col] = cell;
    }
  }
  return row;
}

} // namespace

proposals_document parse_proposals_document(std::string file, std::string_view text) {
  check_plain_text(file, text);

  proposals_document doc;
  doc.file = file;
  const std::vector<block> blocks = parse_markdown(text);
  const int last_line = line_of(text, text.size());
  const std::set<std::string> footnotes = footnote_definitions(text);

  std::string section; // the current `##` heading
  int section_line = 0;
  bool in_definitions = false; // under "## Feature requirements"
  bool seen_definitions = false;
  bool seen_matrix = false;
  std::map<std::size_t, int> defined; // column index -> line of its definition
  std::map<std::size_t, int> used;    // column index -> line of the first table using it

  auto check_notes = [&](const inline_text& cell, int line) {
    for (const auto& label : cell.footnotes)
      if (!footnotes.count(label))
        throw input_error(file, line,
                          "footnote marker [^" + label + "] has no definition '[^" + label +
                              "]: ...' in the text");
  };

  for (const block& b : blocks) {
    if (b.what == block::kind::heading) {
      if (b.h.level == 2) {
        section = b.h.title.text;
        section_line = b.line();
        in_definitions = section == "Feature requirements";
        seen_definitions = seen_definitions || in_definitions;
      } else if (b.h.level == 1) {
        section.clear();
        in_definitions = false;
      }
      continue;
    }

    if (b.what == block::kind::list_item) {
      if (!in_definitions || b.li.depth != 1) continue;
      const inline_text& item = b.li.content;
      const std::size_t dash = item.text.find(" - ");
      if (dash == std::string::npos)
        throw input_error(file, item.line,
                          "item " + in_quotes(item.text.substr(0, 40)) +
                              " under 'Feature requirements' is not of the form '**Column** - "
                              "meaning'");
      const std::string term = item.text.substr(0, dash);
      auto col = column_index(term);
      if (!col)
        throw input_error(file, item.line,
                          "unknown column " + in_quotes(term) +
                              " defined under 'Feature requirements'; expected one of " +
                              known_columns());
      defined.emplace(*col, item.line);
      continue;
    }

    // A table.
    const table& t = b.t;
    if (section.empty())
      throw input_error(file, t.line,
                        "table outside any section; expected it under a '##' heading such as " +
                            known_headings());
    auto hi = heading_index(section);
    if (!hi)
      throw input_error(file, section_line,
                        "unknown section " + in_quotes(section) +
                            " above a proposals table; expected " + known_headings());
    const proposal_section kind = proposal_section_headings[*hi].names;
    std::vector<std::string> header;
    for (const auto& h : t.header) header.push_back(h.text);

    const std::vector<std::size_t> columns =
        table_columns(file, t, header, kind, used); // after "Proposal"
    if (kind != proposal_section::unimplemented) seen_matrix = true;

    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      const auto& cells = t.rows[r];
      const int line = t.row_lines[r] ? t.row_lines[r] : t.line;
      if (cells.size() != header.size())
        throw input_error(file, line,
                          "row has " + std::to_string(cells.size()) + " cells; expected " +
                              std::to_string(header.size()));
      proposal_row row =
          proposal_row_of(file, cells, line, section, *hi, kind, columns, check_notes);
      doc.rows.push_back(std::move(row));
    }
  }

  if (!seen_matrix)
    throw input_error(file, last_line,
                      "no proposals table with the columns " + in_quotes(all_columns()) +
                          "; expected Wasmtime's docs/stability-wasm-proposals.md");
  if (!seen_definitions)
    throw input_error(file, last_line,
                      "no '## Feature requirements' section defining the columns; is the text "
                      "truncated?");
  for (const auto& [col, line] : used)
    if (!defined.count(col))
      throw input_error(file, line,
                        "column " + in_quotes(column_name(col)) +
                            " is not defined under '## Feature requirements'");
  return doc;
}

proposals_document read_proposals_document(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw input_error(path, 0, "cannot open the file");
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_proposals_document(path, ss.str());
}

} // namespace wasmtime_tiers::tool
