// wasmtime-tiers: the command-line tool. Reads Wasmtime's tier documents (gen, parse) and the
// tables compiled into this library (show, check, diff, export).
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <unistd.h>

#include <wasmtime_tiers.hpp>

#include "cli_common.hpp"
#include "commands.hpp"
#include "add_release.hpp"
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

// Whether everything written to stdout reached it (a full disk, a closed stdout, a file-size limit
// fail here, at the latest when the buffer is flushed); says so on stderr when not.
bool output_written() {
  errno = 0;
  std::cout.flush();
  const bool flushed = std::fflush(stdout) == 0;
  int error = errno;
  if (flushed && std::cout.good() && !std::ferror(stdout)) return true;
  // The write that failed may be long past (its errno overwritten): one more byte asks the system
  // for the reason; the output is reported incomplete anyway.
  if (error == 0 && ::write(STDOUT_FILENO, "\n", 1) < 0) error = errno;
  std::cerr << "wasmtime-tiers: cannot write the output"
            << (error ? std::string(": ") + std::strerror(error) : std::string())
            << "; the output is "
            << "incomplete (check the free space, the file-size limit and where stdout goes)\n";
  return false;
}

// `parse FILE`: the text of FILE; a usage error (exit 2) with the system's reason when it cannot
// be read, and for a folder.
std::string read_input_file(const std::string& path) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (std::filesystem::is_directory(status))
    throw tool::usage_error(path + ": is a folder; name a Markdown file (a text of "
                                   "docs/stability-tiers.md or docs/stability-wasm-proposals.md)");
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int error = errno;
    throw tool::usage_error(
        path + ": cannot open the file: " + (error ? std::strerror(error) : "unknown error"));
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad())
    throw tool::input_error(path, 0, std::string("cannot read the file: ") + std::strerror(errno));
  return text.str();
}

} // namespace

