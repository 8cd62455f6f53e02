#include "generate.hpp"

#include <wasmtime_tiers/detail/encoding.hpp>
#include <wasmtime_tiers/detail/proposals_table.hpp>
#include <wasmtime_tiers/detail/text_table.hpp>
#include <wasmtime_tiers/detail/text.hpp>
#include <wasmtime_tiers/identifier.hpp>

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

// A detail::packed initializer: the string and its size, so that the compiler measures nothing.
std::string packed_of(std::string_view s, const std::string& indent, std::size_t chunk = 96) {
  return "{" + literal(s, indent, chunk) + ", " + std::to_string(s.size()) + "}";
}

// A character array named `name` holding s, and a detail::packed `view` of it: the view is made
// from the array's size, not by counting the characters in the constant evaluator.
std::string char_array_view(const std::string& name, const std::string& view, std::string_view s) {
  return "inline constexpr char " + name + "[] =\n    " + literal(s, "    ") + ";\n" +
         "inline constexpr packed " + view + "{" + name + ", sizeof(" + name + ") - 1};\n";
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
    changes.push_back(
        {path, fs::path(path) += ".tmp", fs::path(path) += ".old", current.has_value()});
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
      throw std::runtime_error("cannot keep a copy of " + c.path.string() +
                               " while replacing it: " + ec.message() + "; nothing in " +
                               dir.string() + " was changed");
    }
  }
  for (std::size_t i = 0; i < changes.size(); ++i) {
    std::error_code ec;
    fs::rename(changes[i].tmp, changes[i].path, ec);
    if (!ec) continue;
    // Undo the renames done so far: the previous set comes back whole.
    for (std::size_t j = 0; j < i; ++j) {
      std::error_code undo;
      if (changes[j].existed)
        fs::rename(changes[j].old, changes[j].path, undo);
      else
        fs::remove(changes[j].path, undo);
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
    throw input_error(file, line,
                      "release '" + version + "' is not of the form vMAJOR.MINOR.PATCH");
  if (major.size() > 4 || std::stoul(major) > max_release)
    throw input_error(file, line,
                      "release '" + version + "' is above Wasmtime " + std::to_string(max_release) +
                          ", the largest major the tables hold");
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

// ------------------------------------------------------------------------------------------------
// The pipeline after reading (read_manifest, read_proposals_manifest): assign ids -> validate ->
// pool -> emit, each stage a function below; then one writer (write_header) gives every generated
// header its banner, include guard and namespace, and write_all_or_nothing puts the set in place.

// Where a text first names an entity: file, line, table.
struct place {
  std::string file;
  int line = 0;
  std::string table;
};

place where_in(const std::string& path, int line, std::string table) {
  return {path, line, std::move(table)};
}

// The path a text was read from, for messages; its file name where it was compiled in.
const std::string& path_of(const release_text& t) {
  return t.path.empty() ? t.document.file : t.path;
}
const std::string& path_of(const proposals_release_text& p) {
  return p.path.empty() ? p.document.file : p.path;
}

// Stage 1, assign ids: every entity of every text, with dense ids in order of first appearance
// (release order, then document order; after the known ones for an added release).
struct entity_table {
  std::vector<entity_info> entities;
  std::map<std::pair<int, std::string>, std::size_t> ids;
  std::size_t known_count = 0;     // the entities the library knew already (gen --add-release)
  std::vector<std::size_t> extent; // per tiers text: how many ids its tables span
  std::vector<std::vector<std::size_t>> proposal_ids; // per proposals text: each row's entity

  std::size_t add(category c, const std::string& name, const std::string& first_file,
                  const place& where) {
    auto key = std::make_pair(static_cast<int>(c), name);
    if (auto it = ids.find(key); it != ids.end()) return it->second;
    const std::size_t id = entities.size();
    ids.emplace(key, id);
    entities.push_back(
        {c, name, identifier_of(c, name), first_file, where.file, where.line, where.table});
    return id;
  }
  bool has(category c, const std::string& name) const {
    return ids.count({static_cast<int>(c), name}) != 0;
  }
  std::size_t id(category c, const std::string& name) const {
    return ids.at({static_cast<int>(c), name});
  }
};

// The entities of the tiers texts. Each text's tables span every id known once it is read (the
// span of the text before it, or up to the newest id it names), or what a compiled-in table spans.
entity_table assign_tiers_ids(const std::vector<release_text>& texts,
                              const std::vector<known_entity>* known) {
  entity_table table;
  if (known)
    for (const auto& k : *known) table.add(k.cat, k.name, k.first_file, {});
  table.known_count = table.entities.size();
  for (const auto& t : texts) {
    std::size_t extent = table.extent.empty() ? 0 : table.extent.back();
    for (const auto& r : t.document.rows) {
      const std::string in = r.tier == tier::unsupported
                                 ? std::string("unsupported list")
                                 : std::string(to_string(r.tier)) + " table";
      extent = std::max(extent, 1 + table.add(r.category, r.name, t.document.file,
                                              where_in(path_of(t), r.line, in)));
    }
    for (const auto& st : t.document.support)
      for (const auto& r : st.rows)
        extent =
            std::max(extent,
                     1 + table.add(category::wasm_proposal, r.feature, t.document.file,
                                   where_in(path_of(t), r.line,
                                            "compiler support, " +
                                                std::string(architecture_names[st.architecture]))));
    table.extent.push_back(t.entity_extent ? t.entity_extent : extent);
  }
  return table;
}

// The library's own proposal vocabulary agrees with its tiers texts: every alias maps to a `wasm`
// entity they name, and no name of proposals_only_names is one.
void validate_proposal_vocabulary(const entity_table& table) {
  const std::string vocabulary = "include/wasmtime_tiers/proposal.hpp";
  for (const auto& a : proposal_aliases)
    if (!table.has(category::wasm_proposal, std::string(a.tiers_name)))
      throw input_error(vocabulary, 0,
                        "proposal_aliases maps '" + std::string(a.proposals_name) + "' to '" +
                            std::string(a.tiers_name) +
                            "', which no text of docs/stability-tiers.md names");
  for (const auto& n : proposals_only_names)
    if (table.has(category::wasm_proposal, std::string(n)))
      throw input_error(
          vocabulary, 0,
          "'" + std::string(n) +
              "' is in proposals_only_names, but docs/stability-tiers.md names it too; "
              "remove it from that list");
}

// The proposals of docs/stability-wasm-proposals.md: `wasm` entities of the tiers texts (by their
// name there, through proposal_aliases), or names of proposals_only_names, which become entities
// after every entity of the tiers texts, in order of first appearance. For an added release, any
// name no known text names becomes an entity too.
void assign_proposal_ids(entity_table& table, const std::vector<proposals_release_text>& proposals,
                         bool added_release) {
  for (const auto& p : proposals) {
    std::vector<std::size_t> row_ids;
    for (const auto& r : p.document.rows) {
      const std::string name = tiers_name_of(r.name);
      const std::string first = p.document.file + " (wasm proposals)";
      if (added_release) {
        row_ids.push_back(table.add(category::wasm_proposal, name, first,
                                    where_in(path_of(p), r.line, r.section)));
        continue;
      }
      if (!table.has(category::wasm_proposal, name) &&
          std::find(std::begin(proposals_only_names), std::end(proposals_only_names), name) ==
              std::end(proposals_only_names))
        throw input_error(path_of(p), r.line, unknown_proposal_reason(r.name));
      row_ids.push_back(table.add(category::wasm_proposal, name, first, {}));
    }
    table.proposal_ids.push_back(std::move(row_ids));
  }
}

// The names of the generated headers other than the texts' own.
constexpr std::string_view fixed_headers[] = {"entities",  "identifiers",        "releases",
                                              "proposals", "category_spellings", "shared_strings",
                                              "texts",     "proposal_checks"};

// Stage 2, validate: what would make a generated header wrong, found before anything is written.
void validate(const entity_table& table, const std::vector<release_text>& texts,
              const std::vector<proposals_release_text>& proposals, bool added_release) {
  // Two names must not share a C++ identifier.
  std::map<std::string, std::size_t> idents;
  for (std::size_t i = 0; i < table.entities.size(); ++i) {
    const entity_info& e = table.entities[i];
    const std::string q = std::string(namespace_of(e.cat)) + "::" + e.identifier;
    auto [it, inserted] = idents.emplace(q, i);
    if (inserted) continue;
    const std::string& other = table.entities[it->second].name;
    if (added_release && i >= table.known_count)
      throw input_error(e.where_file, e.where_line,
                        "'" + e.name + "' (" + e.where_table + ") would be the C++ name " + q +
                            ", which is already that of '" + other +
                            "'; if the text means that one, spell it '" + other + "' in the file");
    throw input_error(e.first_file, 0,
                      "'" + e.name + "' and '" + other + "' both become the C++ name " + q);
  }
  // One compiler support table per architecture; footnote labels of one character.
  for (const auto& t : texts) {
    bool seen[detail::architecture_count] = {};
    for (const auto& st : t.document.support) {
      if (seen[st.architecture])
        throw input_error(path_of(t), st.line, "a second table for the same architecture");
      seen[st.architecture] = true;
      for (const auto& r : st.rows)
        for (const auto& note : r.note)
          if (note.size() > 1)
            throw input_error(path_of(t), r.line,
                              "footnote label '" + note + "' is longer than one character");
    }
  }
  // The release maps hold one digit a text, and a text's header no generated header's name.
  if (texts.size() > detail::max_texts || proposals.size() > detail::max_texts)
    throw std::runtime_error("more than " + std::to_string(detail::max_texts) +
                             " texts: widen the release map");
  for (const auto& t : texts) {
    if (t.last_release > max_release) // read_manifest and add_release refuse such releases already
      throw std::runtime_error("Wasmtime " + std::to_string(t.last_release) +
                               " is above the largest major (" + std::to_string(max_release) +
                               ") the tables hold");
    const std::string stem = stem_of(t.document.file);
    for (std::string_view fixed : fixed_headers)
      if (stem == fixed)
        throw input_error(path_of(t), 0,
                          "the text's header " + stem +
                              ".hpp would overwrite another generated header; "
                              "rename the text");
  }
}

// One text's table, packed (see include/wasmtime_tiers/detail/text_table.hpp). The compiler
// support cells end after their last listed cell (readers take ids past the end as "not in the
// table"), so that texts that agree on a table have the same string.
struct packed_text {
  std::string tiers, spellings, missing, order;
  std::string support[detail::architecture_count][detail::compiler_count];
  std::string support_order[detail::architecture_count];
};

// Stage 3, pool: the values every text shares, and each text packed against them.
struct pools {
  // The distinct "Missing Tier N Requirements" cells; 0 is the empty cell.
  std::vector<std::string> missing_texts = {""};
  std::vector<requirement_set> missing_sets = {0};
  std::map<std::string, std::size_t> missing_index = {{"", 0}};
  std::size_t id_width = 1, missing_width = 1;
  // Category spellings that category_spellings lacks (an added release only), appended to it.
  std::vector<std::pair<std::string, category>> added_spellings;
  std::vector<added_name> added;
  std::vector<packed_text> packed; // per tiers text
  // The distinct packed strings of the texts' tables (many texts repeat whole tables, and one text
  // one table for several architectures): written once, in shared_strings.hpp, and named by every
  // table that holds them.
  std::vector<std::string> shared;
  std::map<std::string, std::size_t> shared_index;
};

std::string encode(std::size_t value, std::size_t width) {
  std::string out(width, '0');
  if (!detail::encode_to(out.data(), value, width))
    throw std::logic_error("value does not fit its width");
  return out;
}

// s without its trailing run of `unit`s.
std::string trimmed(std::string s, std::string_view unit) {
  while (!unit.empty() && s.size() >= unit.size() &&
         std::string_view(s).substr(s.size() - unit.size()) == unit)
    s.resize(s.size() - unit.size());
  return s;
}

// The index of a row's category spelling: category_spellings', or a new one appended to it.
std::size_t spelling_index_of(pools& p, const tier_row& r, const std::string& path) {
  if (r.spelling < new_spelling) return r.spelling;
  for (std::size_t i = 0; i < p.added_spellings.size(); ++i)
    if (p.added_spellings[i].first == r.category_text) return new_spelling + i;
  if (new_spelling + p.added_spellings.size() >= detail::digit_base)
    throw input_error(path, r.line,
                      "more than 64 category spellings: the tables hold one digit each");
  p.added_spellings.emplace_back(r.category_text, r.category);
  p.added.push_back({false,
                     "'" + r.category_text + "', a spelling of " +
                         std::string(to_string(r.category)) + " (category_spelling_of gives it)",
                     path + ":" + std::to_string(r.line)});
  return new_spelling + p.added_spellings.size() - 1;
}

packed_text pack_text(pools& p, const entity_table& table, const release_text& t,
                      std::size_t extent) {
  packed_text out;
  out.tiers.assign(extent, detail::tier_code(tier::unlisted));
  out.spellings.assign(extent, detail::digit_alphabet[0]);
  std::vector<std::size_t> missing(extent, 0);
  for (const auto& r : t.document.rows) {
    const std::size_t id = table.id(r.category, r.name);
    out.tiers[id] = detail::tier_code(r.tier);
    out.spellings[id] = detail::digit_alphabet[spelling_index_of(p, r, path_of(t))];
    missing[id] = p.missing_index.at(r.missing);
    out.order += encode(id, p.id_width);
  }
  for (std::size_t m : missing) out.missing += encode(m, p.missing_width);
  const std::string no_cell(detail::support_cell_width, detail::absent_code);
  for (const auto& st : t.document.support) {
    for (auto& cells : out.support[st.architecture])
      cells.assign(detail::support_cell_width * extent, detail::absent_code);
    for (const auto& r : st.rows) {
      const std::size_t id = table.id(category::wasm_proposal, r.feature);
      out.support_order[st.architecture] += encode(id, p.id_width);
      for (std::size_t c = 0; c < detail::compiler_count; ++c) {
        char* cell = &out.support[st.architecture][c][detail::support_cell_width * id];
        cell[0] = static_cast<char>(r.status[c]);
        cell[1] = r.note[c].empty() ? detail::absent_code : r.note[c][0];
      }
    }
    for (auto& cells : out.support[st.architecture]) cells = trimmed(std::move(cells), no_cell);
  }
  return out;
}

// Every packed string of a text, for pooling.
template <class F>
void for_each_string(packed_text& t, F f) {
  f(t.tiers);
  f(t.spellings);
  f(t.missing);
  f(t.order);
  for (auto& a : t.support)
    for (auto& c : a) f(c);
  for (auto& o : t.support_order) f(o);
}

pools pool(const entity_table& table, const std::vector<release_text>& texts) {
  pools p;
  for (const auto& t : texts)
    for (const auto& r : t.document.rows)
      if (p.missing_index.emplace(r.missing, p.missing_texts.size()).second) {
        p.missing_texts.push_back(r.missing);
        p.missing_sets.push_back(r.missing_set);
      }
  p.id_width = detail::width_for(table.entities.size());
  p.missing_width = detail::width_for(p.missing_texts.size());
  // What an added release adds: its entities, then (as packing finds them) its spellings.
  for (std::size_t i = table.known_count; i < table.entities.size(); ++i) {
    const entity_info& e = table.entities[i];
    p.added.push_back(
        {true,
         std::string(namespace_of(e.cat)) + "::" + e.identifier + " (id " + std::to_string(i) +
             "): " + std::string(to_string(e.cat)) + " '" + e.name + "'",
         e.where_file + ":" + std::to_string(e.where_line) + " (" + e.where_table + ")"});
  }
  for (std::size_t ti = 0; ti < texts.size(); ++ti)
    p.packed.push_back(pack_text(p, table, texts[ti], table.extent[ti]));
  // Every distinct string once, a character array that the texts' tables point into ({data,
  // size} aggregates): the strings are written and parsed once, and measured by no one.
  for (auto& t : p.packed)
    for_each_string(t, [&](const std::string& s) {
      if (p.shared_index.emplace(s, p.shared.size()).second) p.shared.push_back(s);
    });
  return p;
}

// ------------------------------------------------------------------------------------------------
// The writer: every generated header is a generated_header, which write_header alone turns into
// text, with the banner, the include guard and the namespace.

// What writes the headers, for their banners.
struct banner {
  std::string sources; // "docs/stability-tiers.md"
  std::string command; // the command line that regenerates them
};

// One generated header, before the writer adds its banner, include guard and namespace.
struct generated_header {
  std::string name;                  // "v22.hpp"
  std::string inputs;                // the banner's lines after "Regenerate with"
  std::vector<std::string> includes; // "<cstddef>": blank lines between groups ("" separates)
  std::string before;                // after the includes, outside any namespace (macros)
  std::string body;                  // inside namespace wasmtime_tiers::detail::gen; "" for none
  std::string after;                 // after that namespace (the tag types' namespaces)
};

// A comment, wrapped at 100 columns.
std::string comment(std::string_view text) {
  std::string out, line = "//";
  std::istringstream words{std::string(text)};
  for (std::string w; words >> w;) {
    if (line.size() + 1 + w.size() > 100 && line != "//") {
      out += line + "\n";
      line = "//";
    }
    line += " " + w;
  }
  return out + line + "\n";
}

std::string guard_of(const std::string& name) {
  std::string g = "WASMTIME_TIERS_GENERATED_";
  for (char c : fs::path(name).stem().string())
    g += std::isalnum(static_cast<unsigned char>(c))
             ? static_cast<char>(std::toupper(static_cast<unsigned char>(c)))
             : '_';
  return g + "_HPP";
}

std::string write_header(const generated_header& h, const banner& b) {
  std::string content;
  content +=
      comment("Generated by `wasmtime-tiers gen` from Wasmtime's " + b.sources + "; do not edit.");
  content += "// Regenerate with: " + b.command + "\n" + h.inputs;
  const std::string guard = guard_of(h.name);
  content += "#ifndef " + guard + "\n#define " + guard + "\n";
  std::string inner = "\n";
  for (const auto& inc : h.includes) inner += inc.empty() ? "\n" : "#include " + inc + "\n";
  if (!h.includes.empty()) inner += "\n";
  inner += h.before;
  if (!h.body.empty())
    inner += "namespace wasmtime_tiers::detail::gen {\n\n" + h.body +
             "\n} // namespace wasmtime_tiers::detail::gen\n\n";
  inner += h.after;
  // A table too large for one literal of the 65,536 characters C++ requires a compiler to accept
  // (thousands of entities): GCC and Clang accept it, and Clang's -Woverlength-strings (part of
  // -Wpedantic) is silenced in this header only.
  if (longest_literal(inner) >= 65536)
    inner = "\n// Literals longer than the 65,536 characters every compiler must accept.\n"
            "#if defined(__clang__)\n#pragma clang diagnostic push\n"
            "#pragma clang diagnostic ignored \"-Woverlength-strings\"\n#endif\n" +
            inner + "#if defined(__clang__)\n#pragma clang diagnostic pop\n#endif\n\n";
  return content + inner + "#endif\n";
}

// ------------------------------------------------------------------------------------------------
// Stage 4, emit: the content of each generated header.

// One line of a banner's list of inputs: the file, the releases it covers and, where known, the
// upstream object it was read from ("commit" for the tiers texts, "blob" for the proposals texts).
template <class Text>
std::string input_line(const Text& t, const char* kind, const std::string& upstream) {
  return "//   " + t.source + ": Wasmtime " + std::to_string(t.first_release) + " to " +
         std::to_string(t.last_release) +
         (upstream.empty() ? "" : ", upstream " + std::string(kind) + " " + upstream) + "\n";
}

std::string inputs_of(const std::vector<release_text>& texts) {
  std::string all = "// Inputs:\n";
  for (const auto& t : texts) all += input_line(t, "commit", t.upstream_commit);
  return all;
}

// entities.hpp: the tag types and the per-entity pools.
generated_header entities_header(const entity_table& table, const pools& p,
                                 const std::vector<release_text>& texts) {
  const auto& entities = table.entities;
  std::string names_concat, offs, cats;
  std::vector<std::size_t> offsets;
  for (const auto& e : entities) {
    offsets.push_back(names_concat.size());
    names_concat += e.name;
    names_concat += '\0'; // so that name_of<E>.data() is a C string
  }
  offsets.push_back(names_concat.size());
  const std::size_t offset_width = detail::width_for(names_concat.size());
  for (auto off : offsets) offs += encode(off, offset_width);
  for (const auto& e : entities) cats += encode(static_cast<std::size_t>(e.cat), 1);
  std::size_t missing_chars = 0;
  std::vector<std::size_t> missing_starts;
  for (const auto& m : p.missing_texts) {
    missing_starts.push_back(missing_chars);
    missing_chars += m.size() + 1;
  }
  missing_starts.push_back(missing_chars);
  const std::size_t missing_offset_width = detail::width_for(missing_chars);
  std::string missing_offs;
  for (auto off : missing_starts) missing_offs += encode(off, missing_offset_width);

  std::ostringstream o;
  o << "inline constexpr std::size_t entity_count = " << entities.size() << ";\n"
    << "inline constexpr std::size_t id_width = " << p.id_width << ";\n"
    << "inline constexpr std::size_t missing_width = " << p.missing_width << ";\n"
    << "inline constexpr std::size_t name_offset_width = " << offset_width << ";\n\n"
    << "// Every entity's Wasmtime name, each ended by a NUL, concatenated in id order.\n"
    << "inline constexpr char names_data[] =\n";
  for (std::size_t i = 0; i < entities.size(); ++i)
    o << "    \"" << escape(entities[i].name) << "\\0\"" << (i + 1 == entities.size() ? ";" : "")
      << "\n";
  if (entities.empty()) o << "    \"\";\n";
  o << "inline constexpr packed names{names_data, sizeof(names_data) - 1};\n"
    << "// Where each name starts in `names` (name_offset_width digits per entity, then the end).\n"
    << char_array_view("name_offsets_data", "name_offsets", offs)
    << "// Each entity's category, one digit per entity.\n"
    << char_array_view("categories_data", "categories", cats) << "\n"
    << "// The distinct \"Missing Tier N Requirements\" cells of all texts, each ended by a NUL,\n"
    << "// concatenated (index 0 is the empty cell), where each starts (missing_offset_width digits\n"
    << "// per cell, then the end), and what each names (a requirement_set: bit i is requirement i).\n"
    << "// Character arrays, not a table of strings: a table costs each translation unit per member.\n"
    << "inline constexpr std::size_t missing_offset_width = " << missing_offset_width << ";\n"
    << "inline constexpr char missing_texts_data[] =\n";
  for (std::size_t i = 0; i < p.missing_texts.size(); ++i)
    o << "    \"" << escape(p.missing_texts[i]) << "\\0\""
      << (i + 1 == p.missing_texts.size() ? ";" : "") << "\n";
  o << char_array_view("missing_text_offsets_data", "missing_text_offsets", missing_offs);
  o << "inline constexpr std::uint64_t missing_sets[] = {\n";
  for (auto s : p.missing_sets) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(s));
    o << "    " << buf << ",\n";
  }
  o << "};\n";
  std::ostringstream tags;
  for (std::size_t c = 0; c < category_count; ++c) {
    const auto cat = static_cast<category>(c);
    tags << "namespace wasmtime_tiers::" << namespace_of(cat) << " {\n// clang-format off\n";
    std::size_t wid = 0;
    for (const auto& e : entities)
      if (e.cat == cat) wid = std::max(wid, e.identifier.size());
    for (std::size_t i = 0; i < entities.size(); ++i) {
      if (entities[i].cat != cat) continue;
      std::string head = "enum class " + entities[i].identifier;
      head.resize(wid + 11, ' ');
      tags << head << " : std::size_t { wasmtime_tiers_id = " << i << " }; // " << entities[i].name
           << "\n";
    }
    tags << "// clang-format on\n} // namespace wasmtime_tiers::" << namespace_of(cat) << "\n\n";
  }
  return {"entities.hpp",
          inputs_of(texts),
          {"<cstdint>", "", "<wasmtime_tiers/detail/encoding.hpp>",
           "<wasmtime_tiers/detail/entity_tag.hpp>"},
          "",
          o.str(),
          tags.str()};
}

