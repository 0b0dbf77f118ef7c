// The corpus as `cadena run` sees it: the five articles through the real
// pipeline (clean, split, summarize), with the plugins loaded from the build
// by the core's loader. Shared by the tests and bench/summarize/eval_rouge.
#ifndef CADENA_TESTS_SUMMARIZE_CORPUS_PIPELINE_HPP
#define CADENA_TESTS_SUMMARIZE_CORPUS_PIPELINE_HPP

#include <cadena/pipeline.hpp>
#include <cadena/registry.hpp>
#include <memory>
#include <string>
#include <vector>

#include "summarizer.hpp"

namespace cadena::summarize::testing {

struct Article {
  std::string id;  // the file name without extension, as the CLI names it
  std::string text;
};

// corpus/*.txt, in name order.
std::vector<Article> corpus_articles();

struct SummarySpan {
  ByteRange range;
  double score;
};

struct ProcessedArticle {
  std::string id;
  std::string text;  // the text the stages saw: cleaned, unless the pipeline has no clean stage
  std::vector<ByteRange> sentences;
  std::vector<SummarySpan> summary;

  std::string sentence_text(const ByteRange& r) const {
    return text.substr(r.begin, r.end - r.begin);
  }
  // The summary's sentences joined by spaces, as the JSON's summary.text.
  std::string summary_text() const;
  // As the corpus summary takes a document.
  SourceDocument source() const { return {text, sentences, "es"}; }
};

class CorpusPipeline {
 public:
  // clean (unless `with_clean` is false), split and summarize with
  // `summarize_options` (JSON) merged over its defaults. Throws cadena::Error.
  explicit CorpusPipeline(const std::string& summarize_options = "{}", bool with_clean = true);

  // Throws std::runtime_error naming the article when it fails.
  ProcessedArticle run(const Article& article) const;

  const Registry& registry() const { return *registry_; }

 private:
  std::unique_ptr<Registry> registry_;
  std::unique_ptr<Pipeline> pipeline_;
};

}  // namespace cadena::summarize::testing

#endif  // CADENA_TESTS_SUMMARIZE_CORPUS_PIPELINE_HPP
