// The `cadena` command: run pipelines over documents, list plugins, report.
#include <cadena/abi.h>
#include <cadena/iso_date.hpp>

#include <CLI/CLI.hpp>
#include <iostream>
#include <unicode/uversion.h>

#include "byte_size.hpp"
#include "commands.hpp"
#include "serve/serve_options.hpp"

namespace {

std::string version_text() {
  return std::string("cadena ") + CADENA_VERSION + " (plugin ABI " + std::to_string(CADENA_ABI_MAJOR) + "." +
         std::to_string(CADENA_ABI_MINOR) + ", ICU " + U_ICU_VERSION + ")";
}

// Prints the help of the command `topic` names (the whole tool's when empty),
// as `cadena TOPIC... --help` would.
int help_command(CLI::App& app, const std::vector<std::string>& topic) {
  app.clear();  // help() follows the parsed subcommands: forget `help` itself
  const CLI::App* command = &app;
  std::string prefix;  // "cadena train": the usage line names the parents
  for (const std::string& name : topic) {
    const CLI::App* sub = nullptr;
    for (const CLI::App* candidate : command->get_subcommands({})) {
      if (candidate->get_name() == name) sub = candidate;
    }
    if (!sub) {
      std::string known;
      for (const CLI::App* candidate : command->get_subcommands({}))
        known += (known.empty() ? "" : ", ") + candidate->get_name();
      std::cerr << "cadena: error: help: no command '" << name << "'"
                << (command == &app ? "" : " under '" + command->get_name() + "'") << " (commands: " << known
                << ")\n";
      return 2;
    }
    prefix += (prefix.empty() ? "" : " ") + command->get_name();
    command = sub;
  }
  std::cout << command->help(prefix);
  return 0;
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
  run_cmd->add_option("--date", run.date,
                      "Reference date YYYY-MM-DD, or date-time YYYY-MM-DDTHH:MM[:SS] (\"hace 30 minutos\" "
                      "needs the time), for documents that bring none")
      ->check([](const std::string& d) { return cadena::check_iso_date(d); });
  run_cmd->add_option("--lang", run.lang, "Language of documents that do not say (es or en)")
      ->check(CLI::IsMember({"es", "en"}));
  run_cmd
      ->add_option("-j,--jobs", run.jobs,
                   "Documents processed in parallel; the output keeps the input order whatever it is "
                   "(default 0: all hardware threads)")
      ->check(CLI::Range(0u, 256u));
  run_cmd->add_option("-o,--output", run.output, "Write the JSONL here instead of stdout");
  run_cmd
      ->add_option_function<std::string>(
          "--max-bytes", [&run](const std::string& v) { run.max_bytes = cadena::cli::parse_byte_size(v); },
          "Refuse documents larger than this: bytes, or with a suffix K, M, G (1024s) (default: " +
              cadena::cli::format_byte_size(run.max_bytes) + ")")
      ->check(cadena::cli::check_byte_size);
  run_cmd->add_option("--plugin-path", run.plugin_path, "Folder (or file) to load plugins from; repeatable");
  run_cmd->add_option("--entity-index", run.entity_index,
                      "Also write a JSON index of the entities: key -> name, label, mentions per document");
  run_cmd->add_flag("-q,--quiet", run.quiet,
                    "No progress line on stderr (shown only when it is a terminal); the summary line stays");
  run_cmd
      ->add_option("--stdin-origin", run.stdin_origin,
                   "FILE:N: JSONL on stdin is the lines after line N of FILE; ids and messages name FILE "
                   "and its lines (used by scale/ to send parts of a file)")
      ->check([](const std::string& v) {
        std::size_t colon = v.rfind(':');
        bool ok = colon != std::string::npos && colon > 0 && colon + 1 < v.size() && colon + 20 > v.size() &&
                  v.find_first_not_of("0123456789", colon + 1) == std::string::npos;
        return ok ? std::string() : "expected FILE:N, N a line number, got '" + v + "'";
      });
  run_cmd->add_option("--corpus-summary", run.corpus_summary,
                      "Also write one summary (JSON) of all the documents, each sentence citing its document");
  run_cmd->add_option("--corpus-summary-max-docs", run.corpus_summary_max_docs,
                      "Documents the corpus summary takes, the first by id (default 500); the others "
                      "are left out with a note")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1000000}));

  std::vector<std::string> plugin_path;
  CLI::App* plugins_cmd = app.add_subcommand("plugins", "List the plugins found, and those refused with why");
  plugins_cmd->add_option("--plugin-path", plugin_path, "Folder (or file) to load plugins from; repeatable");

  std::string report_path;
  CLI::App* report_cmd = app.add_subcommand("report", "Print a short readable report of a cadena JSONL file");
  report_cmd->add_option("file", report_path, "Output of `cadena run`")->required();

  // `train ner` and `eval ner`: see train_command.cpp and eval_command.cpp.
  cadena::cli::TrainNerOptions train_ner;
  CLI::App* train_cmd = app.add_subcommand("train", "Train a stage's model");
  train_cmd->require_subcommand(1);
  CLI::App* train_ner_cmd = train_cmd->add_subcommand("ner", "Train the entity tagger on CoNLL 'TOKEN TAG' files");
  train_ner_cmd->add_option("--train", train_ner.train, "Training sentences (CoNLL, IOB2)")
      ->required()->check(CLI::ExistingFile);
  train_ner_cmd->add_option("--dev", train_ner.dev, "Sentences to report F1 on after each epoch")
      ->check(CLI::ExistingFile);
  train_ner_cmd->add_option("--gazetteers", train_ner.gazetteers, "Gazetteer folder the model will run with")
      ->required()->check(CLI::ExistingDirectory);
  train_ner_cmd->add_option("-o,--output", train_ner.output, "Model file to write")->required();
  train_ner_cmd->add_option("--algorithm", train_ner.algorithm, "crf (the default) or perceptron")
      ->check(CLI::IsMember({"perceptron", "crf"}));
  train_ner_cmd->add_option("--epochs", train_ner.epochs, "Perceptron: passes over the training data")
      ->check(CLI::Range(1, 1000));
  train_ner_cmd->add_option("--seed", train_ner.seed, "Perceptron: orders the sentences of each epoch");
  train_ner_cmd->add_option("--min-count", train_ner.min_count, "Ignore features seen fewer times (CRF 2, perceptron 1)")
      ->check(CLI::Range(1, 1000));
  train_ner_cmd->add_option("--margin", train_ner.margin, "Perceptron: extra score of wrong labels while learning")
      ->check(CLI::Range(0.0, 100.0));
  train_ner_cmd->add_option("--iterations", train_ner.iterations, "CRF: L-BFGS iterations at the most")
      ->check(CLI::Range(1, 10000));
  train_ner_cmd->add_option("--l2", train_ner.l2, "CRF: L2 penalty on the weights")
      ->check(CLI::Range(0.0, 1000.0));
  train_ner_cmd->add_option("--prune", train_ner.prune, "Drop weights smaller than this from the file")
      ->check(CLI::Range(0.0, 100.0));
  train_ner_cmd->add_flag("--geo-as-loc", train_ner.geo_as_loc,
                          "Relabel countries and cities tagged ORG as LOC in --train and --dev (docs/ner.md)");

  cadena::cli::EvalNerOptions eval_ner;
  CLI::App* eval_cmd = app.add_subcommand("eval", "Evaluate a stage against gold annotations");
  eval_cmd->require_subcommand(1);
  CLI::App* eval_ner_cmd = eval_cmd->add_subcommand("ner", "Tag CoNLL tokens as given; print conlleval's P/R/F1");
  eval_ner_cmd->add_option("--gold", eval_ner.gold, "Gold sentences (CoNLL, IOB2)")
      ->required()->check(CLI::ExistingFile);
  eval_ner_cmd->add_option("--config", eval_ner.config, "Pipeline config whose `entities` options to use")
      ->check(CLI::ExistingFile);
  eval_ner_cmd->add_option("--model", eval_ner.model, "Model file instead of the configured one")
      ->check(CLI::ExistingFile);
  eval_ner_cmd->add_option("--predictions", eval_ner.predictions,
                           "Also write each token as conlleval reads it: token, gold tag, predicted tag");
  eval_ner_cmd->add_flag("--geo-as-loc", eval_ner.geo_as_loc,
                         "Relabel the gold's countries and cities tagged ORG as LOC first (docs/ner.md)");
  eval_ner_cmd->add_option("--document-labels", eval_ner.document_labels,
                           "tagger (as tagged), keys (a surname takes its full name's label) or vote "
                           "(then one label per entity key), over each sentence's 10 neighbours")
      ->check(CLI::IsMember({"tagger", "keys", "vote"}));
  eval_ner_cmd->add_option("--plugin-path", eval_ner.plugin_path, "Folder (or file) to load plugins from; repeatable");

  cadena::cli::serve::ServeOptions serve;
  CLI::App* serve_cmd = cadena::cli::serve::add_serve_command(app, serve);

  // `cadena help` is `cadena --help`; `cadena help run` (or `help train ner`) is `cadena run --help`.
  std::vector<std::string> help_topic;
  CLI::App* help_cmd = app.add_subcommand("help", "Show this help, or a command's: cadena help COMMAND");
  help_cmd->add_option("command", help_topic, "COMMAND [SUBCOMMAND]: the command to explain");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  if (help_cmd->parsed()) return help_command(app, help_topic);
  if (run_cmd->parsed()) return cadena::cli::run_command(run);
  if (plugins_cmd->parsed()) return cadena::cli::plugins_command(plugin_path);
  if (report_cmd->parsed()) return cadena::cli::report_command(report_path);
  if (train_ner_cmd->parsed()) return cadena::cli::train_ner_command(train_ner);
  if (eval_ner_cmd->parsed()) return cadena::cli::eval_ner_command(eval_ner);
  if (serve_cmd->parsed()) return cadena::cli::serve::serve_command(serve);
  std::cout << app.help();
  return 0;
}
