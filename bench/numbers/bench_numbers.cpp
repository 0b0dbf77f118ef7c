// bench_numbers: throughput (MB/s) of the number recognizer alone on about
// 10 MB of Spanish news (corpus/*.txt repeated), one document at a time.
#include <benchmark/benchmark.h>

#include "corpus.hpp"
#include "data_table.hpp"
#include "number_lexicon.hpp"
#include "number_recognizer.hpp"

namespace {

void BM_Numbers(benchmark::State& state) {
  const auto lexicon = cadena::numbers::NumberLexicon::load(
      cadena::numbers::language_folders(CADENA_NUMBERS_DATA_DIR, "es"));
  for (auto _ : state)
    for (const std::string& document : cadena::bench::corpus_documents())
      benchmark::DoNotOptimize(cadena::numbers::find_numbers(document, lexicon));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * cadena::bench::corpus_bytes()));
}
BENCHMARK(BM_Numbers)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
