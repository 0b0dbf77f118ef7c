// bench_split: throughput (MB/s) of Cadena's sentence splitter on about 10 MB
// of Spanish news, corpus/*.txt repeated in memory, next to plain ICU on the
// same text; and per document, where each call pays for its own iterator.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "icu_baseline.hpp"
#include "sentence_splitter.hpp"

namespace {

constexpr std::size_t kTextBytes = 10u << 20;

const std::vector<std::string>& corpus_documents() {
  static const std::vector<std::string> documents = [] {
    std::vector<std::string> paths;
    for (const auto& entry : std::filesystem::directory_iterator(CADENA_CORPUS_DIR))
      if (entry.path().extension() == ".txt") paths.push_back(entry.path().string());
    std::sort(paths.begin(), paths.end());
    std::vector<std::string> texts;
    for (const std::string& path : paths) texts.push_back(cadena::bench::read_file(path));
    return texts;
  }();
  return documents;
}

const std::string& ten_megabytes() {
  static const std::string text = [] {
    std::string joined;
    while (joined.size() < kTextBytes)
      for (const std::string& document : corpus_documents()) joined += document + "\n\n";
    return joined;
  }();
  return text;
}

const cadena::split::SentenceSplitter& splitter() {
  static const cadena::split::SentenceSplitter instance(CADENA_SPLIT_DATA_DIR);
  return instance;
}

void BM_CadenaSplit(benchmark::State& state) {
  const std::string& text = ten_megabytes();
  for (auto _ : state) benchmark::DoNotOptimize(splitter().split(text, "es"));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_CadenaSplit)->Unit(benchmark::kMillisecond);

void BM_IcuSentences(benchmark::State& state) {
  const std::string& text = ten_megabytes();
  for (auto _ : state) benchmark::DoNotOptimize(cadena::bench::icu_sentence_boundaries(text, "es"));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_IcuSentences)->Unit(benchmark::kMillisecond);

void BM_CadenaSplitPerDocument(benchmark::State& state) {
  std::size_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& document : corpus_documents()) {
      benchmark::DoNotOptimize(splitter().split(document, "es"));
      bytes += document.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_CadenaSplitPerDocument)->Unit(benchmark::kMicrosecond);

}  // namespace
