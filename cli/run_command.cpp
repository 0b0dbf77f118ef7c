#include <cadena/corpus_summary.hpp>
#include <cadena/entity_index.hpp>
#include <cadena/error.hpp>
#include <cadena/pipeline.hpp>
#include <cadena/runner.hpp>

#include <fstream>
#include <iostream>
#include <unistd.h>

#include "commands.hpp"
#include "inputs.hpp"
#include "progress.hpp"

namespace cadena::cli {

int run_command(const RunOptions& o) {
  Registry registry = load_registry(o.plugin_path, true);
  std::unique_ptr<Pipeline> pipeline;
  try {
    PipelineConfig config = o.config.empty() ? default_pipeline_config() : load_pipeline_config(o.config);
    pipeline = std::make_unique<Pipeline>(config, registry);
  } catch (const Error& e) {
    std::cerr << "cadena: error: " << e.what() << "\n";
    return 2;
  }

  std::ofstream file;
  if (!o.output.empty()) {
    file.open(o.output, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "cadena: error: -o " << o.output << ": cannot open for writing\n";
      return 2;
    }
  }
  std::ostream& out = o.output.empty() ? std::cout : file;

  RunnerOptions runner_options{o.jobs, 0, {}};
  std::unique_ptr<EntityIndex> entity_index;
  if (!o.entity_index.empty()) {
    entity_index = std::make_unique<EntityIndex>();
    runner_options.observers.push_back(entity_index.get());
  }
  std::unique_ptr<CorpusSummary> corpus_summary;
  if (!o.corpus_summary.empty()) {
    try {
      corpus_summary =
          std::make_unique<CorpusSummary>(registry, *pipeline, o.corpus_summary_max_docs);
    } catch (const Error& e) {
      std::cerr << "cadena: error: --corpus-summary: " << e.what() << "\n";
      return 2;
    }
    runner_options.observers.push_back(corpus_summary.get());
  }

  InputOptions input_options{o.date, o.lang, o.max_bytes, "", 0};
  if (!o.stdin_origin.empty()) {  // FILE:N, checked by the option parser
    std::size_t colon = o.stdin_origin.rfind(':');
    input_options.stdin_name = o.stdin_origin.substr(0, colon);
    input_options.stdin_lines_before = std::stoull(o.stdin_origin.substr(colon + 1));
  }
  InputReader reader(o.inputs, input_options);
  bool live = !o.quiet && ::isatty(STDERR_FILENO);
  Progress progress(std::cerr, live, live ? reader.total_bytes() : std::nullopt);

  // Read and write in input order; process in parallel (cadena/runner.hpp).
  Runner runner(*pipeline, std::move(runner_options));
  runner.run([&](RunItem& item) { return reader.next(item); },
             [&](RunItem& item) {
               if (item.error.empty()) {
                 out << item.json << '\n';
               } else {
                 progress.clear();
                 std::cerr << "cadena: error: " << item.where << ": " << item.error << "\n";
               }
               progress.document_done(!item.error.empty(), item.input_bytes);
             });
  progress.clear();
  out.flush();
  if (!out) {
    std::cerr << "cadena: error: " << (o.output.empty() ? "<stdout>" : o.output) << ": write failed\n";
    return 2;
  }

  if (entity_index) {
    try {
      entity_index->write(o.entity_index);
    } catch (const Error& e) {
      std::cerr << "cadena: error: --entity-index " << e.what() << "\n";
      return 2;
    }
  }
  if (corpus_summary) {
    std::vector<std::string> notes;
    try {
      corpus_summary->write(o.corpus_summary, &notes);
    } catch (const Error& e) {
      for (const std::string& note : notes) std::cerr << "cadena: note: --corpus-summary: " << note << "\n";
      std::cerr << "cadena: error: --corpus-summary " << e.what() << "\n";
      return 2;
    }
    for (const std::string& note : notes) std::cerr << "cadena: note: --corpus-summary: " << note << "\n";
  }

  progress.summary(runner.jobs());
  for (const std::string& s : reader.skipped()) std::cerr << "cadena: note: skipped " << s << " (not .txt, .html or .jsonl)\n";
  if (progress.documents() == 0) {
    std::cerr << "cadena: error: no documents in the input\n";
    return 1;
  }
  return progress.failed() ? 1 : 0;
}

}  // namespace cadena::cli
