// The `cadena` command: run pipelines over documents, list plugins, report.
#include <cadena/abi.h>
#include <cadena/iso_date.hpp>

#include <CLI/CLI.hpp>
#include <iostream>
#include <unicode/uversion.h>

#include "commands.hpp"

namespace {

std::string version_text() {
  return std::string("cadena ") + CADENA_VERSION + " (plugin ABI " + std::to_string(CADENA_ABI_MAJOR) + "." +
         std::to_string(CADENA_ABI_MINOR) + ", ICU " + U_ICU_VERSION + ")";
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Cadena: text-processing pipelines for news (cleaning, sentences, entities, numbers, dates, "
               "summaries).",
               "cadena"};
  app.set_version_flag("--version", version_text());
  app.require_subcommand(1);

  cadena::cli::RunOptions run;
  CLI::App* run_cmd = app.add_subcommand("run", "Run a pipeline over documents and write cadena.doc/1 JSONL");
  run_cmd->add_option("inputs", run.inputs,
                      "INPUT...: .txt or .html files, folders (recursive), .jsonl files of "
                      "{\"id\",\"text\",\"date\"?,\"lang\"?}, or - for JSONL on stdin")
      ->required();
  run_cmd->add_option("--config", run.config, "Pipeline config (JSON); default: the embedded pipeline")
      ->check(CLI::ExistingFile);
  run_cmd->add_option("--date", run.date, "Reference date YYYY-MM-DD for documents that bring none")
      ->check([](const std::string& d) { return cadena::check_iso_date(d); });
  run_cmd->add_option("--lang", run.lang, "Language of documents that do not say (es or en)")
      ->check(CLI::IsMember({"es", "en"}));
  run_cmd->add_option("-j,--jobs", run.jobs, "Documents processed in parallel")->check(CLI::Range(1u, 256u));
  run_cmd->add_option("-o,--output", run.output, "Write the JSONL here instead of stdout");
  run_cmd->add_option("--max-bytes", run.max_bytes, "Refuse documents larger than this")
      ->check(CLI::PositiveNumber);
  run_cmd->add_option("--plugin-path", run.plugin_path, "Folder (or file) to load plugins from; repeatable");

  std::vector<std::string> plugin_path;
  CLI::App* plugins_cmd = app.add_subcommand("plugins", "List the plugins found, and those refused with why");
  plugins_cmd->add_option("--plugin-path", plugin_path, "Folder (or file) to load plugins from; repeatable");

  std::string report_path;
  CLI::App* report_cmd = app.add_subcommand("report", "Print a short readable report of a cadena JSONL file");
  report_cmd->add_option("file", report_path, "Output of `cadena run`")->required();

  app.add_subcommand("help", "Show this help");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  if (run_cmd->parsed()) return cadena::cli::run_command(run);
  if (plugins_cmd->parsed()) return cadena::cli::plugins_command(plugin_path);
  if (report_cmd->parsed()) return cadena::cli::report_command(report_path);
  std::cout << app.help();
  return 0;
}
