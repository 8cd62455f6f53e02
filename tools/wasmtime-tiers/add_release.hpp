// wasmtime-tiers tool: tables for a Wasmtime release newer than the library, from that release's
// own documents.
#pragma once

#include <optional>
#include <string>

namespace wasmtime_tiers::tool {

// Writes a complete generated header set into out_dir/wasmtime_tiers/generated/: every release
// compiled into this tool (so no old text is needed) plus release `major` from the given texts of
// docs/stability-tiers.md and, optionally, docs/stability-wasm-proposals.md. Every known entity
// keeps its id; whatever the texts name that no known text names (a target, a WebAssembly or WASI
// proposal of either document, a category spelled anew) is added, each new entity with the next
// free id in the namespace of its category, and listed on stderr. Put out_dir first on the include
// path. Throws input_error (a malformed text: file:line; a release the library already covers).
void add_release(unsigned major, const std::string& tiers_file,
                 const std::optional<std::string>& proposals_file, const std::string& out_dir);

} // namespace wasmtime_tiers::tool
