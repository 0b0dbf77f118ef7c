// bench_dates: throughput (MB/s) of the date recognizer, and of the numbers
// and dates stages' recognizers together (the figure docs/numbers-dates.md
// reports), on about 10 MB of Spanish news, one document at a time. The
// sentences the dates stage reads its tenses from are split beforehand, as
// the `split` stage would, outside the timing.
#include <benchmark/benchmark.h>

#include "corpus.hpp"
#include "data_table.hpp"
#include "date_recognizer.hpp"
#include "number_recognizer.hpp"
#include "sentence_splitter.hpp"

namespace {

using cadena::dates::ByteRange;

const cadena::dates::DateLexicon& date_lexicon() {
  static const auto lexicon = cadena::dates::DateLexicon::load(
      cadena::numbers::language_folders(CADENA_DATES_DATA_DIR, "es"),
      cadena::numbers::language_folders(CADENA_NUMBERS_DATA_DIR, "es"));
  return lexicon;
}

const std::vector<std::vector<ByteRange>>& corpus_sentences() {
  static const std::vector<std::vector<ByteRange>> sentences = [] {
    cadena::split::SentenceSplitter splitter(CADENA_SPLIT_DATA_DIR);
    std::vector<std::vector<ByteRange>> all;
    for (const std::string& document : cadena::bench::corpus_documents()) {
      all.emplace_back();
      for (const auto& s : splitter.split(document, "es")) all.back().push_back({s.begin, s.end});
    }
    return all;
  }();
  return sentences;
}

void run(benchmark::State& state, bool numbers, bool dates) {
  const auto& documents = cadena::bench::corpus_documents();
  const auto& sentences = corpus_sentences();
  const auto& lexicon = date_lexicon();
  for (auto _ : state)
    for (std::size_t d = 0; d < documents.size(); ++d) {
      if (numbers)
        benchmark::DoNotOptimize(cadena::numbers::find_numbers(documents[d], lexicon.numbers));
      if (dates)
        benchmark::DoNotOptimize(
            cadena::dates::find_dates(documents[d], lexicon, "2025-07-13", sentences[d]));
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * cadena::bench::corpus_bytes()));
}

void BM_Dates(benchmark::State& state) { run(state, false, true); }
BENCHMARK(BM_Dates)->Unit(benchmark::kMillisecond);

void BM_NumbersAndDates(benchmark::State& state) { run(state, true, true); }
BENCHMARK(BM_NumbersAndDates)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