// identifiers.hpp: the tag type of each id, for tools and the opt-in headers (not included by
// <wasmtime_tiers.hpp>).
generated_header identifiers_header(const entity_table& table) {
  std::ostringstream o;
  o << "// entity_at<Id>::type: the tag type of entity Id.\n"
    << "template <std::size_t Id>\nstruct entity_at;\n// clang-format off\n";
  for (std::size_t i = 0; i < table.entities.size(); ++i)
    o << "template <> struct entity_at<" << i
      << "> { using type = " << namespace_of(table.entities[i].cat)
      << "::" << table.entities[i].identifier << "; };\n";
  o << "// clang-format on\n";
  return {"identifiers.hpp", "", {"<cstddef>", "", "<wasmtime_tiers/generated/entities.hpp>"}, "",
          o.str(),           ""};
}

// shared_strings.hpp: the packed strings several texts' tables hold, once.
generated_header shared_strings_header(const pools& p, const std::vector<release_text>& texts) {
  std::ostringstream o;
  o << "// The distinct packed strings of the texts' tables (see text_table), each written once here\n"
    << "// as a character array and named, with its size, by the texts' headers.\n";
  for (std::size_t i = 0; i < p.shared.size(); ++i)
    o << "inline constexpr char shared_" << i << "[] =\n    " << literal(p.shared[i], "    ")
      << ";\n";
  return {"shared_strings.hpp",
          inputs_of(texts),
          {"<wasmtime_tiers/detail/encoding.hpp>"},
          "",
          o.str(),
          ""};
}

