#include "generate.hpp"

#include <wasmtime_tiers/detail/encoding.hpp>
#include <wasmtime_tiers/detail/proposals_table.hpp>
#include <wasmtime_tiers/detail/text.hpp>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace wasmtime_tiers::tool {
namespace {

std::string encode(std::size_t value, std::size_t width) {
  std::string out(width, '0');
  for (std::size_t i = width; i-- > 0;) {
    out[i] = detail::digit_alphabet[value % 64];
    value /= 64;
  }
  if (value != 0) throw std::logic_error("value does not fit its width");
  return out;
}

std::size_t width_for(std::size_t max_value) {
  std::size_t w = 1, cap = 64;
  while (max_value >= cap) {
    ++w;
    cap *= 64;
  }
  return w;
}

std::string escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

// A long string literal split over lines of at most `chunk` characters.
std::string literal(std::string_view s, const std::string& indent, std::size_t chunk = 96) {
  if (s.empty()) return "\"\"";
  std::string out;
  for (std::size_t i = 0; i < s.size(); i += chunk) {
    if (i) out += "\n" + indent;
    // Appended piece by piece: GCC 12 at -O3 warns (-Wrestrict, a false positive) about
    // "\"" + std::string&&.
    out += '"';
    out += escape(s.substr(i, chunk));
    out += '"';
  }
  return out;
}

std::string stem_of(const std::string& file) {
  std::string stem = fs::path(file).stem().string();
  for (char& c : stem)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return stem;
}

// The longest string literal of a generated header, adjacent literals joined (an upper bound:
// an escape such as \0 counts as two characters).
std::size_t longest_literal(const std::string& content) {
  std::size_t longest = 0, run = 0;
  bool joined = false; // the previous line was a literal that the next one continues
  std::istringstream in(content);
  for (std::string line; std::getline(in, line);) {
    const std::size_t first = line.find_first_not_of(' ');
    const std::size_t last = line.find_last_of('"');
    if (first == std::string::npos || line[first] != '"' || last == first) {
      joined = false;
      run = 0;
      continue;
    }
    run = (joined ? run : 0) + (last - first - 1);
    longest = std::max(longest, run);
    joined = last + 1 == line.size();
  }
  return longest;
}

// A table too large for one literal of the 65,536 characters C++ requires a compiler to accept
// (thousands of entities): GCC and Clang accept it, and Clang's -Woverlength-strings (part of
// -Wpedantic) is silenced in this header only.
std::string allow_long_literals(std::string content) {
  constexpr std::size_t guaranteed = 65536;
  if (longest_literal(content) < guaranteed) return content;
  const std::string guard = "\n#define WASMTIME_TIERS_GENERATED_";
  const std::size_t at = content.find(guard);
  const std::size_t end = content.rfind("#endif");
  if (at == std::string::npos || end == std::string::npos) return content;
  const std::size_t after = content.find('\n', at + 1) + 1;
  content.insert(end, "#if defined(__clang__)\n#pragma clang diagnostic pop\n#endif\n\n");
  content.insert(after, "\n// Literals longer than the 65,536 characters every compiler must accept.\n"
                        "#if defined(__clang__)\n#pragma clang diagnostic push\n"
                        "#pragma clang diagnostic ignored \"-Woverlength-strings\"\n#endif\n");
  return content;
}

// The file's content, or nullopt where it cannot be read (absent).
std::optional<std::string> read_whole(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string reason_of(int error) { return error ? std::strerror(error) : "unknown error"; }

// Writes every file of `files` into `dir`, all or nothing: each changed file is written in full to
// a temporary file beside it (NAME.tmp), and only when all are complete are they renamed into
// place, the previous files kept under NAME.old until every rename has succeeded. On any failure
// (a full disk, a file-size limit, a rename refused) every file is as it was before and no
// temporary file is left; the error names the file and the reason.
void write_all_or_nothing(const fs::path& dir, const std::map<std::string, std::string>& files) {
  struct change {
    fs::path path, tmp, old;
    bool existed = false;
  };
  std::vector<change> changes;
  for (const auto& [name, content] : files) {
    const fs::path path = dir / name;
    const auto current = read_whole(path);
    if (current && *current == content) continue;
    changes.push_back({path, fs::path(path) += ".tmp", fs::path(path) += ".old", current.has_value()});
  }
  auto remove_quietly = [](const fs::path& p) {
    std::error_code ec;
    fs::remove(p, ec);
  };
  auto clean_up = [&] {
    for (const auto& c : changes) {
      remove_quietly(c.tmp);
      remove_quietly(c.old);
    }
  };

  // 1. Every temporary file, written whole.
  for (const auto& c : changes) {
    const std::string& content = files.at(c.path.filename().string());
    std::FILE* f = std::fopen(c.tmp.c_str(), "wb");
    int error = f ? 0 : errno;
    if (f) {
      if (std::fwrite(content.data(), 1, content.size(), f) != content.size()) error = errno;
      if (std::fflush(f) != 0 && !error) error = errno;
      if (std::fclose(f) != 0 && !error) error = errno;
    }
    if (error) {
      clean_up();
      throw std::runtime_error("cannot write " + c.tmp.string() + ": " + reason_of(error) +
                               "; nothing in " + dir.string() + " was changed");
    }
  }

  // 2. The previous files kept (a hard link, else a copy), then each new file renamed into place.
  for (const auto& c : changes) {
    if (!c.existed) continue;
    std::error_code ec;
    remove_quietly(c.old);
    fs::create_hard_link(c.path, c.old, ec);
    if (ec) {
      ec.clear();
      fs::copy_file(c.path, c.old, fs::copy_options::overwrite_existing, ec);
    }
    if (ec) {
      clean_up();
      throw std::runtime_error("cannot keep a copy of " + c.path.string() + " while replacing it: " +
                               ec.message() + "; nothing in " + dir.string() + " was changed");
    }
  }
  for (std::size_t i = 0; i < changes.size(); ++i) {
    std::error_code ec;
    fs::rename(changes[i].tmp, changes[i].path, ec);
    if (!ec) continue;
    // Undo the renames done so far: the previous set comes back whole.
    for (std::size_t j = 0; j < i; ++j) {
      std::error_code undo;
      if (changes[j].existed) fs::rename(changes[j].old, changes[j].path, undo);
      else fs::remove(changes[j].path, undo);
    }
    clean_up();
    throw std::runtime_error("cannot rename " + changes[i].tmp.string() + " to " +
                             changes[i].path.string() + ": " + ec.message() + "; nothing in " +
                             dir.string() + " was changed");
  }
  for (const auto& c : changes) remove_quietly(c.old);
}

unsigned major_of(const std::string& file, int line, const std::string& version) {
  std::string v = version;
  if (!v.empty() && v[0] == 'v') v.erase(0, 1);
  std::size_t dot = v.find('.');
  std::string major = v.substr(0, dot);
  if (major.empty() || !std::all_of(major.begin(), major.end(), ::isdigit))
    throw input_error(file, line, "release '" + version + "' is not of the form vMAJOR.MINOR.PATCH");
  if (major.size() > 4 || std::stoul(major) > max_release)
    throw input_error(file, line, "release '" + version + "' is above Wasmtime " +
                                      std::to_string(max_release) + ", the largest major the tables hold");
  return static_cast<unsigned>(std::stoul(major));
}

struct entity_info {
  category cat;
  std::string name;
  std::string identifier;
  std::string first_file;
  // Where a text first names it (for an entity an added release adds): file, line, table.
  std::string where_file;
  int where_line = 0;
  std::string where_table;
};

} // namespace

std::string identifier_of(category c, const std::string& name) {
  return std::string(detail::identifier_of(c, name).view());
}

namespace {

// One line of a release manifest.
struct manifest_entry {
  std::string file;
  unsigned first_release = 0;
  unsigned last_release = 0;
  std::string upstream_id; // the fourth column (upstream commit or blob), "" when absent
};

// Reads a release manifest: a header 'file<TAB>first_release<TAB>last_release[<TAB>...]', then
// one line per text, sorted by first_release and checked for overlapping release ranges.
std::vector<manifest_entry> read_manifest_entries(const std::string& manifest_path) {
  std::ifstream in(manifest_path);
  if (!in) throw input_error(manifest_path, 0, "cannot open the release manifest");
  std::vector<manifest_entry> out;
  std::string line;
  int n = 0;
  std::vector<std::string> header;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty()) continue;
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string col;
    while (std::getline(ss, col, '\t')) cols.push_back(col);
    if (header.empty()) {
      header = cols;
      if (cols.size() < 3 || cols[0] != "file" || cols[1] != "first_release" ||
          cols[2] != "last_release")
        throw input_error(manifest_path, n,
                          "expected a header 'file<TAB>first_release<TAB>last_release[<TAB>...]'");
      continue;
    }
    if (cols.size() < 3)
      throw input_error(manifest_path, n, "expected at least 3 tab-separated columns");
    manifest_entry e;
    e.file = cols[0];
    e.first_release = major_of(manifest_path, n, cols[1]);
    e.last_release = major_of(manifest_path, n, cols[2]);
    if (e.last_release < e.first_release)
      throw input_error(manifest_path, n, "last_release is before first_release");
    if (cols.size() > 3) e.upstream_id = cols[3];
    out.push_back(std::move(e));
  }
  if (out.empty()) throw input_error(manifest_path, n, "the manifest lists no texts");
  std::stable_sort(out.begin(), out.end(), [](const manifest_entry& a, const manifest_entry& b) {
    return a.first_release < b.first_release;
  });
  for (std::size_t i = 1; i < out.size(); ++i)
    if (out[i].first_release <= out[i - 1].last_release)
      throw input_error(manifest_path, 0,
                        "texts " + out[i - 1].file + " and " + out[i].file +
                            " both claim Wasmtime " + std::to_string(out[i].first_release));
  return out;
}

} // namespace

