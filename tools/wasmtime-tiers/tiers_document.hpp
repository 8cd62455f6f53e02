// wasmtime-tiers tool: one text of Wasmtime's docs/stability-tiers.md, read into rows.
#pragma once

#include <array>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <wasmtime_tiers/category.hpp>
#include <wasmtime_tiers/compiler_support.hpp>
#include <wasmtime_tiers/requirement.hpp>
#include <wasmtime_tiers/tier.hpp>
#include <wasmtime_tiers/vocabulary.hpp> // requirement_phrases

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
  std::string category_text; // as written: "Compiler Backend", "misc", "Cranelift Target"
  std::size_t spelling = 0;  // index into category_spellings; new_spelling where it lacks it
  wasmtime_tiers::category category{};
  std::string name;            // markup removed: "x86_64-unknown-linux-musl"
  wasmtime_tiers::tier tier{}; // t1, t2, t3 or unsupported
  std::string missing;         // the "Missing Tier N Requirements" cell, "" where none
  requirement_set missing_set = 0;
  int line = 0;
};

enum class support_status : char { yes = 'y', wip = 'w', no = 'n' };

// The names of the architectures and compilers by index, as compiler_support.hpp spells them.
inline constexpr auto architecture_names = [] {
  std::array<std::string_view, architecture_count> n{};
  for (std::size_t i = 0; i < n.size(); ++i) n[i] = to_string(all_architectures[i]);
  return n;
}();
inline constexpr auto compiler_names = [] {
  std::array<std::string_view, compiler_backend_count> n{};
  for (std::size_t i = 0; i < n.size(); ++i) n[i] = to_string(all_compiler_backends[i]);
  return n;
}();

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

// A phrase of a "Missing Tier N Requirements" cell that requirement_phrases lacks, kept (read
// with `new_spellings`): the row's missing_set has requirement::unnamed for it.
struct unnamed_phrase {
  std::string phrase; // as written in the cell
  std::string row;    // the row's name
  int line = 0;
};

struct tiers_document {
  std::string file;
  std::vector<unnamed_phrase>
      unnamed_phrases;                // document order; empty unless read with new_spellings
  std::vector<tier_row> rows;         // document order: the tier tables, then the list
  std::vector<support_table> support; // the compiler support tables, document order
  bool proposals_see_also = false;    // "WebAssembly Proposals: see [documentation here](...)"
};

// tier_row::spelling of a category written in a way category_spellings does not list (read with
// `new_spellings`); the row's category_text keeps it as written.
inline constexpr std::size_t new_spelling = std::size(category_spellings);

// The one known category a spelling category_spellings lacks names, if it names exactly one: its
// words (lower case, a plural 's' dropped, "wasm" read as "webassembly") contain the last word of a
// spelling of that category only ("Targets", "Compiler backends", "Embedding APIs"), or, where
// that fits more than one ("Proposals" fits WebAssembly and WASI proposals), every word of a
// spelling of that category only ("WASI proposals").
std::optional<category> category_of_new_spelling(std::string_view text);

// Reads one text. `file` names it in errors. With `new_spellings` (a release added after the
// library), a category spelling the vocabulary lacks is accepted when category_of_new_spelling
// gives its category, and a requirement phrase it lacks is kept (see unnamed_phrase). Throws
// input_error.
tiers_document parse_tiers_document(std::string file, std::string_view text,
                                    bool new_spellings = false);

// Reads a file from disk and parses it. Throws input_error (line 0 when unreadable).
tiers_document read_tiers_document(const std::string& path, bool new_spellings = false);

// The requirements a "Missing Tier N Requirements" cell names. A phrase not in the vocabulary is
// appended to `unnamed` and counted as requirement::unnamed where `unnamed` is given; otherwise it
// throws input_error naming the phrase.
requirement_set requirements_of(const std::string& file, int line, std::string_view cell,
                                std::vector<std::string>* unnamed = nullptr);

} // namespace wasmtime_tiers::tool
