// wasmtime-tiers tool: documents as JSON (the schema of `parse` and `export`).
#pragma once

#include <nlohmann/json.hpp>

#include "proposals_document.hpp"
#include "tiers_document.hpp"

namespace wasmtime_tiers::tool {

// {"entities": [{"category", "name", "tier": 1|2|3|"unsupported", "missing"}],
//  "compiler_support": [{"architecture", "feature", "compiler", "support": "yes"|"wip"|"no",
//                        "note"}],
//  "proposals_see_also": bool}
nlohmann::ordered_json to_json(const tiers_document& doc);

// {"proposals": [{"name", "section": the `##` heading,
//                 "checks": {column header: "yes"|"wip"|"no"|"partial"}}]}; a row of the
// "Unimplemented proposals" table has empty checks. Footnote markers are dropped.
nlohmann::ordered_json to_json(const proposals_document& doc);

} // namespace wasmtime_tiers::tool
