#include "serve_options.hpp"

#include "../byte_size.hpp"

namespace cadena::cli::serve {

CLI::App* add_serve_command(CLI::App& app, ServeOptions& o) {
  CLI::App* cmd = app.add_subcommand(
      "serve", "Serve the pipeline over HTTP: POST /v1/annotate, GET /v1/pipeline, /healthz, /metrics");
  cmd->add_option("--host", o.host, "Address to listen on (default 127.0.0.1: this machine only)");
  cmd->add_option("--port", o.port, "TCP port (default 8080; 0 = any free port, printed on stderr)")
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--config", o.config, "Pipeline config (JSON); default: the embedded pipeline")
      ->check(CLI::ExistingFile);
  cmd->add_option("--plugin-path", o.plugin_path, "Folder (or file) to load plugins from; repeatable");
  cmd->add_option("-j,--jobs", o.jobs, "Pipeline workers (default: the hardware threads)")
      ->check(CLI::Range(1u, 256u));
  cmd->add_option_function<std::string>(
         "--max-bytes", [&o](const std::string& v) { o.max_bytes = parse_byte_size(v); },
         "Refuse request bodies larger than this with 413: bytes, or with a suffix K, M, G (default: " +
             format_byte_size(o.max_bytes) + ")")
      ->check(check_byte_size);
  cmd->add_option("--max-queue", o.max_queue,
                  "Documents waiting for a worker before requests get 503 (default 64)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1000000}));
  cmd->add_option("--timeout", o.timeout,
                  "Seconds a connection may stall while sending a request or reading an answer (default 30)")
      ->check(CLI::Range(1u, 3600u));
  cmd->add_option("--max-connections", o.max_connections,
                  "Connections served at once; more wait to be accepted (default 64)")
      ->check(CLI::Range(1u, 10000u));
  cmd->add_option("--token-file", o.token_file,
                  "Ask every request but /healthz for 'Authorization: Bearer TOKEN', TOKEN the file's first line")
      ->check(CLI::ExistingFile);
  return cmd;
}

}  // namespace cadena::cli::serve
