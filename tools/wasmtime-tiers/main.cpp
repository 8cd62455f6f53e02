// wasmtime-tiers: the command-line tool. Reads Wasmtime's tier documents (gen, parse) and the
// tables compiled into this library (export).
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <wasmtime_tiers.hpp>

#include "compiled.hpp"
#include "generate.hpp"
#include "json.hpp"
#include "proposals_document.hpp"
#include "tiers_document.hpp"

namespace wt = wasmtime_tiers;
namespace tool = wasmtime_tiers::tool;

namespace {

std::string version_string() {
  return std::to_string(WASMTIME_TIERS_VERSION_MAJOR) + "." +
         std::to_string(WASMTIME_TIERS_VERSION_MINOR) + "." +
         std::to_string(WASMTIME_TIERS_VERSION_PATCH) + " (tables for Wasmtime " +
         WASMTIME_TIERS_DETAIL_KNOWN_RELEASES + ")";
}

int fail(const std::string& message) {
  std::cerr << "wasmtime-tiers: " << message << "\n";
  return 1;
}

} // namespace

int main(int argc, char** argv) {
  CLI::App app{"wasmtime-tiers: Wasmtime's tiers of support, as published for each release"};
  app.set_version_flag("--version", version_string());
  app.require_subcommand(1);

  // gen
  auto* gen = app.add_subcommand("gen", "Generate the constexpr tables from Wasmtime's texts");
  std::string manifest, out_dir;
  gen->add_option("--manifest", manifest,
                  "Release manifest (releases.tsv: file, first_release, last_release, "
                  "upstream_commit); the texts it names are read from its folder")
      ->required()
      ->check(CLI::ExistingFile);
  gen->add_option("--out", out_dir, "Folder to write the generated headers into")->required();
  std::string proposals_manifest;
  gen->add_option("--proposals-manifest", proposals_manifest,
                  "Release manifest of docs/stability-wasm-proposals.md (releases.tsv: file, "
                  "first_release, last_release, upstream_blob)")
      ->check(CLI::ExistingFile);

  // parse
  auto* parse = app.add_subcommand("parse", "Parse one text of docs/stability-tiers.md or "
                                             "docs/stability-wasm-proposals.md (recognised by its "
                                             "content) and print its rows");
  std::string parse_file, parse_format = "json";
  parse->add_option("FILE", parse_file, "The Markdown text")->required();
  parse->add_option("--format", parse_format, "Output format")->check(CLI::IsMember({"json"}));

  // show
  auto* show = app.add_subcommand("show", "Print the table of one Wasmtime release");
  unsigned show_release = wt::newest_release;
  show->add_option("--release", show_release, "Wasmtime major version (default: the newest known)");

  // export
  auto* exp = app.add_subcommand("export", "Print the compiled-in table of one Wasmtime release");
  unsigned export_release = 0;
  std::string export_format = "json";
  exp->add_option("--release", export_release, "Wasmtime major version, e.g. 22")->required();
  exp->add_option("--format", export_format, "Output format")->check(CLI::IsMember({"json"}));
  std::string export_document = "tiers";
  exp->add_option("--document", export_document,
                  "Which document's table: tiers (docs/stability-tiers.md) or proposals "
                  "(docs/stability-wasm-proposals.md)")
      ->check(CLI::IsMember({"tiers", "proposals"}));

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }

  try {
    if (*gen) {
      auto texts = tool::read_manifest(manifest);
      std::vector<tool::proposals_release_text> proposals;
      if (!proposals_manifest.empty()) proposals = tool::read_proposals_manifest(proposals_manifest);
      auto shown = [](const std::string& path) {
        std::filesystem::path m(path);
        return ".../" + m.parent_path().filename().string() + "/" + m.filename().string();
      };
      std::string command = "wasmtime-tiers gen --manifest " + shown(manifest) +
                            (proposals_manifest.empty() ? ""
                                                        : " --proposals-manifest " + shown(proposals_manifest)) +
                            " --out include/wasmtime_tiers/generated";
      tool::generate_headers(texts, proposals, out_dir, command);
      std::cerr << "wasmtime-tiers: wrote the tables of " << texts.size() << " texts to " << out_dir
                << "\n";
      return 0;
    }
    if (*parse) {
      std::ifstream in(parse_file, std::ios::binary);
      if (!in) throw tool::input_error(parse_file, 0, "cannot open the file");
      std::ostringstream text;
      text << in.rdbuf();
      if (tool::is_proposals_document(text.str())) {
        auto doc = tool::parse_proposals_document(parse_file, text.str());
        tool::check_proposal_names(doc, tool::is_compiled_proposal);
        std::cout << tool::to_json(doc).dump(2) << "\n";
        return 0;
      }
      auto doc = tool::parse_tiers_document(parse_file, text.str());
      std::cout << tool::to_json(doc).dump(2) << "\n";
      return 0;
    }
    if (*show) {
      auto rt = tool::compiled_release(show_release);
      if (!rt) {
        std::cerr << "wasmtime-tiers: no table for Wasmtime " << show_release
                  << "; known releases: " << WASMTIME_TIERS_DETAIL_KNOWN_RELEASES << "\n";
        return 2;
      }
      std::size_t wc = 8, wn = 4;
      for (const auto& r : rt->document.rows) {
        wc = std::max(wc, r.category_text.size());
        wn = std::max(wn, r.name.size());
      }
      auto pad = [](const std::string& s, std::size_t w) { return s + std::string(w - s.size(), ' '); };
      std::cout << "Wasmtime " << show_release << " (" << rt->document.file << ")\n"
                << pad("Tier", 12) << "  " << pad("Category", wc) << "  " << pad("Name", wn)
                << "  Missing for the next tier\n";
      for (const auto& r : rt->document.rows)
        std::cout << pad(std::string(wt::to_string(r.tier)), 12) << "  " << pad(r.category_text, wc)
                  << "  " << pad(r.name, wn) << "  " << r.missing << "\n";
      return 0;
    }
    if (*exp && export_document == "proposals") {
      auto pt = tool::compiled_proposals_release(export_release);
      if (!pt) {
        std::cerr << "wasmtime-tiers: no text of docs/stability-wasm-proposals.md covers Wasmtime "
                  << export_release << "; known releases: " << tool::compiled_proposals_releases() << "\n";
        return 2;
      }
      std::cout << tool::to_json(pt->document).dump(2) << "\n";
      return 0;
    }
    if (*exp) {
      auto rt = tool::compiled_release(export_release);
      if (!rt) {
        std::cerr << "wasmtime-tiers: no table for Wasmtime " << export_release
                  << "; known releases: " << WASMTIME_TIERS_DETAIL_KNOWN_RELEASES << "\n";
        return 2;
      }
      std::cout << tool::to_json(rt->document).dump(2) << "\n";
      return 0;
    }
  } catch (const tool::input_error& e) {
    return fail(e.what());
  } catch (const std::exception& e) {
    return fail(e.what());
  }
  return 0;
}