int main(int argc, char** argv) {
  CLI::App app{"wasmtime-tiers: Wasmtime's tiers of support, as published for each release"};
  app.set_version_flag("--version", version_string());
  app.require_subcommand(1);

  // gen
  auto* gen = app.add_subcommand("gen", "Generate the constexpr tables from Wasmtime's texts");
  std::string manifest, out_dir;
  auto* manifest_opt =
      gen->add_option("--manifest", manifest,
                      "Release manifest (releases.tsv: file, first_release, last_release, "
                      "upstream_commit); the texts it names are read from its folder")
          ->check(CLI::ExistingFile);
  gen->add_option("--out", out_dir,
                  "Folder to write the generated headers into (with --add-release: an include "
                  "folder; the headers go to OUT/wasmtime_tiers/generated)")
      ->required();
  unsigned add_major = 0;
  std::string add_tiers, add_proposals;
  auto* add_opt = gen->add_option("--add-release", add_major,
                                  "Add a Wasmtime release newer than this library: writes every "
                                  "compiled-in release plus this one (needs --tiers)");
  auto* tiers_opt = gen->add_option("--tiers", add_tiers,
                                    "With --add-release: the release's docs/stability-tiers.md")
                        ->check(CLI::ExistingFile);
  auto* add_proposals_opt =
      gen->add_option("--proposals", add_proposals,
                      "With --add-release: the release's docs/stability-wasm-proposals.md")
          ->check(CLI::ExistingFile);
  add_opt->excludes(manifest_opt)->needs(tiers_opt);
  tiers_opt->needs(add_opt);
  add_proposals_opt->needs(add_opt);
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

  // show, check, diff
  tool::show_options show_opts;
  auto* show = tool::add_show(app, show_opts);
  tool::check_options check_opts;
  auto* check = tool::add_check(app, check_opts);
  tool::diff_options diff_opts;
  auto* diff = tool::add_diff(app, diff_opts);
  tool::history_options history_opts;
  auto* history = tool::add_history(app, history_opts);
  tool::which_release_options which_opts;
  auto* which_release = tool::add_which_release(app, which_opts);

  // export
  auto* exp = app.add_subcommand(
      "export", "Print the compiled-in table of one Wasmtime release as json, csv or markdown");
  exp->footer("json has the schema of `parse`; markdown reproduces the tables of the text the "
              "release shipped, which `parse` reads back to the same rows.");
  std::string export_release_text;
  std::string export_format = "json";
  exp->add_option("--release", export_release_text, "Wasmtime major version, e.g. 22")->required();
  exp->add_option("--format", export_format, "Output format: json, csv or markdown")
      ->check(CLI::IsMember({"json", "csv", "markdown"}));
  std::string export_document = "tiers";
  exp->add_option("--document", export_document,
                  "Which document's table: tiers (docs/stability-tiers.md) or proposals "
                  "(docs/stability-wasm-proposals.md)")
      ->check(CLI::IsMember({"tiers", "proposals"}));

  // After the subcommands, which would otherwise inherit it.
  app.footer("Run `wasmtime-tiers COMMAND --help` for the options of a command. Exit status: 0 on "
             "success; 1 when `check` finds a violation, `which-release` finds no release, or an "
             "input text is malformed; 2 on a usage error.");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // A first word that is no command: name the nearest commands rather than CLI11's "A
    // subcommand is required".
    if (argc > 1 && argv[1][0] != '-') {
      std::vector<std::string> commands;
      for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
        commands.push_back(sub->get_name());
      if (std::find(commands.begin(), commands.end(), argv[1]) == commands.end()) {
        std::string near;
        for (const auto& c : tool::nearest(argv[1], commands, 1)) near += c;
        std::cerr << "wasmtime-tiers: unknown command '" << argv[1] << "'"
                  << (near.empty() ? std::string(".") : "; did you mean " + near + "?")
                  << " Run `wasmtime-tiers --help` for the commands\n";
        return tool::exit_usage;
      }
    }
    app.exit(e);
    return tool::exit_usage;
  }

  // A file-size limit (ulimit -f) must fail a write with EFBIG, which is handled, rather than end
  // the process with SIGXFSZ halfway through.
  std::signal(SIGXFSZ, SIG_IGN);
  const int status = [&]() -> int {
    try {
      if (*gen && *add_opt) {
        tool::add_release(add_major, add_tiers,
                          add_proposals.empty() ? std::nullopt
                                                : std::optional<std::string>(add_proposals),
                          out_dir);
        std::cerr << "wasmtime-tiers: wrote the tables of every known release and Wasmtime "
                  << add_major << " to " << out_dir << "/wasmtime_tiers/generated\n";
        return 0;
      }
      if (*gen && manifest.empty()) {
        std::cerr << "wasmtime-tiers gen: give --manifest (regenerate the library's tables) or "
                     "--add-release N --tiers FILE (add a newer release); see --help\n";
        return tool::exit_usage;
      }
      if (*gen) {
        auto texts = tool::read_manifest(manifest);
        std::vector<tool::proposals_release_text> proposals;
        if (!proposals_manifest.empty())
          proposals = tool::read_proposals_manifest(proposals_manifest);
        else
          std::cerr
              << "wasmtime-tiers gen: warning: no --proposals-manifest, so proposals.hpp gets an "
                 "empty table of docs/stability-wasm-proposals.md (every proposal check "
                 "\"not covered\"); give --proposals-manifest .../releases.tsv of that document\n";
        auto shown = [](const std::string& path) {
          std::filesystem::path m(path);
          return ".../" + m.parent_path().filename().string() + "/" + m.filename().string();
        };
        std::string command =
            "wasmtime-tiers gen --manifest " + shown(manifest) +
            (proposals_manifest.empty() ? ""
                                        : " --proposals-manifest " + shown(proposals_manifest)) +
            " --out include/wasmtime_tiers/generated";
        tool::generate_headers(texts, proposals, out_dir, command);
        std::cerr << "wasmtime-tiers: wrote the tables of " << texts.size() << " texts to "
                  << out_dir << "\n";
        return 0;
      }
      if (*parse) {
        const std::string text = read_input_file(parse_file);
        if (tool::is_proposals_document(text)) {
          auto doc = tool::parse_proposals_document(parse_file, text);
          tool::check_proposal_names(doc, tool::is_compiled_proposal);
          std::cout << tool::to_json(doc).dump(2) << "\n";
          return 0;
        }
        auto doc = tool::parse_tiers_document(parse_file, text);
        std::cout << tool::to_json(doc).dump(2) << "\n";
        return 0;
      }
      if (*show) return tool::run_show(show_opts);
      if (*check) return tool::run_check(check_opts);
      if (*diff) return tool::run_diff(diff_opts);
      if (*history) return tool::run_history(history_opts);
      if (*which_release) return tool::run_which_release(which_opts);
      // Known or not: each document's table refuses a release it does not cover, naming those it does
      // (the proposals document covers 27 on).
      const unsigned export_release = *exp ? tool::parse_major(export_release_text) : 0;
      if (*exp && export_format != "json")
        return export_document == "proposals"
                   ? tool::run_export_proposals(export_release, export_format)
                   : tool::run_export_tiers(export_release, export_format);
      if (*exp && export_document == "proposals") {
        auto pt = tool::compiled_proposals_release(export_release);
        if (!pt) {
          std::cerr
              << "wasmtime-tiers: no text of docs/stability-wasm-proposals.md covers Wasmtime "
              << export_release << "; known releases: " << tool::compiled_proposals_releases()
              << "\n";
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
    } catch (const tool::usage_error& e) {
      std::cerr << "wasmtime-tiers: " << e.what() << "\n";
      return tool::exit_usage;
    } catch (const tool::input_error& e) {
      return fail(e.what());
    } catch (const std::exception& e) {
      return fail(e.what());
    }
    return 0;
  }();
  // Success, or a verdict, only once the output is written whole.
  if (!output_written()) return 1;
  return status;
}
