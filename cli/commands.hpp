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
  unsigned jobs = 0;  // 0 = all hardware threads (RunnerOptions::jobs)
  std::string output;  // "" = stdout
  std::uint64_t max_bytes = 32u << 20;
  std::vector<std::string> plugin_path;
  std::vector<std::string> inputs;
  std::string entity_index;  // "" = none; else where to write the corpus's entity index
  std::string corpus_summary;  // "" = none; else where to write one summary of all documents
  std::size_t corpus_summary_max_docs = 500;  // the first N documents by id are summarized
  bool quiet = false;          // no progress line even on a terminal
  std::string stdin_origin;    // "FILE:LINES": see InputOptions::stdin_name
};

// `cadena train ner` (train_command.cpp) and `cadena eval ner` (eval_command.cpp).
struct TrainNerOptions {
  std::string train;  // CoNLL files
  std::string dev;    // "" = none; only reported on
  std::string gazetteers;
  std::string output;
  std::string algorithm = "crf";  // or "perceptron"
  int epochs = 10;
  std::uint64_t seed = 1;
  int min_count = 0;  // 0 = the algorithm's (TrainingOptions)
  float margin = 3.0f;
  int iterations = 200;
  double l2 = 1.0;
  float prune = 0.02f;
  bool geo_as_loc = false;  // relabel geo-political ORG names LOC in --train and --dev (geo_names.hpp)
};
struct EvalNerOptions {
  std::string gold;
  std::string config;  // "" = the stage's default options
  std::string model;   // "" = the model the options name
  std::string predictions;  // "" = none written
  bool geo_as_loc = false;  // relabel the gold's geo-political ORG names LOC (geo_names.hpp)
  std::string document_labels = "tagger";  // or "keys", "vote" (evaluation.hpp)
  std::vector<std::string> plugin_path;
};

int run_command(const RunOptions& options);
int plugins_command(const std::vector<std::string>& plugin_path);
int report_command(const std::string& jsonl_path);
int train_ner_command(const TrainNerOptions& options);
int eval_ner_command(const EvalNerOptions& options);

// Loads the plugins found on the search path; says on stderr which were refused.
Registry load_registry(const std::vector<std::string>& plugin_path, bool warn_rejections);

}  // namespace cadena::cli

#endif  // CADENA_CLI_COMMANDS_HPP
