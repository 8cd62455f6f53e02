// wasmtime-tiers internals: the layout of one shipped text's generated table.
#ifndef WASMTIME_TIERS_DETAIL_TEXT_TABLE_HPP
#define WASMTIME_TIERS_DETAIL_TEXT_TABLE_HPP


#include <wasmtime_tiers/detail/encoding.hpp>

namespace wasmtime_tiers::detail {

inline constexpr std::size_t architecture_count = 5; // x86_64, aarch64, s390x, riscv64, Pulley
inline constexpr std::size_t compiler_count = 2;     // Cranelift, Winch

// text_table: everything one text of docs/stability-tiers.md says, packed. Each string is indexed
// by entity id; ids the text predates are past the end and read as "not in this text".
// The strings are `packed` {data, size} aggregates, which cost no constant evaluation to make
// (see encoding.hpp).
struct text_table {
  packed file;            // the upstream file, e.g. "v22.md"
  packed upstream_commit; // the Wasmtime commit the text was read at
  unsigned first_release; // first Wasmtime major that shipped the text
  unsigned last_release;  // last Wasmtime major that shipped it
  packed tiers;           // one tier code per entity ('1' '2' '3' 'u' '-')
  packed spellings;       // one digit per entity: index into category_spellings
  packed missing;         // missing_width digits per entity: index into missing_texts
  packed order;           // id_width digits per row: the rows in document order
  // Compiler support (v34 on): per architecture and compiler, two characters per entity: the
  // status ('y' fully supported, 'w' work in progress, 'n' not supported, '.' not in the table)
  // and the cell's footnote label ('.' for none); the string ends after its last listed cell.
  packed support[architecture_count][compiler_count];
  // Per architecture, id_width digits per feature row: the rows of its table in document order.
  packed support_order[architecture_count];
  // The unsupported list points WebAssembly proposals to docs/stability-wasm-proposals.md.
  bool proposals_see_also;
};

} // namespace wasmtime_tiers::detail

#endif