std::vector<release_text> read_manifest(const std::string& manifest_path) {
  std::vector<release_text> out;
  for (auto& e : read_manifest_entries(manifest_path)) {
    release_text rt;
    rt.first_release = e.first_release;
    rt.last_release = e.last_release;
    rt.upstream_commit = e.upstream_id;
    fs::path p = fs::path(manifest_path).parent_path() / e.file;
    rt.document = read_tiers_document(p.string());
    rt.document.file = e.file;
    rt.source = e.file;
    rt.path = p.string();
    out.push_back(std::move(rt));
  }
  return out;
}

std::vector<proposals_release_text> read_proposals_manifest(const std::string& manifest_path) {
  std::vector<proposals_release_text> out;
  for (auto& e : read_manifest_entries(manifest_path)) {
    proposals_release_text pt;
    pt.first_release = e.first_release;
    pt.last_release = e.last_release;
    pt.upstream_blob = e.upstream_id;
    fs::path p = fs::path(manifest_path).parent_path() / e.file;
    pt.document = read_proposals_document(p.string());
    pt.document.file = e.file;
    pt.source = e.file;
    pt.path = p.string();
    out.push_back(std::move(pt));
  }
  return out;
}

namespace {

char cell_code(const proposal_cell& c) {
  static constexpr char codes[] = {'y', 'w', 'n', 'p', '.'};
  char ch = codes[static_cast<std::size_t>(c.status)];
  if (c.noted && ch != '.') ch = static_cast<char>(ch - 'a' + 'A');
  return ch;
}

// proposals.hpp: one packed table per text of docs/stability-wasm-proposals.md (see
// include/wasmtime_tiers/detail/proposals_table.hpp), and which text each Wasmtime major shipped.
std::string proposals_header(const std::vector<proposals_release_text>& proposals,
                             const std::vector<std::vector<std::size_t>>& row_ids,
                             std::size_t id_width, const std::string& command) {
  std::size_t most_rows = 0;
  for (const auto& p : proposals) most_rows = std::max(most_rows, p.document.rows.size());
  const std::size_t index_width = width_for(most_rows);
  unsigned newest = 0;
  for (const auto& p : proposals) newest = std::max(newest, p.last_release);
  if (proposals.size() > 64) throw std::runtime_error("more than 64 texts: widen the release map");
  std::string map(proposals.empty() ? 0 : newest + 1, '-');
  for (std::size_t ti = 0; ti < proposals.size(); ++ti)
    for (unsigned r = proposals[ti].first_release; r <= proposals[ti].last_release; ++r)
      map[r] = detail::digit_alphabet[ti];

  std::ostringstream o;
  o << "// Generated by `wasmtime-tiers gen` from Wasmtime's docs/stability-wasm-proposals.md; do not\n"
    << "// edit. Regenerate with: " << command << "\n// Inputs:\n";
  for (const auto& p : proposals)
    o << "//   " << p.source << ": Wasmtime " << p.first_release << " to " << p.last_release
      << (p.upstream_blob.empty() ? "" : ", upstream blob " + p.upstream_blob) << "\n";
  if (proposals.empty()) o << "//   none\n";
  o << "#ifndef WASMTIME_TIERS_GENERATED_PROPOSALS_HPP\n#define WASMTIME_TIERS_GENERATED_PROPOSALS_HPP\n\n"
    << "#include <cstddef>\n#include <string_view>\n\n"
    << "#include <wasmtime_tiers/detail/proposals_table.hpp>\n\n"
    << "#define WASMTIME_TIERS_DETAIL_OLDEST_PROPOSALS_RELEASE "
    << (proposals.empty() ? 0u : proposals.front().first_release) << "\n"
    << "#define WASMTIME_TIERS_DETAIL_NEWEST_PROPOSALS_RELEASE "
    << (proposals.empty() ? 0u : newest) << "\n\n"
    << "namespace wasmtime_tiers::detail::gen {\n\n"
    << "// Digits per entity of proposals_table::row_of.\n"
    << "inline constexpr std::size_t proposal_row_index_width = " << index_width << ";\n\n";
  std::vector<std::string> names;
  for (std::size_t ti = 0; ti < proposals.size(); ++ti) {
    const auto& p = proposals[ti];
    const std::string name = "proposals_" + stem_of(p.document.file);
    names.push_back(name);
    std::string rows;
    std::size_t extent = 0;
    for (std::size_t id : row_ids[ti]) extent = std::max(extent, id + 1);
    std::vector<std::size_t> row_of(extent, 0);
    for (std::size_t r = 0; r < p.document.rows.size(); ++r) {
      const proposal_row& row = p.document.rows[r];
      const std::size_t id = row_ids[ti][r];
      row_of[id] = r + 1; // the last row wins, should a text list a proposal twice
      std::string tail(detail::proposal_row_tail, '.');
      tail[detail::proposal_row_section] = detail::digit_alphabet[row.section_index];
      tail[detail::proposal_row_alias] = detail::digit_alphabet[alias_index_of(row.name)];
      tail[detail::proposal_row_name_note] = row.name_noted ? '1' : '0';
      for (std::size_t col : row.columns) {
        if (col == enabled_column_index)
          tail[detail::proposal_row_enabled] = cell_code(*row.enabled);
        else
          tail[detail::proposal_row_checks + col] = cell_code(row.checks[col]);
      }
      rows += encode(id, id_width) + tail;
    }
    std::string row_of_text;
    for (std::size_t v : row_of) row_of_text += encode(v, index_width);
    o << "inline constexpr proposals_table " << name << "{\n"
      << "    \"" << escape(p.document.file) << "\",\n"
      << "    \"" << escape(p.upstream_blob) << "\",\n"
      << "    " << p.first_release << ",\n    " << p.last_release << ",\n"
      << "    // rows: id, heading, alias, name footnote, Phase 4, Tests, Finished, Fuzzed, API, C API, Enabled\n"
      << "    " << literal(rows, "    ", (id_width + detail::proposal_row_tail) * 8) << ",\n"
      << "    // row of each entity\n    " << literal(row_of_text, "    ") << "};\n\n";
  }
  o << "// The texts, oldest first, then the empty table of releases no text covers.\n"
    << "inline constexpr const proposals_table* proposals_texts[] = {\n";
  for (const auto& n : names) o << "    &" << n << ",\n";
  o << "    &no_proposals_text,\n};\n"
    << "inline constexpr std::size_t proposals_text_count = " << names.size() << ";\n\n"
    << "// For each Wasmtime major from 0: the index of its text in `proposals_texts`, '-' for none.\n"
    << "inline constexpr std::string_view proposals_release_texts = \"" << map << "\";\n\n"
    << "} // namespace wasmtime_tiers::detail::gen\n\n#endif\n";
  return o.str();
}

// The enumerator of a category, as C++ code names it.
std::string_view enumerator_of(category c) {
  constexpr std::string_view names[] = {"target",        "backend",       "wasm_proposal",
                                        "wasi_proposal", "embedding_api", "misc"};
  return names[static_cast<std::size_t>(c)];
}

} // namespace

