// bench_summarize: throughput (MB/s) of the summarizer on about 10 MB of
// Spanish news: the corpus articles, split into sentences once beforehand and
// copied into separate documents, each summarized on its own as the stage does;
// and the summary of the five articles together, as --corpus-summary makes it.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <string>
#include <vector>

#include "corpus.hpp"
#include "sentence_splitter.hpp"
#include "summarizer.hpp"

namespace {

using cadena::summarize::SourceDocument;

struct SplitDocument {
  std::string text;
  std::vector<cadena::summarize::ByteRange> sentences;
  SourceDocument source() const { return {text, sentences, "es"}; }
};

std::vector<SplitDocument> corpus_documents() {
  cadena::split::SentenceSplitter splitter(CADENA_SPLIT_DATA_DIR);
  std::vector<SplitDocument> documents;
  for (const std::string& text : cadena::bench::corpus_articles()) {
    SplitDocument doc{text, {}};
    for (const auto& s : splitter.split(doc.text, "es")) doc.sentences.push_back({s.begin, s.end});
    documents.push_back(std::move(doc));
  }
  return documents;
}

// The corpus repeated, each copy a document of its own, to about 10 MB.
const std::vector<SplitDocument>& ten_megabytes() {
  static const std::vector<SplitDocument> documents = [] {
    std::vector<SplitDocument> corpus = corpus_documents();
    std::vector<SplitDocument> all;
    std::size_t bytes = 0;
    while (bytes < cadena::bench::kCorpusBytes)
      for (const SplitDocument& doc : corpus) {
        all.push_back(doc);
        bytes += doc.text.size();
      }
    return all;
  }();
  return documents;
}

const cadena::summarize::Summarizer& summarizer() {
  static const cadena::summarize::Summarizer instance(CADENA_SUMMARIZE_DATA_DIR);
  return instance;
}

void BM_SummarizePerDocument(benchmark::State& state) {
  const std::vector<SplitDocument>& documents = ten_megabytes();
  cadena::summarize::Settings settings;
  std::size_t bytes = 0;
  for (auto _ : state)
    for (const SplitDocument& doc : documents) {
      benchmark::DoNotOptimize(summarizer().summarize({doc.source()}, settings));
      bytes += doc.text.size();
    }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_SummarizePerDocument)->Unit(benchmark::kMillisecond);

// One summary of several documents: the five articles (range 0 = 5) or 100
// copies of them (500, --corpus-summary's default limit), with the shared
// facts (range 1 = 2, the default) or MMR alone (0), side by side.
void BM_CorpusSummary(benchmark::State& state) {
  static const std::vector<SplitDocument> corpus = corpus_documents();
  std::vector<SourceDocument> sources;
  std::size_t corpus_bytes = 0;
  while (sources.size() < static_cast<std::size_t>(state.range(0)))
    for (const SplitDocument& doc : corpus) {
      sources.push_back(doc.source());
      corpus_bytes += doc.text.size();
    }
  cadena::summarize::Settings settings = cadena::summarize::corpus_settings();
  settings.concept_min_documents = static_cast<std::size_t>(state.range(1));
  for (auto _ : state) benchmark::DoNotOptimize(summarizer().summarize(sources, settings));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus_bytes));
}
BENCHMARK(BM_CorpusSummary)
    ->ArgNames({"documents", "concept_min_documents"})
    ->Args({5, 2})
    ->Args({5, 0})
    ->Args({500, 2})
    ->Args({500, 0})
    ->Unit(benchmark::kMillisecond);

}  // namespace
