// wasmtime-tiers tool: the compiled-in tables, read back as documents.
#pragma once

#include <optional>
#include <vector>

#include "generate.hpp"
#include "tiers_document.hpp"

namespace wasmtime_tiers::tool {

// The text release `major` shipped, rebuilt from the generated headers; nullopt when no text
// covers that release.
std::optional<release_text> compiled_release(unsigned major);

// Every compiled-in text, oldest first.
std::vector<release_text> compiled_texts();

} // namespace wasmtime_tiers::tool
