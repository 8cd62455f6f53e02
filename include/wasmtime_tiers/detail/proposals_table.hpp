// wasmtime-tiers internals: the layout of one shipped text's generated table of
// docs/stability-wasm-proposals.md.
#ifndef WASMTIME_TIERS_DETAIL_PROPOSALS_TABLE_HPP
#define WASMTIME_TIERS_DETAIL_PROPOSALS_TABLE_HPP

#include <cstddef>
#include <string_view>

#include <wasmtime_tiers/detail/encoding.hpp>

namespace wasmtime_tiers::detail {

// The characters of one row of `proposals_table::rows`, after the row's entity id (id_width
// digits): the index of its `##` heading in proposal_section_headings, the index + 1 of the alias
// its name cell uses in proposal_aliases ('0': the entity's own name), '1' when the name cell has
// a footnote marker ('0' otherwise), one cell per proposal_check in column order, and the
// "Enabled" cell. A cell is 'y' (✅), 'w' (🚧), 'n' (❌) or 'p' (⚠️), upper case when the cell has
// a footnote marker, and '.' where the row has no such cell.
inline constexpr std::size_t proposal_row_section = 0;
inline constexpr std::size_t proposal_row_alias = 1;
inline constexpr std::size_t proposal_row_name_note = 2;
inline constexpr std::size_t proposal_row_checks = 3;
inline constexpr std::size_t proposal_row_enabled = 9;
inline constexpr std::size_t proposal_row_tail = 10; // characters after the id

// The codes of a cell, in the order of check_status (yes, wip, no, partial): upper case (noted_code)
// where the cell has a footnote marker, absent_code where the row has no such cell.
inline constexpr char proposal_cell_codes[] = {'y', 'w', 'n', 'p'};
constexpr char noted_code(char code) noexcept { return static_cast<char>(code - 'a' + 'A'); }

// proposals_table: everything one text of docs/stability-wasm-proposals.md says, packed.
// The strings are `packed` {data, size} aggregates (see encoding.hpp).
struct proposals_table {
  packed file;                // the upstream file, e.g. "v27.md"; "" for no text
  packed upstream_blob;       // the Git blob of the text upstream
  unsigned first_release = 0; // first Wasmtime major that shipped the text
  unsigned last_release = 0;  // last Wasmtime major that shipped it
  packed rows;                // the rows in document order, id_width + proposal_row_tail each
  // Per entity id, proposal_row_index_width digits: 1 + the index of the entity's row (its last
  // row, should the text list it twice), 0 where the text does not list it. Ids past the end are
  // not listed.
  packed row_of;
};

// The table of a release no text covers.
inline constexpr proposals_table no_proposals_text{};

} // namespace wasmtime_tiers::detail

#endif
