// wasmtime-tiers tool: checks every upstream text passes before it is parsed as Markdown, and the
// text helpers the readers and the commands share.
#pragma once

#include <string>
#include <string_view>

namespace wasmtime_tiers::tool {

// Throws input_error when the text is empty, is not valid UTF-8, or has CRLF line endings (the
// upstream files use LF; a CRLF copy usually comes from a checkout with core.autocrlf).
void check_plain_text(const std::string& file, std::string_view text);

// `s` with its ASCII letters in lower case, for comparisons that ignore case.
std::string lower(std::string_view s);

} // namespace wasmtime_tiers::tool
