// wasmtime-tiers tool: writes the generated headers from parsed texts.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "proposals_document.hpp"
#include "tiers_document.hpp"

namespace wasmtime_tiers::tool {

// The largest Wasmtime major the generator accepts: a release map has one character per major, so
// the bound keeps every allocation in proportion to real releases.
inline constexpr unsigned max_release = 1000;

// What the library already knows, for a release added after it (gen --add-release): the entities
// of the compiled-in tables in id order, each of which keeps its id. A text may then name what no
// known text names: each such name becomes a new entity with the next free id, and a category
// spelling the vocabulary lacks (a known category, written anew) is kept as the text writes it.
struct known_entity {
  category cat;
  std::string name;
  std::string first_file; // the first text that names it, for ENTITIES.md
};

// What an added release names that the library did not know, as generate_headers added it.
struct added_name {
  bool entity = true; // an entity, else a category spelling
  std::string what;   // "wasm::frobnicate (id 101): WebAssembly proposal 'frobnicate'"
  std::string where;  // "FILE:LINE (section)"
};

// One shipped text and the Wasmtime releases that shipped it.
struct release_text {
  tiers_document document;
  unsigned first_release = 0;
  unsigned last_release = 0;
  std::string upstream_commit; // "" when unknown
  std::string source;          // how the text reached the generator, for the banner
  std::string path;            // where it was read from, for messages ("" when compiled in)
  // For a compiled-in text (--add-release): how many entity ids its tables span, so that they come
  // out as the library's own; 0 for a text read from a file, whose span the generator computes.
  std::size_t entity_extent = 0;
};

// A release manifest (releases.tsv): file, first_release, last_release, upstream_commit, ...
// Reads and parses every text it names, relative to the manifest's folder. Throws input_error.
std::vector<release_text> read_manifest(const std::string& manifest_path);

// One shipped text of docs/stability-wasm-proposals.md and the Wasmtime releases that shipped it.
struct proposals_release_text {
  proposals_document document;
  unsigned first_release = 0;
  unsigned last_release = 0;
  std::string upstream_blob; // "" when unknown
  std::string source;        // how the text reached the generator, for the banner
  std::string path;          // where it was read from, for errors
};

// The manifest of docs/stability-wasm-proposals.md (releases.tsv: file, first_release,
// last_release, upstream_blob). Reads and parses every text it names. Throws input_error.
std::vector<proposals_release_text> read_proposals_manifest(const std::string& manifest_path);

// Writes entities.hpp, identifiers.hpp, releases.hpp, shared_strings.hpp (each distinct packed
// string of the texts' tables, once) and one header per text into out_dir, all or nothing: only after all input was read, every changed file is written whole to a temporary file,
// and only when all are complete are they renamed into place; on any failure (a full disk, a
// file-size limit, a refused rename) the previous set is left as it was and no temporary file
// remains. Files whose content would not change are left untouched. Throws input_error (for clashing identifiers) or
// std::runtime_error (for I/O). `command` is the command line recorded in the banners.
void generate_headers(const std::vector<release_text>& texts, const std::string& out_dir,
                      const std::string& command);


// The same, with the texts of docs/stability-wasm-proposals.md too: their proposals resolve to the
// `wasm` entities of the tiers texts (through proposal_aliases), the names in proposals_only_names
// become entities after all of those, and proposals.hpp holds one packed table per text (without
// texts, an empty one). A proposal name nobody knows is an input_error at its file and line.
// For a release added after the library (gen --add-release), `known` gives the entities of the
// compiled-in tables, which keep their ids; the vocabulary checks are left out (the library's own
// texts passed them), and a name of either document that no known text names becomes an entity
// after every known one. `added_names`, where given, receives what was added.
void generate_headers(const std::vector<release_text>& texts,
                      const std::vector<proposals_release_text>& proposals,
                      const std::string& out_dir, const std::string& command,
                      const std::vector<known_entity>* known = nullptr,
                      std::vector<added_name>* added_names = nullptr);

// identifier_of(category, name): the C++ name of an entity's tag type within its category's
// namespace (see README, "Entity names").
std::string identifier_of(category c, const std::string& name);

} // namespace wasmtime_tiers::tool