// One header per text.
generated_header text_header(const release_text& t, const packed_text& packed, const pools& p) {
  auto field = [&](const std::string& s) {
    return "{shared_" + std::to_string(p.shared_index.at(s)) + ", " + std::to_string(s.size()) +
           "}";
  };
  const std::string stem = stem_of(t.document.file);
  std::ostringstream o;
  o << "inline constexpr text_table text_" << stem << "{\n"
    << "    " << packed_of(t.document.file, "    ") << ",\n"
    << "    " << packed_of(t.upstream_commit, "    ") << ",\n"
    << "    " << t.first_release << ",\n    " << t.last_release << ",\n"
    << "    // tiers\n    " << field(packed.tiers) << ",\n"
    << "    // category spellings\n    " << field(packed.spellings) << ",\n"
    << "    // missing requirements\n    " << field(packed.missing) << ",\n"
    << "    // document order\n    " << field(packed.order) << ",\n"
    << "    // compiler support: x86_64, aarch64, s390x, riscv64, Pulley; Cranelift, Winch\n    {";
  for (std::size_t a = 0; a < detail::architecture_count; ++a) {
    o << (a ? ",\n     " : "") << "{";
    for (std::size_t c = 0; c < detail::compiler_count; ++c)
      o << (c ? ", " : "") << field(packed.support[a][c]);
    o << "}";
  }
  o << "},\n    // compiler support, document order\n    {";
  for (std::size_t a = 0; a < detail::architecture_count; ++a)
    o << (a ? ", " : "") << field(packed.support_order[a]);
  o << "},\n    " << (t.document.proposals_see_also ? "true" : "false") << "};\n";
  const std::vector<std::string> includes = {"<wasmtime_tiers/detail/text_table.hpp>",
                                             "<wasmtime_tiers/generated/shared_strings.hpp>"};
  return {stem + ".hpp",
          "// Input: " + t.source + " (Wasmtime " + std::to_string(t.first_release) + " to " +
              std::to_string(t.last_release) +
              (t.upstream_commit.empty() ? "" : ", upstream commit " + t.upstream_commit) + ")\n",
          includes,
          "",
          o.str(),
          ""};
}

