#include "cli_common.hpp"

#include <fmt/color.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <unistd.h>

#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/proposal_matrix.hpp>
#include <wasmtime_tiers/release.hpp>

namespace wasmtime_tiers::tool {
namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string suggestion_text(const std::vector<std::string>& names) {
  std::string s;
  for (const auto& n : names) s += (s.empty() ? "" : ", ") + n;
  return s;
}

} // namespace

std::string release_name(unsigned major) { return major == 0 ? "0.40" : std::to_string(major); }

std::string known_releases_text() {
  return std::string(WASMTIME_TIERS_DETAIL_KNOWN_RELEASES) + " (0 is Wasmtime 0.40)";
}

unsigned parse_major(const std::string& value, std::string_view option) {
  // The spellings of Wasmtime's versions: MAJOR, MAJOR.MINOR or MAJOR.MINOR.PATCH, each part digits
  // without a leading zero, an optional 'v' before; 0.x is only 0.40 (the one 0.x text), also
  // spelled 0 (release<0>).
  std::string_view v = value;
  if (!v.empty() && (v[0] == 'v' || v[0] == 'V')) v.remove_prefix(1);
  std::vector<std::string_view> parts;
  for (std::size_t at = 0;;) {
    const std::size_t dot = v.find('.', at);
    parts.push_back(
        v.substr(at, dot == std::string_view::npos ? std::string_view::npos : dot - at));
    if (dot == std::string_view::npos) break;
    at = dot + 1;
  }
  const bool well_formed =
      parts.size() <= 3 && std::all_of(parts.begin(), parts.end(), [](std::string_view p) {
        return all_digits(p) && p.size() <= 4 && (p.size() == 1 || p[0] != '0');
      });
  std::optional<unsigned> major;
  if (well_formed) {
    const unsigned m = static_cast<unsigned>(std::stoul(std::string(parts[0])));
    if (m != 0 || parts.size() == 1 || parts[1] == "40") major = m;
  }
  if (!major)
    throw usage_error(fmt::format("{} {}: not a Wasmtime release; give one such as 22, v22.0.1 or "
                                  "0.40; known releases: {}",
                                  option, value.empty() ? "\"\"" : value, known_releases_text()));
  return *major;
}

std::string non_empty_release(const std::string& value) {
  if (!value.empty()) return {};
  return "an empty release; give one such as 22, v22.0.1 or 0.40, or leave --release out for the "
         "newest; known releases: " +
         known_releases_text();
}

unsigned parse_release(const std::string& value, std::string_view option) {
  const unsigned major = parse_major(value, option);
  if (!is_known_release(major))
    throw usage_error(fmt::format("{} {}: no shipped text of Wasmtime's docs/stability-tiers.md "
                                  "covers Wasmtime {}; known releases: {}",
                                  option, value, release_name(major), known_releases_text()));
  return major;
}

std::string text_origin(release_table_view t) {
  if (t.first_release() == t.last_release())
    return fmt::format("{}, shipped by Wasmtime {}", t.file(), release_name(t.first_release()));
  return fmt::format("{}, shipped by Wasmtime {} to {}", t.file(), release_name(t.first_release()),
                     release_name(t.last_release()));
}

