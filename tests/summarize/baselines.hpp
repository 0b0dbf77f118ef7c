// The summaries Cadena's is compared with: lead-k (the first k sentences,
// what a news reader sees first) and a plain LexRank (centrality alone: every
// sentence is a candidate, no position prior, no redundancy removal).
#ifndef CADENA_TESTS_SUMMARIZE_BASELINES_HPP
#define CADENA_TESTS_SUMMARIZE_BASELINES_HPP

#include <cstddef>
#include <string>
#include <vector>

#include "corpus_pipeline.hpp"
#include "summarizer.hpp"

namespace cadena::summarize::testing {

// The first k sentences of the article.
std::string lead(const ProcessedArticle& article, std::size_t k);
// The first sentence of each of the first k articles: lead-k for several
// documents.
std::string leads(const std::vector<ProcessedArticle>& articles, std::size_t k);

Settings plain_lexrank_settings(std::size_t k);
// k sentences of the articles, taken together, by plain LexRank.
std::string plain_lexrank(const Summarizer& summarizer,
                          const std::vector<ProcessedArticle>& articles, std::size_t k);

// The summary the summarizer makes of the articles with `settings`, as text.
std::string summary_text(const Summarizer& summarizer,
                         const std::vector<ProcessedArticle>& articles, const Settings& settings);

}  // namespace cadena::summarize::testing

#endif  // CADENA_TESTS_SUMMARIZE_BASELINES_HPP