// The enumerator of a category, as C++ code names it.
std::string_view enumerator_of(category c) {
  constexpr std::string_view names[] = {"target",        "backend",       "wasm_proposal",
                                        "wasi_proposal", "embedding_api", "misc"};
  return names[static_cast<std::size_t>(c)];
}

// category_spellings.hpp: the spellings an added release's texts use that category_spellings
// lacks; category.hpp appends them to that list.
generated_header category_spellings_header(const pools& p) {
  std::ostringstream o;
  o << "// The category spellings of texts added after the library (`gen --add-release`) that\n"
    << "// category_spellings does not list, as initializers appended to it (indices "
    << new_spelling << " on).\n"
    << "#define WASMTIME_TIERS_DETAIL_ADDED_CATEGORY_SPELLINGS";
  for (const auto& [text, cat] : p.added_spellings)
    o << " \\\n  {\"" << escape(text) << "\", ::wasmtime_tiers::category::" << enumerator_of(cat)
      << "},";
  o << "\n\n";
  return {"category_spellings.hpp", "", {}, o.str(), "", ""};
}

// A release map: for each Wasmtime major from 0, the digit of the text that shipped it.
template <class Text>
std::string release_map(const std::vector<Text>& texts) {
  unsigned newest = 0;
  for (const auto& t : texts) newest = std::max(newest, t.last_release);
  std::string map(texts.empty() ? 0 : newest + 1, detail::no_text);
  for (std::size_t ti = 0; ti < texts.size(); ++ti)
    for (unsigned r = texts[ti].first_release; r <= texts[ti].last_release; ++r)
      map[r] = detail::digit_alphabet[ti];
  return map;
}

