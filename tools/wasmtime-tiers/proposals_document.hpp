// wasmtime-tiers tool: one text of Wasmtime's docs/stability-wasm-proposals.md, read into rows.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <wasmtime_tiers/proposal.hpp>
#include <wasmtime_tiers/vocabulary.hpp> // the words of the document

#include "tiers_document.hpp" // input_error

namespace wasmtime_tiers::tool {

// One cell of the matrix: its status and whether it carries a footnote marker.
struct proposal_cell {
  check_status status = check_status::unlisted;
  bool noted = false;
};

// The columns of a matrix table after "Proposal": 0 to 5 are the proposal_checks, 6 is "Enabled".
inline constexpr std::size_t enabled_column_index = proposal_check_count;

// One row of a table of the document.
struct proposal_row {
  std::string name;                 // the name cell, markup removed, as the document spells it
  std::string section;              // the `##` heading above the table, verbatim
  std::size_t section_index = 0;    // index into proposal_section_headings
  bool name_noted = false;          // the name cell carries a footnote marker
  std::vector<std::size_t> columns; // the table's columns after "Proposal", in its order; empty
                                    // for the "Unimplemented proposals" table
  proposal_cell checks[proposal_check_count];
  std::optional<proposal_cell> enabled; // the "Enabled" cell, where the table has that column
  int line = 0;
};

struct proposals_document {
  std::string file;
  std::vector<proposal_row> rows; // document order
};

// is_proposals_document(text): the text is docs/stability-wasm-proposals.md rather than
// docs/stability-tiers.md: its title is "Wasm Proposals" or a table has a "Phase 4" column.
bool is_proposals_document(std::string_view text);

// Reads one text. `file` names it in errors. Throws input_error.
proposals_document parse_proposals_document(std::string file, std::string_view text);

// Reads a file from disk and parses it. Throws input_error (line 0 when unreadable).
proposals_document read_proposals_document(const std::string& path);

// The name docs/stability-tiers.md uses for a proposal the document names `name` (the alias
// target of proposal_aliases, or `name` itself).
std::string tiers_name_of(std::string_view name);

// 1 + the index in proposal_aliases of the alias `name` is; 0 when it is none.
std::size_t alias_index_of(std::string_view name);

// Throws input_error at the first row whose proposal `known` (called with tiers_name_of(name))
// refuses, naming the vocabulary to extend.
void check_proposal_names(const proposals_document& doc,
                          const std::function<bool(const std::string&)>& known);

// The error text for a proposal name nobody knows (shared by the generator and the tool).
std::string unknown_proposal_reason(const std::string& name);

} // namespace wasmtime_tiers::tool
