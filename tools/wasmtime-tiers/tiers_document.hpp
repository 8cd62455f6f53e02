// wasmtime-tiers tool: one text of Wasmtime's docs/stability-tiers.md, read into rows.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <wasmtime_tiers/category.hpp>
#include <wasmtime_tiers/requirement.hpp>
#include <wasmtime_tiers/tier.hpp>

namespace wasmtime_tiers::tool {

// A malformed input: where, and what was expected there.
struct input_error : std::runtime_error {
  std::string file;
  int line;
  std::string reason;
  input_error(std::string f, int l, std::string r)
      : std::runtime_error(f + ":" + std::to_string(l) + ": " + r), file(std::move(f)), line(l),
        reason(std::move(r)) {}
};

// One row of a tier table, or one item of the unsupported list.
struct tier_row {
  std::string category_text;      // as written: "Compiler Backend", "misc", "Cranelift Target"
  std::size_t spelling = 0;       // index into category_spellings
  wasmtime_tiers::category category{};
  std::string name;               // markup removed: "x86_64-unknown-linux-musl"
  wasmtime_tiers::tier tier{};    // t1, t2, t3 or unsupported
  std::string missing;            // the "Missing Tier N Requirements" cell, "" where none
  requirement_set missing_set = 0;
  int line = 0;
};

enum class support_status : char { yes = 'y', wip = 'w', no = 'n' };

inline constexpr std::string_view architecture_names[] = {"x86_64", "aarch64", "s390x", "riscv64",
                                                          "Pulley"};
inline constexpr std::string_view compiler_names[] = {"Cranelift", "Winch"};

struct support_row {
  std::string feature; // a WebAssembly proposal, markup removed
  support_status status[2]{};
  std::string note[2]; // footnote label of the cell ("a"), "" where none
  int line = 0;
};

struct support_table {
  std::size_t architecture = 0; // index into architecture_names
  int line = 0;
  std::vector<support_row> rows;
};

struct tiers_document {
  std::string file;
  std::vector<tier_row> rows;             // document order: the tier tables, then the list
  std::vector<support_table> support;     // the compiler support tables, document order
  bool proposals_see_also = false;        // "WebAssembly Proposals: see [documentation here](...)"
};

// Reads one text. `file` names it in errors. Throws input_error.
tiers_document parse_tiers_document(std::string file, std::string_view text);

// Reads a file from disk and parses it. Throws input_error (line 0 when unreadable).
tiers_document read_tiers_document(const std::string& path);

// The requirements a "Missing Tier N Requirements" cell names; throws input_error naming the
// phrase when one is not in the vocabulary.
requirement_set requirements_of(const std::string& file, int line, std::string_view cell);

} // namespace wasmtime_tiers::tool