// releases.hpp: which text each Wasmtime major shipped, and what every translation unit reads
// of each text: its tier codes and its missing requirements, as character arrays (no table
// object: the full tables are in texts.hpp, which only the headers that need them include).
generated_header releases_header(const std::vector<release_text>& texts, const pools& p,
                                 std::size_t entity_count) {
  const std::string map = release_map(texts);
  std::string known;
  for (unsigned r = 0; r < map.size();) {
    if (map[r] == detail::no_text) {
      ++r;
      continue;
    }
    unsigned e = r;
    while (e + 1 < map.size() && map[e + 1] != detail::no_text) ++e;
    known +=
        (known.empty() ? "" : ", ") + std::to_string(r) + (e > r ? " to " + std::to_string(e) : "");
    r = e + 1;
  }
  std::ostringstream o;
  o << "// For each Wasmtime major from 0: the index of its text, '-' for none.\n"
    << char_array_view("release_texts_data", "release_texts", map) << "\n"
    << "inline constexpr std::size_t text_count = " << texts.size() << ";\n\n"
    << "// Each text's tier code of every entity ('1' '2' '3' 'u', '-' unlisted), entity_count a\n"
    << "// text, texts oldest first (in the order of the Inputs above).\n"
    << "inline constexpr char tier_codes[] =\n";
  for (std::size_t ti = 0; ti < texts.size(); ++ti) {
    std::string codes = p.packed[ti].tiers;
    codes.resize(entity_count, '-');
    // No comment after a piece: the pieces are one literal, which the writer measures by its
    // lines (longest_literal) to silence Clang's -Woverlength-strings past 65,536 characters.
    o << "    " << literal(codes, "    ", 120) << (ti + 1 == texts.size() ? ";\n" : "\n");
  }
  o << "// Each text's missing requirements of every entity: missing_width digits an entity (an\n"
    << "// index into missing_texts), entity_count entities a text, texts oldest first.\n"
    << "inline constexpr char missing_codes[] =\n";
  for (std::size_t ti = 0; ti < texts.size(); ++ti) {
    std::string codes = p.packed[ti].missing;
    codes.resize(entity_count * p.missing_width, '0');
    // No comment after a piece: the pieces are one literal, which the writer measures by its
    // lines (longest_literal) to silence Clang's -Woverlength-strings past 65,536 characters.
    o << "    " << literal(codes, "    ", 120) << (ti + 1 == texts.size() ? ";\n" : "\n");
  }
  std::ostringstream before;
  before << "// The Wasmtime majors some text covers, in words (for diagnostics).\n"
         << "#define WASMTIME_TIERS_DETAIL_KNOWN_RELEASES \"" << known << "\"\n"
         << "#define WASMTIME_TIERS_DETAIL_NEWEST_RELEASE " << map.size() - 1 << "\n"
         << "#define WASMTIME_TIERS_DETAIL_OLDEST_RELEASE " << texts.front().first_release
         << "\n\n";
  return {"releases.hpp", inputs_of(texts), {"<wasmtime_tiers/detail/encoding.hpp>"},
          before.str(),   o.str(),          ""};
}

