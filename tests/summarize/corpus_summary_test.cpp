// The summary of the whole story (what `cadena run --corpus-summary` writes,
// here through the library): central sentences across the five articles, each
// citing its article, none repeating another.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "corpus_pipeline.hpp"
#include "rouge.hpp"
#include "summarizer.hpp"

namespace cadena::summarize::testing {
namespace {

const std::vector<ProcessedArticle>& processed() {
  static const std::vector<ProcessedArticle> all = [] {
    CorpusPipeline pipeline;
    std::vector<ProcessedArticle> out;
    for (const Article& article : corpus_articles()) out.push_back(pipeline.run(article));
    return out;
  }();
  return all;
}

const Summarizer& summarizer() {
  static const Summarizer instance(CADENA_SOURCE_DIR "/plugins/summarize/data");
  return instance;
}

std::vector<SourceDocument> sources(const std::vector<ProcessedArticle>& articles) {
  std::vector<SourceDocument> out;
  for (const ProcessedArticle& a : articles) out.push_back(a.source());
  return out;
}

std::string text_of(const std::vector<ProcessedArticle>& articles, const ChosenSentence& c) {
  const ProcessedArticle& a = articles.at(c.document);
  return a.sentence_text(a.sentences.at(c.sentence));
}

TEST(CorpusSummary, ThreeSentencesFromSeveralArticles) {
  std::vector<ChosenSentence> story =
      summarizer().summarize(sources(processed()), corpus_settings());
  ASSERT_EQ(story.size(), 3u);
  std::set<std::size_t> cited;
  for (const ChosenSentence& c : story) {
    ASSERT_LT(c.document, processed().size());
    ASSERT_LT(c.sentence, processed()[c.document].sentences.size());
    cited.insert(c.document);
  }
  // Five outlets with one story: their leads tell it, not three sentences of one outlet.
  EXPECT_GT(cited.size(), 1u);
}

// The corpus twice over (the copies as articles 005-009): every sentence has
// an identical twin, cosine 1, so no text may come twice however long the
// summary.
TEST(CorpusSummary, RepeatedSentencesAppearOnce) {
  std::vector<ProcessedArticle> twice = processed();
  for (const ProcessedArticle& a : processed()) twice.push_back(a);
  Settings settings = corpus_settings();
  settings.budget = Budget::sentences(12);
  std::vector<ChosenSentence> story = summarizer().summarize(sources(twice), settings);
  EXPECT_EQ(story.size(), 12u);
  std::set<std::string> texts;
  for (const ChosenSentence& c : story)
    EXPECT_TRUE(texts.insert(text_of(twice, c)).second) << text_of(twice, c);
}

// Across outlets the same fact comes in other words. ROUGE-2 F1 of 0.5 means
// half of the word pairs are shared: no two sentences of a long summary are
// that close.
TEST(CorpusSummary, NoNearDuplicatesAcrossOutlets) {
  Settings settings = corpus_settings();
  settings.budget = Budget::sentences(10);
  std::vector<ChosenSentence> story = summarizer().summarize(sources(processed()), settings);
  ASSERT_EQ(story.size(), 10u);
  for (std::size_t i = 0; i < story.size(); ++i)
    for (std::size_t j = i + 1; j < story.size(); ++j) {
      std::string a = text_of(processed(), story[i]), b = text_of(processed(), story[j]);
      EXPECT_LT(rouge::score(a, b).rouge2.f, 0.5) << a << "\n" << b;
    }
}

// All five outlets report the mutual-defence pact ("defensa mutua"), each in
// its own sentence and none in its lead; the three leads MMR alone would take
// tell the meeting and the pledge. A story of three sentences holds the fact
// every outlet shares.
TEST(CorpusSummary, HoldsTheFactEveryOutletReports) {
  for (const ProcessedArticle& a : processed())
    ASSERT_NE(a.text.find("defensa mutua"), std::string::npos) << a.id;
  std::vector<ChosenSentence> story =
      summarizer().summarize(sources(processed()), corpus_settings());
  bool holds = false;
  for (const ChosenSentence& c : story)
    holds = holds || text_of(processed(), c).find("defensa mutua") != std::string::npos;
  EXPECT_TRUE(holds);
}

// One document shares nothing with another: concepts change nothing.
TEST(CorpusSummary, OneDocumentIsSummarizedAsTheStageDoes) {
  Settings shared = corpus_settings(), alone = corpus_settings();
  alone.concept_min_documents = 0;
  for (const ProcessedArticle& a : processed()) {
    std::vector<ChosenSentence> with = summarizer().summarize({a.source()}, shared);
    std::vector<ChosenSentence> without = summarizer().summarize({a.source()}, alone);
    ASSERT_EQ(with.size(), without.size()) << a.id;
    for (std::size_t i = 0; i < with.size(); ++i) EXPECT_EQ(with[i].sentence, without[i].sentence);
  }
}

}  // namespace
}  // namespace cadena::summarize::testing
