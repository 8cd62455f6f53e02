// wasmtime-tiers tool: the compiled-in tables, read back as documents.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "generate.hpp"
#include "tiers_document.hpp"

namespace wasmtime_tiers::tool {

// The text release `major` shipped, rebuilt from the generated headers; nullopt when no text
// covers that release.
std::optional<release_text> compiled_release(unsigned major);

// Every compiled-in text, oldest first.
std::vector<release_text> compiled_texts();

// The text of docs/stability-wasm-proposals.md release `major` shipped, rebuilt from the
// generated headers; nullopt when no text covers that release.
std::optional<proposals_release_text> compiled_proposals_release(unsigned major);

// Every compiled-in text of docs/stability-wasm-proposals.md, oldest first.
std::vector<proposals_release_text> compiled_proposals_texts();

// The Wasmtime majors the compiled-in texts of docs/stability-wasm-proposals.md cover, in words.
std::string compiled_proposals_releases();

// Every compiled-in entity in id order, with the first text that names it.
std::vector<known_entity> compiled_entities();

// `tiers_name` is a compiled-in WebAssembly proposal (an entity of namespace wasm).
bool is_compiled_proposal(const std::string& tiers_name);

} // namespace wasmtime_tiers::tool
