// bench_split: throughput (MB/s) of Cadena's sentence splitter on about 10 MB
// of Spanish news, corpus/*.txt repeated in memory, next to plain ICU on the
// same text; and per document, where each call pays for its own iterator.
#include <benchmark/benchmark.h>

#include <string>

#include "corpus.hpp"
#include "icu_baseline.hpp"
#include "sentence_splitter.hpp"

namespace {

const cadena::split::SentenceSplitter& splitter() {
  static const cadena::split::SentenceSplitter instance(CADENA_SPLIT_DATA_DIR);
  return instance;
}

void BM_CadenaSplit(benchmark::State& state) {
  const std::string& text = cadena::bench::corpus_text();
  for (auto _ : state) benchmark::DoNotOptimize(splitter().split(text, "es"));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_CadenaSplit)->Unit(benchmark::kMillisecond);

void BM_IcuSentences(benchmark::State& state) {
  const std::string& text = cadena::bench::corpus_text();
  for (auto _ : state) benchmark::DoNotOptimize(cadena::bench::icu_sentence_boundaries(text, "es"));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_IcuSentences)->Unit(benchmark::kMillisecond);

void BM_CadenaSplitPerDocument(benchmark::State& state) {
  std::size_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& document : cadena::bench::corpus_articles()) {
      benchmark::DoNotOptimize(splitter().split(document, "es"));
      bytes += document.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_CadenaSplitPerDocument)->Unit(benchmark::kMicrosecond);

}  // namespace
