#include <cadena/error.hpp>
#include <cadena/json_output.hpp>
#include <cadena/pipeline.hpp>

#include <fstream>
#include <iostream>
#include <oneapi/tbb/parallel_pipeline.h>
#include <oneapi/tbb/task_arena.h>
#include <unistd.h>

#include "commands.hpp"
#include "corpus_summary.hpp"
#include "entity_index.hpp"
#include "inputs.hpp"
#include "progress.hpp"

namespace cadena::cli {

namespace {

void process(const Pipeline& pipeline, InputItem& item, EntityIndex* entity_index,
             CorpusSummary* corpus_summary) {
  if (!item.doc) return;
  try {
    item.error = pipeline.process(*item.doc);
    if (item.error.empty()) append_json(*item.doc, item.json);
    if (item.error.empty() && entity_index) entity_index->add(*item.doc);
    if (item.error.empty() && corpus_summary) corpus_summary->add(*item.doc);
  } catch (const std::exception& e) {
    item.error = std::string("internal error: ") + e.what();
  }
  item.doc.reset();  // free the document before it waits for its turn to be written
}

}  // namespace

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

  std::unique_ptr<EntityIndex> entity_index;
  if (!o.entity_index.empty()) entity_index = std::make_unique<EntityIndex>();
  std::unique_ptr<CorpusSummary> corpus_summary;
  if (!o.corpus_summary.empty()) {
    try {
      corpus_summary =
          std::make_unique<CorpusSummary>(registry, *pipeline, o.corpus_summary_max_docs);
    } catch (const Error& e) {
      std::cerr << "cadena: error: " << e.what() << "\n";
      return 2;
    }
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

  // Read and write in input order; process in parallel. The token limit bounds
  // how many documents are in memory at once, whatever the input size.
  tbb::task_arena arena(static_cast<int>(o.jobs));
  arena.execute([&] {
    tbb::parallel_pipeline(
        o.jobs * 4,
        tbb::make_filter<void, InputItem*>(tbb::filter_mode::serial_in_order,
                                           [&](tbb::flow_control& fc) -> InputItem* {
                                             auto item = std::make_unique<InputItem>();
                                             if (!reader.next(*item)) {
                                               fc.stop();
                                               return nullptr;
                                             }
                                             return item.release();
                                           }) &
            tbb::make_filter<InputItem*, InputItem*>(tbb::filter_mode::parallel,
                                                     [&](InputItem* item) {
                                                       process(*pipeline, *item, entity_index.get(), corpus_summary.get());
                                                       return item;
                                                     }) &
            tbb::make_filter<InputItem*, void>(tbb::filter_mode::serial_in_order, [&](InputItem* raw) {
              std::unique_ptr<InputItem> item(raw);
              if (item->error.empty()) {
                out << item->json << '\n';
              } else {
                progress.clear();
                std::cerr << "cadena: error: " << item->where << ": " << item->error << "\n";
              }
              progress.document_done(!item->error.empty(), item->input_bytes);
            }));
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
      std::cerr << "cadena: error: " << e.what() << "\n";
      return 2;
    }
  }
  if (corpus_summary) {
    try {
      corpus_summary->write(o.corpus_summary);
    } catch (const Error& e) {
      std::cerr << "cadena: error: " << e.what() << "\n";
      return 2;
    }
  }

  progress.summary();
  for (const std::string& s : reader.skipped()) std::cerr << "cadena: note: skipped " << s << " (not .txt, .html or .jsonl)\n";
  if (progress.documents() == 0) {
    std::cerr << "cadena: error: no documents in the input\n";
    return 1;
  }
  return progress.failed() ? 1 : 0;
}

}  // namespace cadena::cli