// texts.hpp: every text's full table (category spellings, document order, compiler support), in
// the order of releases.hpp; included by <wasmtime_tiers/text_tables.hpp> only.
generated_header texts_header(const std::vector<release_text>& texts) {
  std::vector<std::string> includes = {"<wasmtime_tiers/detail/text_table.hpp>"};
  std::ostringstream o;
  o << "inline constexpr const text_table* texts[] = {\n";
  for (const auto& t : texts) {
    includes.push_back("<wasmtime_tiers/generated/" + stem_of(t.document.file) + ".hpp>");
    o << "    &text_" << stem_of(t.document.file) << ",\n";
  }
  o << "};\n";
  return {"texts.hpp", inputs_of(texts), includes, "", o.str(), ""};
}

// wasmtime_text.hpp: the full table of one text, the one of the Wasmtime the translation unit
// includes (WASMTIME_VERSION_MAJOR; the newest text for a newer Wasmtime), chosen by the
// preprocessor, so that <wasmtime_tiers/wasmtime.hpp> reads its compiler support tables without
// the cost of every text (texts.hpp).
generated_header wasmtime_text_header(const std::vector<release_text>& texts) {
  std::ostringstream before;
  before
      << "// The text of the included Wasmtime: WASMTIME_VERSION_MAJOR's (read when this header is\n"
      << "// first included), the newest for a newer Wasmtime; none where WASMTIME_VERSION_MAJOR is\n"
      << "// not defined or no text covers it.\n"
      << "#if !defined(WASMTIME_VERSION_MAJOR)\n"
      << "#define WASMTIME_TIERS_DETAIL_WASMTIME_TEXT_INDEX " << texts.size() << "\n"
      << "#define WASMTIME_TIERS_DETAIL_WASMTIME_TEXT nullptr\n";
  for (std::size_t k = texts.size(); k-- > 0;) {
    const release_text& t = texts[k];
    before << "#elif WASMTIME_VERSION_MAJOR >= " << t.first_release;
    if (k + 1 != texts.size()) before << " && WASMTIME_VERSION_MAJOR <= " << t.last_release;
    const std::string stem = stem_of(t.document.file);
    before << "\n#include <wasmtime_tiers/generated/" << stem << ".hpp>\n"
           << "#define WASMTIME_TIERS_DETAIL_WASMTIME_TEXT_INDEX " << k << "\n"
           << "#define WASMTIME_TIERS_DETAIL_WASMTIME_TEXT &text_" << stem << "\n";
  }
  before << "#else\n"
         << "#define WASMTIME_TIERS_DETAIL_WASMTIME_TEXT_INDEX " << texts.size() << "\n"
         << "#define WASMTIME_TIERS_DETAIL_WASMTIME_TEXT nullptr\n"
         << "#endif\n\n";
  std::ostringstream o;
  o << "// The index of the included Wasmtime's text (text_count for none), and its full table.\n"
    << "inline constexpr std::size_t wasmtime_text_index = "
       "WASMTIME_TIERS_DETAIL_WASMTIME_TEXT_INDEX;\n"
    << "inline constexpr const text_table* wasmtime_text = WASMTIME_TIERS_DETAIL_WASMTIME_TEXT;\n";
  return {"wasmtime_text.hpp",
          inputs_of(texts),
          {"<wasmtime_tiers/detail/text_table.hpp>"},
          before.str(),
          o.str(),
          "#undef WASMTIME_TIERS_DETAIL_WASMTIME_TEXT_INDEX\n"
          "#undef WASMTIME_TIERS_DETAIL_WASMTIME_TEXT\n"};
}

