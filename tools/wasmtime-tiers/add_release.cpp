#include "add_release.hpp"

#include <wasmtime_tiers/release.hpp>

#include <filesystem>
#include <iostream>
#include <stdexcept>

#include "cli_common.hpp"
#include "compiled.hpp"
#include "generate.hpp"
#include "proposals_document.hpp"
#include "tiers_document.hpp"

namespace wasmtime_tiers::tool {

void add_release(unsigned major, const std::string& tiers_file,
                 const std::optional<std::string>& proposals_file, const std::string& out_dir) {
  if (major > max_release)
    throw usage_error("--add-release " + std::to_string(major) + ": above Wasmtime " +
                      std::to_string(max_release) +
                      ", the largest major the tables hold; give the "
                      "Wasmtime major of the text, e.g. --add-release " +
                      std::to_string(newest_release + 1));
  if (major <= newest_release)
    throw usage_error(
        "--add-release " + std::to_string(major) + ": Wasmtime " + std::to_string(major) +
        " is not newer than the newest release this library knows (" +
        std::to_string(newest_release) + "); --add-release is for releases after it (known: " +
        WASMTIME_TIERS_DETAIL_KNOWN_RELEASES + ")");
  const std::string file = "v" + std::to_string(major) + ".md";

  // Every input is read before anything is written.
  std::vector<release_text> texts = compiled_texts();
  release_text added;
  added.document = read_tiers_document(tiers_file, /*new_spellings=*/true);
  added.document.file = file;
  added.first_release = added.last_release = major;
  added.path = tiers_file;
  added.source = std::filesystem::path(tiers_file).filename().string() + " (added as Wasmtime " +
                 std::to_string(major) + ")";
  const std::vector<unnamed_phrase> unnamed = added.document.unnamed_phrases;
  texts.push_back(std::move(added));

  std::vector<proposals_release_text> proposals = compiled_proposals_texts();
  if (proposals_file) {
    proposals_release_text p;
    p.document = read_proposals_document(*proposals_file);
    p.document.file = file;
    p.first_release = p.last_release = major;
    p.source = std::filesystem::path(*proposals_file).filename().string() + " (added as Wasmtime " +
               std::to_string(major) + ")";
    p.path = *proposals_file;
    proposals.push_back(std::move(p));
  }

  const std::filesystem::path dir = std::filesystem::path(out_dir) / "wasmtime_tiers" / "generated";
  const std::vector<known_entity> known = compiled_entities();
  std::vector<added_name> names;
  generate_headers(texts, proposals, dir.string(),
                   "wasmtime-tiers gen --add-release " + std::to_string(major) + " --tiers " +
                       std::filesystem::path(tiers_file).filename().string() +
                       (proposals_file
                            ? " --proposals " +
                                  std::filesystem::path(*proposals_file).filename().string()
                            : std::string()) +
                       " --out DIR (wasmtime_tiers_add_release in CMake)",
                   &known, &names);

  // What the texts name that no known text names: new entities, after every known id, and new
  // spellings of known categories.
  if (!names.empty()) {
    std::size_t entities = 0;
    for (const auto& n : names) entities += n.entity;
    const std::size_t spellings = names.size() - entities;
    auto counted = [](std::size_t n, const char* one, const char* many) {
      return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    std::cerr << "wasmtime-tiers: the texts of Wasmtime " << major
              << " name what no text this library knows names; added "
              << (entities
                      ? counted(entities, "entity", "entities") + " (each with the next free id)"
                      : "")
              << (entities && spellings ? " and " : "")
              << (spellings ? counted(spellings, "category spelling", "category spellings") : "")
              << ":\n";
    for (const auto& n : names)
      std::cerr << "  " << (n.entity ? "" : "category ") << n.what << ", at " << n.where << "\n";
  }

  // Requirement phrases the vocabulary lacks: kept verbatim in their cells, each counted as
  // requirement::unnamed.
  if (!unnamed.empty()) {
    std::cerr << "wasmtime-tiers: the tiers text of Wasmtime " << major << " uses "
              << (unnamed.size() == 1 ? std::string("a requirement phrase")
                                      : std::to_string(unnamed.size()) + " requirement phrases")
              << " this library's vocabulary lacks; kept verbatim (missing_text_of gives the cell, "
                 "missing_of holds requirement::unnamed):\n";
    for (const auto& u : unnamed)
      std::cerr << "  '" << u.phrase << "' (missing for '" << u.row << "'), at " << tiers_file
                << ":" << u.line << "\n";
  }
}

} // namespace wasmtime_tiers::tool