std::size_t edit_distance(std::string_view a_in, std::string_view b_in) {
  const std::string a = lower(a_in), b = lower(b_in);
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::vector<std::string> nearest(std::string_view name, const std::vector<std::string>& candidates,
                                 std::size_t count) {
  const std::string l = lower(name);
  // A plausible correction: the candidate contains the name, or is within a third of the name's
  // length in edits (a typo or two), so that "simdd" suggests simd but not MIPS.
  const std::size_t plausible = std::max<std::size_t>(1, name.size() / 3);
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const auto& c : candidates) {
    const bool contains = l.size() >= 2 && lower(c).find(l) != std::string::npos;
    const std::size_t distance = contains ? 0 : edit_distance(name, c);
    if (contains || distance <= plausible) scored.emplace_back(contains ? 0 : 1 + distance, c);
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<std::string> out;
  for (const auto& [score, c] : scored) {
    if (out.size() == count) break;
    if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  }
  return out;
}

std::string tag_name(std::size_t id) { return std::string(entity_identifier(id).view()); }

std::size_t find_entity(const std::string& name, std::optional<category> only,
                        std::string_view what) {
  auto eligible = [&](std::size_t id) { return !only || entity_category(id) == *only; };
  std::string tag = name;
  if (tag.rfind("wasmtime_tiers::", 0) == 0) tag.erase(0, 16);
  if (tag.rfind("::", 0) == 0) tag.erase(0, 2);

  std::vector<std::size_t> exact, folded;
  for (std::size_t id = 0; id < entity_count; ++id) {
    if (!eligible(id)) continue;
    if (entity_name(id) == name || tag_name(id) == tag)
      exact.push_back(id);
    else if (lower(entity_name(id)) == lower(name) || tag_name(id) == lower(tag))
      folded.push_back(id);
  }
  const std::vector<std::size_t>& found = exact.empty() ? folded : exact;
  if (found.size() == 1) return found.front();
  if (found.size() > 1) {
    std::vector<std::string> tags;
    for (std::size_t id : found) tags.push_back(tag_name(id));
    throw usage_error(fmt::format("{} {}: several entities have this name; name one by its C++ tag "
                                  "name: {}",
                                  what, name, suggestion_text(tags)));
  }
  std::vector<std::string> candidates;
  for (std::size_t id = 0; id < entity_count; ++id)
    if (eligible(id)) candidates.emplace_back(entity_name(id));
  const std::string kind = only ? std::string(to_string(*only)) : std::string("target or feature");
  const auto near = nearest(name, candidates);
  throw usage_error(
      fmt::format("{} {}: no {} of that name in any Wasmtime tier table{} (`wasmtime-tiers "
                  "show` lists the names of a release; Wasmtime's spellings, e.g. simd, wasi-http, "
                  "x86_64-unknown-linux-gnu, or C++ tag names such as wasm::gc)",
                  what, name, kind,
                  near.empty() ? std::string() : "; did you mean " + suggestion_text(near) + "?"));
}

category parse_category(const std::string& value) {
  const std::string l = lower(value);
  std::vector<std::string> candidates;
  for (std::size_t c = 0; c < category_count; ++c) {
    const auto cat = static_cast<category>(c);
    if (l == namespace_of(cat) || l == lower(to_string(cat))) return cat;
    candidates.emplace_back(namespace_of(cat));
  }
  for (const auto& sp : category_spellings)
    if (l == lower(sp.text)) return sp.of;
  const auto near = nearest(value, candidates, 2);
  throw usage_error(
      fmt::format("--category {}: unknown category{} (known: target, "
                  "backend, wasm, wasi, api, misc)",
                  value,
                  near.empty() ? std::string() : "; did you mean " + suggestion_text(near) + "?"));
}

std::string support_summary(release_table_view t, std::size_t id) {
  if (!t.has_support_tables()) return {};
  std::string out;
  for (compiler_backend c : all_compiler_backends) {
    std::vector<std::string> yes, wip;
    std::size_t tables = 0;
    bool listed = false;
    for (architecture arch : all_architectures) {
      if (!t.has_support_table(arch)) continue;
      ++tables;
      switch (t.support_of(c, arch, id)) {
      case support::yes:
        yes.emplace_back(to_string(arch));
        listed = true;
        break;
      case support::wip:
        wip.emplace_back(to_string(arch));
        listed = true;
        break;
      case support::no: listed = true; break;
      case support::unlisted: break;
      }
    }
    if (!listed) continue;
    std::string part = yes.size() == tables ? "all" : yes.empty() ? "none" : suggestion_text(yes);
    if (!wip.empty()) part += " (wip: " + suggestion_text(wip) + ")";
    out += fmt::format("{}{}: {}", out.empty() ? "" : "; ", to_string(c), part);
  }
  return out;
}

std::string checks_summary(proposal_table_view p, std::size_t id) {
  if (!p.known() || entity_category(id) != category::wasm_proposal) return {};
  const proposal_section s = p.proposal_section_of(id);
  if (s == proposal_section::unlisted) return "not listed";
  if (s == proposal_section::unimplemented) return "not rated (unimplemented)";
  const proposal_check_set lacking = p.checks_lacking(id);
  if (lacking == 0) return "all six met";
  std::string out = "lacks " + std::string(to_text(lacking).view());
  std::vector<std::string> wip;
  for (proposal_check c : checks_in(lacking))
    if (p.check_of(id, c) == check_status::wip) wip.emplace_back(to_string(c));
  if (!wip.empty()) out += " (wip: " + suggestion_text(wip) + ")";
  return out;
}

bool colour_wanted(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  if (mode != "auto") throw usage_error("--color " + mode + ": expected auto, always or never");
  const char* no_colour = std::getenv("NO_COLOR");
  if (no_colour && *no_colour) return false;
  return isatty(STDOUT_FILENO) == 1;
}

std::string tier_coloured(tier t, const std::string& s, bool on) {
  if (!on) return s;
  switch (t) {
  case tier::t1: return fmt::format(fmt::fg(fmt::terminal_color::green), "{}", s);
  case tier::t2: return fmt::format(fmt::fg(fmt::terminal_color::yellow), "{}", s);
  case tier::t3: return fmt::format(fmt::fg(fmt::terminal_color::magenta), "{}", s);
  case tier::unsupported: return fmt::format(fmt::fg(fmt::terminal_color::red), "{}", s);
  case tier::unlisted: break;
  }
  return s;
}

std::string bold(const std::string& s, bool on) {
  return on ? fmt::format(fmt::emphasis::bold, "{}", s) : s;
}

std::string dim(const std::string& s, bool on) {
  return on ? fmt::format(fmt::emphasis::faint, "{}", s) : s;
}

std::size_t display_width(std::string_view s) {
  std::size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string markdown_cell(std::string_view s, bool code) {
  const bool has_pipe = s.find('|') != std::string_view::npos;
  // Brackets survive only in code spans: outside them they are read as link brackets.
  if ((code || s.find_first_of("[]") != std::string_view::npos) && !has_pipe && !s.empty()) {
    std::size_t longest = 0, run = 0;
    for (char c : s) {
      run = c == '`' ? run + 1 : 0;
      longest = std::max(longest, run);
    }
    const std::string fence(longest + 1, '`');
    const bool pad = s.front() == '`' || s.back() == '`' || (s.front() == ' ' && s.back() == ' ');
    return fence + (pad ? " " : "") + std::string(s) + (pad ? " " : "") + fence;
  }
  std::string out;
  for (char c : s) {
    if (std::string_view("\\`*_[]<>|&~!").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

nlohmann::ordered_json tier_value(tier t) {
  if (is_tiered(t)) return static_cast<int>(t);
  return t == tier::unsupported ? "unsupported" : "unlisted";
}

std::string support_value(support s) {
  switch (s) {
  case support::yes: return "yes";
  case support::wip: return "wip";
  case support::no: return "no";
  case support::unlisted: break;
  }
  return "unlisted";
}

} // namespace wasmtime_tiers::tool
