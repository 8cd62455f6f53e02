// wasmtime-tiers tool: the show, check, diff, history, which-release and export subcommands. Each
// add_* registers its subcommand and options with CLI11; each run_* carries it out and returns the
// exit code (0 done; check and which-release: 1 when no release satisfies the policy) or throws
// usage_error (exit 2).
#pragma once

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace wasmtime_tiers::tool {

struct show_options {
  std::string release;  // "" for the newest
  std::string tier;     // "" for all; 1, 2, 3, unsupported
  std::string category; // "" for all
  std::string format = "text";
  std::string colour = "auto";
};
CLI::App* add_show(CLI::App& app, show_options& o);
int run_show(const show_options& o);

struct check_options {
  std::string release;  // "" for the newest
  std::string releases; // "" for one release; "36..48" for every release of a range
  std::string policy;
  std::string target; // "" for none; "host" for the machine's own
  std::vector<std::string> features;
  std::string backend;              // "" for none
  std::vector<std::string> checks;  // proposal checks the policy also requires
  std::vector<std::string> waivers; // ENTITY=REASON[@UNTIL], as policy::with_waivers
  std::string format = "text";
  bool verbose = false;
};
CLI::App* add_check(CLI::App& app, check_options& o);
int run_check(const check_options& o);

struct diff_options {
  std::string from, to;
  std::string format = "text";
  std::string colour = "auto";
};
CLI::App* add_diff(CLI::App& app, diff_options& o);
int run_diff(const diff_options& o);

struct history_options {
  std::vector<std::string> names; // none: every change of every entity
  std::string format = "text";
};
CLI::App* add_history(CLI::App& app, history_options& o);
int run_history(const history_options& o);

struct which_release_options {
  std::string policy;
  std::string target;
  std::vector<std::string> features;
  std::string backend;
  std::vector<std::string> checks;
  std::string format = "text";
};
CLI::App* add_which_release(CLI::App& app, which_release_options& o);
int run_which_release(const which_release_options& o);

// `export --format csv|markdown` (json is written by main.cpp).
int run_export_tiers(unsigned release, const std::string& format);
int run_export_proposals(unsigned release, const std::string& format);

} // namespace wasmtime_tiers::tool
