// wasmtime-tiers tool: checks every upstream text passes before it is parsed as Markdown.
#pragma once

#include <string>
#include <string_view>

namespace wasmtime_tiers::tool {

// Throws input_error when the text is empty, is not valid UTF-8, or has CRLF line endings (the
// upstream files use LF; a CRLF copy usually comes from a checkout with core.autocrlf).
void check_plain_text(const std::string& file, std::string_view text);

} // namespace wasmtime_tiers::tool
