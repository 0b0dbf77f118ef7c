#include "baselines.hpp"

#include <algorithm>

namespace cadena::summarize::testing {
namespace {

void append(std::string& text, const std::string& sentence) {
  text += (text.empty() ? "" : " ") + sentence;
}

}  // namespace

std::string lead(const ProcessedArticle& article, std::size_t k) {
  std::string text;
  for (std::size_t i = 0; i < std::min(k, article.sentences.size()); ++i)
    append(text, article.sentence_text(article.sentences[i]));
  return text;
}

std::string leads(const std::vector<ProcessedArticle>& articles, std::size_t k) {
  std::string text;
  for (std::size_t i = 0; i < std::min(k, articles.size()); ++i) append(text, lead(articles[i], 1));
  return text;
}

Settings plain_lexrank_settings(std::size_t k) {
  Settings settings;
  settings.budget = Budget::sentences(k);
  settings.position_weight = 0;
  settings.mmr.lambda = 1;
  settings.mmr.near_duplicate = 2;  // above any cosine: off
  settings.screen = false;
  return settings;
}

std::string plain_lexrank(const Summarizer& summarizer,
                          const std::vector<ProcessedArticle>& articles, std::size_t k) {
  return summary_text(summarizer, articles, plain_lexrank_settings(k));
}

std::string summary_text(const Summarizer& summarizer,
                         const std::vector<ProcessedArticle>& articles, const Settings& settings) {
  std::vector<SourceDocument> sources;
  for (const ProcessedArticle& a : articles) sources.push_back(a.source());
  std::string text;
  for (const ChosenSentence& c : summarizer.summarize(sources, settings)) {
    const ProcessedArticle& a = articles[c.document];
    append(text, a.sentence_text(a.sentences[c.sentence]));
  }
  return text;
}

}  // namespace cadena::summarize::testing
