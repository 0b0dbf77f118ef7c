#include <cadena/error.hpp>
#include <cadena/json_output.hpp>
#include <cadena/pipeline.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <oneapi/tbb/parallel_pipeline.h>
#include <oneapi/tbb/task_arena.h>

#include "commands.hpp"
#include "corpus_summary.hpp"
#include "entity_index.hpp"
#include "inputs.hpp"

namespace cadena::cli {

namespace {

struct Totals {
  std::uint64_t documents = 0;
  std::uint64_t written = 0;
  std::uint64_t failed = 0;
  std::uint64_t bytes = 0;
};

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
      corpus_summary = std::make_unique<CorpusSummary>(registry, *pipeline);
    } catch (const Error& e) {
      std::cerr << "cadena: error: " << e.what() << "\n";
      return 2;
    }
  }

  InputReader reader(o.inputs, InputOptions{o.date, o.lang, o.max_bytes});
  Totals totals;
  auto start = std::chrono::steady_clock::now();

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
              ++totals.documents;
              totals.bytes += item->bytes;
              if (item->error.empty()) {
                out << item->json << '\n';
                ++totals.written;
              } else {
                ++totals.failed;
                std::cerr << "cadena: error: " << item->where << ": " << item->error << "\n";
              }
            }));
  });
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

  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  char line[256];
  std::snprintf(line, sizeof line, "cadena: %llu documents, %llu written, %llu failed, %.2f s, %.2f MB/s\n",
                static_cast<unsigned long long>(totals.documents), static_cast<unsigned long long>(totals.written),
                static_cast<unsigned long long>(totals.failed), seconds,
                seconds > 0 ? static_cast<double>(totals.bytes) / 1e6 / seconds : 0.0);
  std::cerr << line;
  for (const std::string& s : reader.skipped()) std::cerr << "cadena: note: skipped " << s << " (not .txt, .html or .jsonl)\n";
  if (totals.documents == 0) {
    std::cerr << "cadena: error: no documents in the input\n";
    return 1;
  }
  return totals.failed ? 1 : 0;
}

}  // namespace cadena::cli
