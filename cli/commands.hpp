// The subcommands of the `cadena` tool; each returns the process exit status:
// 0 success, 1 some documents failed, 2 bad usage or configuration.
#ifndef CADENA_CLI_COMMANDS_HPP
#define CADENA_CLI_COMMANDS_HPP

#include <cadena/registry.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace cadena::cli {

struct RunOptions {
  std::string config;  // "" = the embedded default pipeline
  std::string date;
  std::string lang = "es";
  unsigned jobs = 1;
  std::string output;  // "" = stdout
  std::uint64_t max_bytes = 32u << 20;
  std::vector<std::string> plugin_path;
  std::vector<std::string> inputs;
};

int run_command(const RunOptions& options);
int plugins_command(const std::vector<std::string>& plugin_path);
int report_command(const std::string& jsonl_path);

// Loads the plugins found on the search path; says on stderr which were refused.
Registry load_registry(const std::vector<std::string>& plugin_path, bool warn_rejections);

}  // namespace cadena::cli

#endif  // CADENA_CLI_COMMANDS_HPP
