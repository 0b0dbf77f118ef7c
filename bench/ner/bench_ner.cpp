// bench_ner: throughput (MB/s) of entity tagging — tokenizing, features,
// Viterbi and keys — with the shipped model loaded once, on about 10 MB of
// Spanish news: corpus/*.txt repeated as separate documents, as `cadena run`
// would see them. Sentences are split beforehand: that is the `split` stage's
// time, not this one's.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <string>
#include <vector>

#include "corpus.hpp"
#include "entity_recognizer.hpp"
#include "sentence_splitter.hpp"

namespace {


struct Document {
  std::string text;
  std::vector<cadena::ner::SentenceRange> sentences;
};

const std::vector<Document>& ten_megabytes() {
  static const std::vector<Document> documents = [] {
    cadena::split::SentenceSplitter splitter(CADENA_SPLIT_DATA_DIR);
    std::vector<Document> corpus;
    for (const std::string& text : cadena::bench::corpus_articles()) {
      Document d{text, {}};
      for (const cadena::split::ByteRange& s : splitter.split(d.text, "es"))
        d.sentences.push_back({s.begin, s.end});
      corpus.push_back(std::move(d));
    }
    std::vector<Document> repeated;
    for (std::size_t bytes = 0; bytes < cadena::bench::kCorpusBytes;)
      for (const Document& d : corpus) {
        repeated.push_back(d);
        bytes += d.text.size();
      }
    return repeated;
  }();
  return documents;
}

const cadena::ner::EntityRecognizer& recognizer() {
  static const cadena::ner::EntityRecognizer instance(
      {CADENA_NER_DATA_DIR "/es", CADENA_NER_DATA_DIR "/es/model.bin", {}});
  return instance;
}

void BM_RecognizeEntities(benchmark::State& state) {
  const std::vector<Document>& documents = ten_megabytes();
  recognizer();  // loaded once, outside the timing
  std::size_t bytes = 0;
  for (auto _ : state)
    for (const Document& d : documents) {
      benchmark::DoNotOptimize(recognizer().recognize(d.text, d.sentences));
      bytes += d.text.size();
    }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_RecognizeEntities)->Unit(benchmark::kMillisecond);

}  // namespace