char cell_code(const proposal_cell& c) {
  if (c.status == check_status::unlisted) return detail::absent_code;
  const char code = detail::proposal_cell_codes[static_cast<std::size_t>(c.status)];
  return c.noted ? detail::noted_code(code) : code;
}

// The banner's list of the texts of docs/stability-wasm-proposals.md a header is generated from.
std::string proposals_inputs(const std::vector<proposals_release_text>& proposals) {
  std::string inputs = "// Inputs:\n";
  for (const auto& p : proposals) inputs += input_line(p, "blob", p.upstream_blob);
  if (proposals.empty()) inputs += "//   none\n";
  return inputs;
}

// proposals.hpp: one packed table per text of docs/stability-wasm-proposals.md (see
// include/wasmtime_tiers/detail/proposals_table.hpp), and which text each Wasmtime major shipped.
generated_header proposals_header(const std::vector<proposals_release_text>& proposals,
                                  const std::vector<std::vector<std::size_t>>& row_ids,
                                  std::size_t id_width, std::size_t entity_count,
                                  std::string& lacking_codes) {
  std::size_t most_rows = 0;
  for (const auto& p : proposals) most_rows = std::max(most_rows, p.document.rows.size());
  const std::size_t lacking_codes_width = entity_count;
  const std::size_t index_width = detail::width_for(most_rows);
  const std::string inputs = proposals_inputs(proposals);

  std::ostringstream o;
  o << "// Digits per entity of proposals_table::row_of.\n"
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
    // Per entity, the checks it lacks (a proposal_check_set, one digit): every check where the
    // text does not list it.
    std::string lacking_of(lacking_codes_width, detail::digit_alphabet[all_checks]);
    for (std::size_t r = 0; r < p.document.rows.size(); ++r) {
      const proposal_row& row = p.document.rows[r];
      const std::size_t id = row_ids[ti][r];
      row_of[id] = r + 1; // the last row wins, should a text list a proposal twice
      std::string tail(detail::proposal_row_tail, detail::absent_code);
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
      std::size_t lacking = 0;
      for (std::size_t c = 0; c < proposal_check_count; ++c) {
        const char code = tail[detail::proposal_row_checks + c];
        if (code != detail::proposal_cell_codes[0] &&
            code != detail::noted_code(detail::proposal_cell_codes[0]))
          lacking |= std::size_t{1} << c;
      }
      lacking_of[id] = detail::digit_alphabet[lacking]; // the last row wins, as in row_of
    }
    lacking_codes += lacking_of;
    std::string row_of_text;
    for (std::size_t v : row_of) row_of_text += encode(v, index_width);
    o << "inline constexpr proposals_table " << name << "{\n"
      << "    " << packed_of(p.document.file, "    ") << ",\n"
      << "    " << packed_of(p.upstream_blob, "    ") << ",\n"
      << "    " << p.first_release << ",\n    " << p.last_release << ",\n"
      << "    // rows: id, heading, alias, name footnote, Phase 4, Tests, Finished, Fuzzed, API, C API, Enabled\n"
      << "    " << packed_of(rows, "    ", (id_width + detail::proposal_row_tail) * 8) << ",\n"
      << "    // row of each entity\n    " << packed_of(row_of_text, "    ") << "};\n\n";
  }
  o << "// The texts, oldest first, then the empty table of releases no text covers.\n"
    << "inline constexpr const proposals_table* proposals_texts[] = {\n";
  for (const auto& n : names) o << "    &" << n << ",\n";
  o << "    &no_proposals_text,\n};\n"
    << "static_assert(sizeof(proposals_texts) / sizeof(proposals_texts[0]) == proposals_text_count + 1);\n";
  return {"proposals.hpp",
          inputs,
          {"<cstddef>", "", "<wasmtime_tiers/detail/proposals_table.hpp>",
           "<wasmtime_tiers/generated/proposal_checks.hpp>"},
          "",
          o.str(),
          ""};
}

