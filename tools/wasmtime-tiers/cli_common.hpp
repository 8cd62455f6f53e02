// wasmtime-tiers tool: what the show, check, diff and export commands share: release and name
// look-up with suggestions, colour, and the cell texts of the proposal checks and compiler support.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include <wasmtime_tiers/catalog.hpp>
#include <wasmtime_tiers/category.hpp>
#include <wasmtime_tiers/compiler_support.hpp>
#include <wasmtime_tiers/proposal.hpp>
#include <wasmtime_tiers/table.hpp>
#include <wasmtime_tiers/tier.hpp>

#include "text_checks.hpp" // lower

namespace wasmtime_tiers::tool {

// A command line that cannot be carried out: the message says what to do instead. Exit code 2.
struct usage_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

inline constexpr int exit_usage = 2;

// The Wasmtime major a --release value names, known or not: "22", "v22", "22.0.1", "v22.0.1";
// "0.40" (and its patch releases, and "0") is 0. Throws usage_error naming the known releases for
// anything else ("", "0.39", "22.", "022", "22abc").
unsigned parse_major(const std::string& value, std::string_view option = "--release");

// A CLI11 check of a --release value given on the command line: "" is refused (it does not mean
// the newest release); the message names the known releases.
std::string non_empty_release(const std::string& value);

// The Wasmtime major of a --release value: "22", "v22", "22.0.1", "0.40" (Wasmtime 0.40 is
// release 0). Throws usage_error naming the known releases when no shipped text covers it.
unsigned parse_release(const std::string& value, std::string_view option = "--release");

// "0.40" for release 0, the major otherwise.
std::string release_name(unsigned major);

// "v22.md, shipped by Wasmtime 22 to 23" for the text of a release.
std::string text_origin(release_table_view t);

// The known releases in words ("0 (0.40), 2 to 48") for messages.
std::string known_releases_text();

// Levenshtein distance, case-insensitive.
std::size_t edit_distance(std::string_view a, std::string_view b);

// Up to `count` of `candidates` nearest to `name`: candidates containing it first, then by edit
// distance.
std::vector<std::string> nearest(std::string_view name, const std::vector<std::string>& candidates,
                                 std::size_t count = 3);

// Finds an entity by Wasmtime's name ("wasi-http"), case-insensitively when the exact spelling
// matches nothing, or by its C++ tag name ("wasm::gc", "wasmtime_tiers::wasi::http"). Only
// entities of `only` when given. Throws usage_error with the nearest names when nothing matches,
// and with the tag names to choose from when a name is ambiguous. `what` names the option in the
// message ("--features").
std::size_t find_entity(const std::string& name, std::optional<category> only,
                        std::string_view what);

// The C++ tag name of an entity, "wasm::gc".
std::string tag_name(std::size_t id);

// The category of a --category value: a namespace name ("wasm"), its words ("WebAssembly
// proposal") or a spelling of the texts ("Compiler Backend"), case-insensitively.
category parse_category(const std::string& value);

// The compilers of a support summary of one proposal: "Cranelift: all; Winch: x86_64, aarch64"
// (architectures with full support; work in progress marked), "" where the text has no cell.
std::string support_summary(release_table_view t, std::size_t id);

// The proposal checks of one proposal in words: "all six met", "lacks Fuzzed, C API (wip:
// Fuzzed)", "not rated (unimplemented)"; "" where no text of docs/stability-wasm-proposals.md
// covers the release or the entity is no proposal.
std::string checks_summary(proposal_table_view p, std::size_t id);

// Colour for a terminal: on when `mode` is "always", or "auto" with stdout a terminal and NO_COLOR
// unset or empty. Throws usage_error for other modes.
bool colour_wanted(const std::string& mode);

// `s` in the colour of tier t (ANSI escapes from fmt) when `on`.
std::string tier_coloured(tier t, const std::string& s, bool on);
std::string bold(const std::string& s, bool on);
std::string dim(const std::string& s, bool on);

// Display width of UTF-8 text (code points; fmt's rules for wide characters).
std::size_t display_width(std::string_view s);

// One field of a CSV record (RFC 4180: quoted when it holds a comma, quote or line break).
std::string csv_field(std::string_view s);

// Text for a Markdown table cell: code spans where `code` and possible, else with Markdown's
// punctuation escaped; '|' always escaped.
std::string markdown_cell(std::string_view s, bool code = false);

// A tier as `export --format json` writes it: 1, 2, 3 or "unsupported"; and "unlisted".
nlohmann::ordered_json tier_value(tier t);

// The words of a compiler support cell for JSON: "yes", "wip", "no", "unlisted".
std::string support_value(support s);

} // namespace wasmtime_tiers::tool