void generate_headers(const std::vector<release_text>& texts, const std::string& out_dir,
                      const std::string& command) {
  generate_headers(texts, {}, out_dir, command);
}

void generate_headers(const std::vector<release_text>& texts,
                      const std::vector<proposals_release_text>& proposals,
                      const std::string& out_dir, const std::string& command,
                      const std::vector<known_entity>* known, std::vector<added_name>* added_names) {
  // Entities in order of first appearance: release order, then document order (after the known
  // ones, for an added release).
  std::vector<entity_info> entities;
  std::map<std::pair<int, std::string>, std::size_t> ids;
  struct place {
    std::string file;
    int line = 0;
    std::string table;
  };
  auto id_of = [&](category c, const std::string& name, const std::string& file, const place& where) {
    auto key = std::make_pair(static_cast<int>(c), name);
    auto it = ids.find(key);
    if (it != ids.end()) return it->second;
    std::size_t id = entities.size();
    ids.emplace(key, id);
    entities.push_back({c, name, identifier_of(c, name), file, where.file, where.line, where.table});
    return id;
  };
  if (known)
    for (const auto& k : *known) id_of(k.cat, k.name, k.first_file, {});
  const std::size_t known_count = entities.size();
  auto at = [](const std::string& path, int line, const std::string& table) { return place{path, line, table}; };
  // The ids each text's tables span: every id known once it is read (a text read from a file: the
  // span of the text before it, or up to the newest id it names), or what a compiled-in table spans.
  std::vector<std::size_t> count_after;
  for (const auto& t : texts) {
    const std::string& path = t.path.empty() ? t.document.file : t.path;
    std::size_t extent = count_after.empty() ? 0 : count_after.back();
    for (const auto& r : t.document.rows)
      extent = std::max(extent, 1 + id_of(r.category, r.name, t.document.file,
                                          at(path, r.line,
                                             r.tier == tier::unsupported
                                                 ? std::string("unsupported list")
                                                 : std::string(to_string(r.tier)) + " table")));
    for (const auto& st : t.document.support)
      for (const auto& r : st.rows)
        extent = std::max(extent, 1 + id_of(category::wasm_proposal, r.feature, t.document.file,
                                            at(path, r.line,
                                               "compiler support, " +
                                                   std::string(architecture_names[st.architecture]))));
    count_after.push_back(t.entity_extent ? t.entity_extent : extent);
  }
  // The proposals of docs/stability-wasm-proposals.md: `wasm` entities of the tiers texts (by
  // their name there, through proposal_aliases), or names of proposals_only_names, which become
  // entities after every entity of the tiers texts, in order of first appearance.
  std::vector<std::vector<std::size_t>> proposal_ids;
  if (!proposals.empty() && known) {
    for (const auto& p : proposals) {
      std::vector<std::size_t> row_ids;
      for (const auto& r : p.document.rows)
        row_ids.push_back(id_of(category::wasm_proposal, tiers_name_of(r.name),
                                p.document.file + " (wasm proposals)",
                                at(p.path.empty() ? p.document.file : p.path, r.line, r.section)));
      proposal_ids.push_back(std::move(row_ids));
    }
  } else if (!proposals.empty()) {
    const std::string vocabulary = "include/wasmtime_tiers/proposal.hpp";
    const int wasm = static_cast<int>(category::wasm_proposal);
    for (const auto& a : proposal_aliases)
      if (!ids.count({wasm, std::string(a.tiers_name)}))
        throw input_error(vocabulary, 0,
                          "proposal_aliases maps '" + std::string(a.proposals_name) + "' to '" +
                              std::string(a.tiers_name) +
                              "', which no text of docs/stability-tiers.md names");
    for (const auto& n : proposals_only_names)
      if (ids.count({wasm, std::string(n)}))
        throw input_error(vocabulary, 0,
                          "'" + std::string(n) +
                              "' is in proposals_only_names, but docs/stability-tiers.md names "
                              "it too; remove it from that list");
    for (const auto& p : proposals) {
      std::vector<std::size_t> row_ids;
      for (const auto& r : p.document.rows) {
        const std::string name = tiers_name_of(r.name);
        if (!ids.count({wasm, name}) &&
            std::find(std::begin(proposals_only_names), std::end(proposals_only_names), name) ==
                std::end(proposals_only_names))
          throw input_error(p.path.empty() ? p.document.file : p.path, r.line,
                            unknown_proposal_reason(r.name));
        row_ids.push_back(id_of(category::wasm_proposal, name, p.document.file + " (wasm proposals)", {}));
      }
      proposal_ids.push_back(std::move(row_ids));
    }
  }
  // Two names must not share a C++ identifier.
  std::map<std::string, std::size_t> idents;
  for (std::size_t i = 0; i < entities.size(); ++i) {
    std::string q = std::string(namespace_of(entities[i].cat)) + "::" + entities[i].identifier;
    auto [it, ins] = idents.emplace(q, i);
    if (!ins && known && i >= known_count)
      throw input_error(entities[i].where_file, entities[i].where_line,
                        "'" + entities[i].name + "' (" + entities[i].where_table +
                            ") would be the C++ name " + q + ", which is already that of '" +
                            entities[it->second].name + "'; if the text means that one, spell it '" +
                            entities[it->second].name + "' in the file");
    if (!ins)
      throw input_error(entities[i].first_file, 0,
                        "'" + entities[i].name + "' and '" + entities[it->second].name +
                            "' both become the C++ name " + q);
  }

  // Category spellings that category_spellings lacks (an added release only), appended to it.
  std::vector<std::pair<std::string, category>> added_spellings;
  std::vector<added_name> added;
  auto spelling_of = [&](const tier_row& r, const std::string& path) -> std::size_t {
    if (r.spelling < new_spelling) return r.spelling;
    for (std::size_t i = 0; i < added_spellings.size(); ++i)
      if (added_spellings[i].first == r.category_text) return new_spelling + i;
    if (new_spelling + added_spellings.size() >= 64)
      throw input_error(path, r.line, "more than 64 category spellings: the tables hold one digit each");
    added_spellings.emplace_back(r.category_text, r.category);
    added.push_back({false,
                     "'" + r.category_text + "', a spelling of " + std::string(to_string(r.category)) +
                         " (category_spelling_of gives it)",
                     path + ":" + std::to_string(r.line)});
    return new_spelling + added_spellings.size() - 1;
  };
  for (std::size_t i = known_count; i < entities.size(); ++i)
    added.push_back({true, std::string(namespace_of(entities[i].cat)) + "::" + entities[i].identifier + " (id " +
                         std::to_string(i) + "): " + std::string(to_string(entities[i].cat)) + " '" +
                         entities[i].name + "'",
                     entities[i].where_file + ":" + std::to_string(entities[i].where_line) + " (" +
                         entities[i].where_table + ")"});

  // The pool of "Missing Tier N Requirements" cells; 0 is the empty cell.
  std::vector<std::string> missing_texts = {""};
  std::vector<requirement_set> missing_sets = {0};
  std::map<std::string, std::size_t> missing_index = {{"", 0}};
  for (const auto& t : texts)
    for (const auto& r : t.document.rows)
      if (!missing_index.count(r.missing)) {
        missing_index[r.missing] = missing_texts.size();
        missing_texts.push_back(r.missing);
        missing_sets.push_back(r.missing_set);
      }

  const std::size_t id_width = width_for(entities.size());
  const std::size_t missing_width = width_for(missing_texts.size());
  std::string names_concat;
  std::vector<std::size_t> offsets;
  for (const auto& e : entities) {
    offsets.push_back(names_concat.size());
    names_concat += e.name;
    names_concat += '\0'; // so that name_of<E>.data() is a C string
  }
  offsets.push_back(names_concat.size());
  const std::size_t offset_width = width_for(names_concat.size());

  const std::string banner_head =
      (proposals.empty()
           ? "// Generated by `wasmtime-tiers gen` from Wasmtime's docs/stability-tiers.md; do not edit.\n"
           : "// Generated by `wasmtime-tiers gen` from Wasmtime's docs/stability-tiers.md and\n"
             "// docs/stability-wasm-proposals.md; do not edit.\n") +
      std::string("// Regenerate with: ") + command + "\n";
  std::string all_inputs;
  for (const auto& t : texts)
    all_inputs += "//   " + t.source + ": Wasmtime " + std::to_string(t.first_release) + " to " +
                  std::to_string(t.last_release) +
                  (t.upstream_commit.empty() ? "" : ", upstream commit " + t.upstream_commit) + "\n";

  fs::create_directories(out_dir);
  std::map<std::string, std::string> files;

  // entities.hpp: the tag types and the per-entity pools.
  {
    std::ostringstream o;
    o << banner_head << "// Inputs:\n" << all_inputs
      << "#ifndef WASMTIME_TIERS_GENERATED_ENTITIES_HPP\n#define WASMTIME_TIERS_GENERATED_ENTITIES_HPP\n\n"
      << "#include <cstddef>\n#include <string_view>\n\n"
      << "#include <wasmtime_tiers/detail/encoding.hpp>\n#include <wasmtime_tiers/detail/entity_tag.hpp>\n"
         "#include <wasmtime_tiers/requirement.hpp>\n\n"
      << "namespace wasmtime_tiers::detail::gen {\n\n"
      << "inline constexpr std::size_t entity_count = " << entities.size() << ";\n"
      << "inline constexpr std::size_t id_width = " << id_width << ";\n"
      << "inline constexpr std::size_t missing_width = " << missing_width << ";\n"
      << "inline constexpr std::size_t name_offset_width = " << offset_width << ";\n\n"
      << "// Every entity's Wasmtime name, each ended by a NUL, concatenated in id order.\n"
      << "inline constexpr char names_data[] =\n";
    for (std::size_t i = 0; i < entities.size(); ++i)
      o << "    \"" << escape(entities[i].name) << "\\0\"" << (i + 1 == entities.size() ? ";" : "")
        << "\n";
    if (entities.empty()) o << "    \"\";\n";
    o << "inline constexpr std::string_view names{names_data, sizeof(names_data) - 1};\n";
    std::string offs, cats;
    for (auto off : offsets) offs += encode(off, offset_width);
    for (const auto& e : entities) cats += encode(static_cast<std::size_t>(e.cat), 1);
    o << "// Where each name starts in `names` (name_offset_width digits per entity, then the end).\n"
      << "inline constexpr std::string_view name_offsets =\n    " << literal(offs, "    ") << ";\n"
      << "// Each entity's category, one digit per entity.\n"
      << "inline constexpr std::string_view categories =\n    " << literal(cats, "    ") << ";\n\n"
      << "// The distinct \"Missing Tier N Requirements\" cells of all texts, and what each names.\n"
      << "inline constexpr literal missing_texts[] = {\n";
    for (const auto& m : missing_texts) o << "    \"" << escape(m) << "\",\n";
    o << "};\ninline constexpr requirement_set missing_sets[] = {\n";
    for (auto s : missing_sets) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(s));
      o << "    " << buf << ",\n";
    }
    o << "};\n\n} // namespace wasmtime_tiers::detail::gen\n\n";
    for (std::size_t c = 0; c < category_count; ++c) {
      auto cat = static_cast<category>(c);
      o << "namespace wasmtime_tiers::" << namespace_of(cat) << " {\n// clang-format off\n";
      std::size_t wid = 0;
      for (const auto& e : entities)
        if (e.cat == cat) wid = std::max(wid, e.identifier.size());
      for (std::size_t i = 0; i < entities.size(); ++i) {
        if (entities[i].cat != cat) continue;
        std::string head = "struct " + entities[i].identifier;
        head.resize(wid + 7, ' ');
        o << head << " : detail::entity_tag<" << i << "> {}; // " << entities[i].name << "\n";
      }
      o << "// clang-format on\n} // namespace wasmtime_tiers::" << namespace_of(cat) << "\n\n";
    }
    o << "#endif\n";
    files["entities.hpp"] = o.str();
  }

  // identifiers.hpp: the qualified C++ names and the tag type of each id, for tools and the
  // opt-in headers (not included by <wasmtime_tiers.hpp>).
  {
    std::ostringstream o;
    o << banner_head
      << "#ifndef WASMTIME_TIERS_GENERATED_IDENTIFIERS_HPP\n#define WASMTIME_TIERS_GENERATED_IDENTIFIERS_HPP\n\n"
      << "#include <cstddef>\n#include <string_view>\n\n#include <wasmtime_tiers/generated/entities.hpp>\n\n"
      << "namespace wasmtime_tiers::detail::gen {\n\n"
      << "// Each entity's tag type, qualified by its category's namespace, in id order.\n"
      << "inline constexpr std::string_view identifiers[entity_count] = {\n";
    for (const auto& e : entities)
      o << "    \"" << namespace_of(e.cat) << "::" << e.identifier << "\",\n";
    o << "};\n\n// entity_at<Id>::type: the tag type of entity Id.\n"
      << "template <std::size_t Id>\nstruct entity_at;\n// clang-format off\n";
    for (std::size_t i = 0; i < entities.size(); ++i)
      o << "template <> struct entity_at<" << i << "> { using type = " << namespace_of(entities[i].cat)
        << "::" << entities[i].identifier << "; };\n";
    o << "// clang-format on\n\n} // namespace wasmtime_tiers::detail::gen\n\n#endif\n";
    files["identifiers.hpp"] = o.str();
  }

  // One header per text.
  std::vector<std::string> stems;
  for (std::size_t ti = 0; ti < texts.size(); ++ti) {
    const auto& t = texts[ti];
    const std::size_t n = count_after[ti];
    std::string stem = stem_of(t.document.file);
    stems.push_back(stem);
    std::string tiers(n, '-'), spell(n, '0'), miss;
    std::vector<std::size_t> miss_idx(n, 0);
    std::string order;
    for (const auto& r : t.document.rows) {
      std::size_t id = ids.at({static_cast<int>(r.category), r.name});
      tiers[id] = detail::tier_code(r.tier);
      spell[id] = detail::digit_alphabet[spelling_of(r, t.path.empty() ? t.document.file : t.path)];
      miss_idx[id] = missing_index.at(r.missing);
      order += encode(id, id_width);
    }
    for (auto m : miss_idx) miss += encode(m, missing_width);
    std::string support[5][2], support_order[5];
    for (auto& a : support)
      for (auto& c : a) c = std::string(2 * n, '.');
    for (const auto& st : t.document.support) {
      if (!support_order[st.architecture].empty())
        throw input_error(t.document.file, st.line, "a second table for the same architecture");
      for (const auto& r : st.rows) {
        std::size_t id = ids.at({static_cast<int>(category::wasm_proposal), r.feature});
        support_order[st.architecture] += encode(id, id_width);
        for (int c = 0; c < 2; ++c) {
          if (r.note[c].size() > 1)
            throw input_error(t.document.file, r.line,
                              "footnote label '" + r.note[c] + "' is longer than one character");
          support[st.architecture][c][2 * id] = static_cast<char>(r.status[c]);
          support[st.architecture][c][2 * id + 1] = r.note[c].empty() ? '.' : r.note[c][0];
        }
      }
    }
    bool any_support = !t.document.support.empty();
    std::ostringstream o;
    o << banner_head << "// Input: " << t.source << " (Wasmtime " << t.first_release << " to "
      << t.last_release << (t.upstream_commit.empty() ? "" : ", upstream commit " + t.upstream_commit)
      << ")\n"
      << "#ifndef WASMTIME_TIERS_GENERATED_TEXT_" << stem << "_HPP\n#define WASMTIME_TIERS_GENERATED_TEXT_"
      << stem << "_HPP\n\n#include <wasmtime_tiers/detail/text_table.hpp>\n\n"
      << "namespace wasmtime_tiers::detail::gen {\n\n"
      << "inline constexpr text_table text_" << stem << "{\n"
      << "    \"" << escape(t.document.file) << "\",\n"
      << "    \"" << escape(t.upstream_commit) << "\",\n"
      << "    " << t.first_release << ",\n    " << t.last_release << ",\n"
      << "    // tiers\n    " << literal(tiers, "    ") << ",\n"
      << "    // category spellings\n    " << literal(spell, "    ") << ",\n"
      << "    // missing requirements\n    " << literal(miss, "    ") << ",\n"
      << "    // document order\n    " << literal(order, "    ") << ",\n"
      << "    // compiler support: x86_64, aarch64, s390x, riscv64, Pulley; Cranelift, Winch\n    {";
    for (int a = 0; a < 5; ++a) {
      o << (a ? ",\n     " : "") << "{";
      for (int c = 0; c < 2; ++c)
        o << (c ? ",\n      " : "") << (any_support ? literal(support[a][c], "      ") : "\"\"");
      o << "}";
    }
    o << "},\n    // compiler support, document order\n    {";
    for (int a = 0; a < 5; ++a) o << (a ? ",\n     " : "") << literal(support_order[a], "     ");
    o << "},\n    " << (t.document.proposals_see_also ? "true" : "false") << "};\n\n"
      << "} // namespace wasmtime_tiers::detail::gen\n\n#endif\n";
    files[stem + ".hpp"] = o.str();
  }

  // category_spellings.hpp: the spellings an added release's texts use that category_spellings
  // lacks; category.hpp appends them to that list.
  {
    std::ostringstream o;
    o << banner_head
      << "#ifndef WASMTIME_TIERS_GENERATED_CATEGORY_SPELLINGS_HPP\n"
         "#define WASMTIME_TIERS_GENERATED_CATEGORY_SPELLINGS_HPP\n\n"
      << "// The category spellings of texts added after the library (`gen --add-release`) that\n"
      << "// category_spellings does not list, as initializers appended to it (indices "
      << new_spelling << " on).\n"
      << "#define WASMTIME_TIERS_DETAIL_ADDED_CATEGORY_SPELLINGS";
    for (const auto& [text, cat] : added_spellings)
      o << " \\\n  {\"" << escape(text) << "\", ::wasmtime_tiers::category::" << enumerator_of(cat) << "},";
    o << "\n\n#endif\n";
    files["category_spellings.hpp"] = o.str();
  }
  if (added_names) *added_names = added;

  // releases.hpp: which text each Wasmtime major shipped.
  {
    unsigned newest = 0;
    for (const auto& t : texts) newest = std::max(newest, t.last_release);
    if (newest > max_release) // read_manifest and add_release refuse such releases already
      throw std::runtime_error("Wasmtime " + std::to_string(newest) + " is above the largest major (" +
                               std::to_string(max_release) + ") the tables hold");
    std::string map(newest + 1, '-');
    for (std::size_t ti = 0; ti < texts.size(); ++ti)
      for (unsigned r = texts[ti].first_release; r <= texts[ti].last_release; ++r)
        map[r] = detail::digit_alphabet[ti];
    if (texts.size() > 64) throw std::runtime_error("more than 64 texts: widen the release map");
    std::string known;
    for (unsigned r = 0; r <= newest;) {
      if (map[r] == '-') {
        ++r;
        continue;
      }
      unsigned e = r;
      while (e + 1 <= newest && map[e + 1] != '-') ++e;
      known += (known.empty() ? "" : ", ") + std::to_string(r) + (e > r ? " to " + std::to_string(e) : "");
      r = e + 1;
    }
    unsigned oldest = texts.front().first_release;
    std::ostringstream o;
    o << banner_head << "// Inputs:\n" << all_inputs
      << "#ifndef WASMTIME_TIERS_GENERATED_RELEASES_HPP\n#define WASMTIME_TIERS_GENERATED_RELEASES_HPP\n\n"
      << "#include <string_view>\n\n#include <wasmtime_tiers/detail/text_table.hpp>\n";
    for (const auto& s : stems) o << "#include <wasmtime_tiers/generated/" << s << ".hpp>\n";
    o << "\n// The Wasmtime majors some text covers, in words (for diagnostics).\n"
      << "#define WASMTIME_TIERS_DETAIL_KNOWN_RELEASES \"" << known << "\"\n"
      << "#define WASMTIME_TIERS_DETAIL_NEWEST_RELEASE " << newest << "\n"
      << "#define WASMTIME_TIERS_DETAIL_OLDEST_RELEASE " << oldest << "\n\n"
      << "namespace wasmtime_tiers::detail::gen {\n\n"
      << "inline constexpr const text_table* texts[] = {\n";
    for (const auto& s : stems) o << "    &text_" << s << ",\n";
    o << "};\n\n// For each Wasmtime major from 0: the index of its text in `texts`, '-' for none.\n"
      << "inline constexpr std::string_view release_texts = \"" << map << "\";\n\n"
      << "} // namespace wasmtime_tiers::detail::gen\n\n#endif\n";
    files["releases.hpp"] = o.str();
  }

  files["proposals.hpp"] = proposals_header(proposals, proposal_ids, id_width, command);
  for (const auto& stem : stems)
    if (stem == "proposals" || stem == "entities" || stem == "identifiers" || stem == "releases")
      throw input_error(stem, 0, "a text's header would overwrite another generated header");

  // ENTITIES.md: every entity, for people (the README links it).
  {
    auto tier_in = [&](std::size_t ti, std::size_t id) -> std::string {
      for (const auto& r : texts[ti].document.rows)
        if (ids.at({static_cast<int>(r.category), r.name}) == id) {
          std::string t(wasmtime_tiers::to_string(r.tier));
          return t;
        }
      return "-";
    };
    std::ostringstream o;
    o << "<!-- Generated by `wasmtime-tiers gen`; do not edit. -->\n"
      << "# Entities\n\n"
      << "Every row of every shipped text of Wasmtime's `docs/stability-tiers.md`, as a tag type of\n"
      << "`namespace wasmtime_tiers`. Ids are in order of first appearance. \"-\" means the release's\n"
      << "text does not mention the entity (`tier::unlisted`).\n"
      << (proposals.empty() ? ""
                            : "Proposals that only `docs/stability-wasm-proposals.md` names follow "
                              "those, marked \"(wasm proposals)\".\n")
      << "\n"
      << "| Id | C++ tag type | Wasmtime name | First text | Wasmtime " << texts.back().last_release
      << " |\n|---:|---|---|---|---|\n";
    for (std::size_t i = 0; i < entities.size(); ++i)
      o << "| " << i << " | `" << namespace_of(entities[i].cat) << "::" << entities[i].identifier
        << "` | " << entities[i].name << " | " << entities[i].first_file << " | "
        << tier_in(texts.size() - 1, i) << " |\n";
    files["ENTITIES.md"] = o.str();
  }

  for (auto& [name, content] : files)
    if (name.ends_with(".hpp")) content = allow_long_literals(std::move(content));
  write_all_or_nothing(fs::path(out_dir), files);
}

} // namespace wasmtime_tiers::tool
