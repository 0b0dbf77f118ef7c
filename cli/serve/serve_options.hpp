// `cadena serve`: its options and the command itself (server.cpp).
#ifndef CADENA_CLI_SERVE_SERVE_OPTIONS_HPP
#define CADENA_CLI_SERVE_SERVE_OPTIONS_HPP

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace cadena::cli::serve {

struct ServeOptions {
  std::string host = "127.0.0.1";  // loopback unless told otherwise
  int port = 8080;                 // 0 = any free port (printed when listening)
  std::string config;              // "" = the embedded default pipeline
  std::vector<std::string> plugin_path;
  unsigned jobs = 0;                    // pipeline workers; 0 = the hardware threads
  std::uint64_t max_bytes = 32u << 20;  // a request body, and so a document
  std::size_t max_queue = 64;           // documents waiting for a worker before 503
  unsigned timeout = 30;                // seconds a read or write on a connection may stall
  unsigned max_connections = 64;        // connections served at once (threads); others wait
  std::string token_file;               // "" = no token asked
};

// Adds the `serve` subcommand and its options to `app`.
CLI::App* add_serve_command(CLI::App& app, ServeOptions& options);

// Serves until SIGTERM or SIGINT; 0 after a clean stop, 2 when it cannot start.
int serve_command(const ServeOptions& options);

}  // namespace cadena::cli::serve

#endif  // CADENA_CLI_SERVE_SERVE_OPTIONS_HPP