// proposal_checks.hpp: what every translation unit reads of docs/stability-wasm-proposals.md:
// which text each Wasmtime major shipped, and each text's lacking checks of every entity (the
// policies' requiring_checks), as character arrays; proposals.hpp holds the full tables.
generated_header proposal_checks_header(const std::vector<proposals_release_text>& proposals,
                                        const std::string& lacking_codes) {
  const std::string inputs = proposals_inputs(proposals);
  const std::string map = release_map(proposals);
  std::ostringstream o;
  o << "inline constexpr std::size_t proposals_text_count = " << proposals.size() << ";\n\n"
    << "// For each Wasmtime major from 0: the index of its text, '-' for none.\n"
    << char_array_view("proposals_release_texts_data", "proposals_release_texts", map) << "\n"
    << "// Each text's lacking checks of every entity: one digit (a proposal_check_set, bit i is\n"
    << "// proposal_check i) an entity, entity_count a text, texts oldest first.\n"
    << "inline constexpr char lacking_checks[] =\n    " << literal(lacking_codes, "    ", 120)
    << ";\n";
  std::ostringstream before;
  before << "#define WASMTIME_TIERS_DETAIL_OLDEST_PROPOSALS_RELEASE "
         << (proposals.empty() ? 0u : proposals.front().first_release) << "\n"
         << "#define WASMTIME_TIERS_DETAIL_NEWEST_PROPOSALS_RELEASE "
         << (proposals.empty() ? 0u : static_cast<unsigned>(map.size() - 1)) << "\n\n";
  return {"proposal_checks.hpp", inputs,  {"<wasmtime_tiers/detail/encoding.hpp>"},
          before.str(),          o.str(), ""};
}

// ENTITIES.md: every entity, for people (the README links it).
std::string entities_md(const entity_table& table, const std::vector<release_text>& texts,
                        bool with_proposals) {
  const release_text& newest = texts.back();
  std::map<std::size_t, tier> newest_tier;
  for (const auto& r : newest.document.rows)
    newest_tier.emplace(table.id(r.category, r.name), r.tier);
  std::ostringstream o;
  o << "<!-- Generated by `wasmtime-tiers gen`; do not edit. -->\n"
    << "# Entities\n\n"
    << "Every row of every shipped text of Wasmtime's `docs/stability-tiers.md`, as a tag type of\n"
    << "`namespace wasmtime_tiers`. Ids are in order of first appearance. \"-\" means the release's\n"
    << "text does not mention the entity (`tier::unlisted`).\n"
    << (with_proposals ? "Proposals that only `docs/stability-wasm-proposals.md` names follow "
                         "those, marked \"(wasm proposals)\".\n"
                       : "")
    << "\n"
    << "| Id | C++ tag type | Wasmtime name | First text | Wasmtime " << newest.last_release
    << " |\n|---:|---|---|---|---|\n";
  for (std::size_t i = 0; i < table.entities.size(); ++i) {
    const entity_info& e = table.entities[i];
    const auto t = newest_tier.find(i);
    o << "| " << i << " | `" << namespace_of(e.cat) << "::" << e.identifier << "` | " << e.name
      << " | " << e.first_file << " | "
      << (t == newest_tier.end() ? std::string("-") : std::string(to_string(t->second))) << " |\n";
  }
  return o.str();
}

} // namespace

void generate_headers(const std::vector<release_text>& texts, const std::string& out_dir,
                      const std::string& command) {
  generate_headers(texts, {}, out_dir, command);
}

void generate_headers(const std::vector<release_text>& texts,
                      const std::vector<proposals_release_text>& proposals,
                      const std::string& out_dir, const std::string& command,
                      const std::vector<known_entity>* known,
                      std::vector<added_name>* added_names) {
  if (texts.empty()) throw std::runtime_error("no text to generate the tables from");
  // Assign ids, then validate, before anything is pooled or written.
  entity_table table = assign_tiers_ids(texts, known);
  if (!proposals.empty() && !known) validate_proposal_vocabulary(table);
  assign_proposal_ids(table, proposals, known != nullptr);
  validate(table, texts, proposals, known != nullptr);
  // Pool.
  const pools p = pool(table, texts);
  // Emit, every header through the one writer.
  const banner tiers_banner{proposals.empty()
                                ? "docs/stability-tiers.md"
                                : "docs/stability-tiers.md and docs/stability-wasm-proposals.md",
                            command};
  const banner proposals_banner{"docs/stability-wasm-proposals.md", command};
  std::vector<generated_header> headers = {entities_header(table, p, texts),
                                           identifiers_header(table),
                                           shared_strings_header(p, texts),
                                           category_spellings_header(p),
                                           releases_header(texts, p, table.entities.size()),
                                           texts_header(texts),
                                           wasmtime_text_header(texts)};
  for (std::size_t ti = 0; ti < texts.size(); ++ti)
    headers.push_back(text_header(texts[ti], p.packed[ti], p));
  std::map<std::string, std::string> files;
  for (const auto& h : headers) files[h.name] = write_header(h, tiers_banner);
  std::string lacking_codes;
  files["proposals.hpp"] = write_header(proposals_header(proposals, table.proposal_ids, p.id_width,
                                                         table.entities.size(), lacking_codes),
                                        proposals_banner);
  files["proposal_checks.hpp"] =
      write_header(proposal_checks_header(proposals, lacking_codes), proposals_banner);
  files["ENTITIES.md"] = entities_md(table, texts, !proposals.empty());
  fs::create_directories(out_dir);
  write_all_or_nothing(fs::path(out_dir), files);
  if (added_names) *added_names = p.added;
}

} // namespace wasmtime_tiers::tool
