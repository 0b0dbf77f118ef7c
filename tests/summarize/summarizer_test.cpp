// The summarizer on small made-up documents: budgets, document order,
// languages, bad input, and a story told twice.
#include "summarizer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace cadena::summarize {
namespace {

const Summarizer& summarizer() {
  static const Summarizer instance(CADENA_SOURCE_DIR "/plugins/summarize/data");
  return instance;
}

// A document of one sentence per line.
struct Doc {
  std::string text;
  std::vector<ByteRange> sentences;
  explicit Doc(const std::vector<std::string>& lines) {
    for (const std::string& line : lines) {
      if (!text.empty()) text += '\n';
      sentences.push_back({text.size(), text.size() + line.size()});
      text += line;
    }
  }
  SourceDocument source(std::string_view lang = "es") const { return {text, sentences, lang}; }
};

const Doc& story() {
  static const Doc doc({
      "Kim Jong Un prometió a Rusia un apoyo incondicional en la guerra de Ucrania.",  // 0
      "Mundo",                                                                         // 1: a label
      "Lavrov agradeció a Kim el envío de soldados norcoreanos a la región de Kursk.",  // 2
      "Lavrov agradeció a Kim Jong Un el envío de soldados norcoreanos a Kursk.",    // 3: 2 again
      "La aerolínea Nordwind volará dos veces por semana entre Moscú y Pyongyang.",  // 4
      "Foto: AFP.",                                                                  // 5: a credit
      "Corea del Sur y Japón criticaron el apoyo militar de Kim a la guerra de Rusia.",  // 6
  });
  return doc;
}

std::vector<std::size_t> sentences_of(const std::vector<ChosenSentence>& summary) {
  std::vector<std::size_t> out;
  for (const ChosenSentence& c : summary) out.push_back(c.sentence);
  return out;
}

TEST(Summarizer, ChoosesProseInDocumentOrderWithScores) {
  Settings settings;
  std::vector<ChosenSentence> summary = summarizer().summarize({story().source()}, settings);
  ASSERT_EQ(summary.size(), 3u);
  std::size_t previous = 0;
  for (const ChosenSentence& c : summary) {
    EXPECT_EQ(c.document, 0u);
    EXPECT_NE(c.sentence, 1u);
    EXPECT_NE(c.sentence, 5u);
    EXPECT_GE(c.sentence, previous);
    previous = c.sentence;
    EXPECT_GT(c.score, 0.0);
    EXPECT_LE(c.score, 1.0);
  }
  // The lead: the first sentence, with the whole position prior, is chosen.
  EXPECT_EQ(summary.front().sentence, 0u);
}

TEST(Summarizer, TheSameInputGivesTheSameSummaryToTheBit) {
  Settings settings;
  std::vector<ChosenSentence> first = summarizer().summarize({story().source()}, settings);
  Summarizer another(CADENA_SOURCE_DIR "/plugins/summarize/data");
  std::vector<ChosenSentence> second = another.summarize({story().source()}, settings);
  ASSERT_EQ(first.size(), second.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].sentence, second[i].sentence);
    EXPECT_EQ(first[i].score, second[i].score);  // exact
  }
}

TEST(Summarizer, Budgets) {
  Settings settings;
  settings.budget = Budget::sentences(1);
  EXPECT_EQ(sentences_of(summarizer().summarize({story().source()}, settings)),
            (std::vector<std::size_t>{0}));
  // 7 sentences, 0.3 of them: 2.1, rounded up to 3; 0, 2 and 4 share
  // nothing, so at least three may be chosen together.
  settings.budget = Budget::ratio(0.3);
  EXPECT_EQ(summarizer().summarize({story().source()}, settings).size(), 3u);
  settings.budget = Budget::ratio(0.2);  // 1.4: 2
  EXPECT_EQ(summarizer().summarize({story().source()}, settings).size(), 2u);
  // Sentence 0 has 76 characters: 100 leave room for no second sentence of 70 or more.
  settings.budget = Budget::characters(100);
  std::vector<ChosenSentence> short_summary = summarizer().summarize({story().source()}, settings);
  ASSERT_EQ(short_summary.size(), 1u);
  EXPECT_EQ(short_summary[0].sentence, 0u);
  settings.budget = Budget::characters(10);
  EXPECT_TRUE(summarizer().summarize({story().source()}, settings).empty());
  // Sentences 0 and 2 have 14 words each, 4 has 12 and 6 has 16: 20 words
  // hold sentence 0 alone, 28 two sentences, 10 none.
  settings.budget = Budget::words(20);
  EXPECT_EQ(sentences_of(summarizer().summarize({story().source()}, settings)),
            (std::vector<std::size_t>{0}));
  settings.budget = Budget::words(28);
  EXPECT_EQ(summarizer().summarize({story().source()}, settings).size(), 2u);
  settings.budget = Budget::words(10);
  EXPECT_TRUE(summarizer().summarize({story().source()}, settings).empty());
}

TEST(Summarizer, AHugeDocumentIsSummarizedFromItsFirstCandidates) {
  // Eligible sentences are 0, 2, 3, 4 and 6; with room for four, a cap of
  // three candidates leaves out 4 and 6 (3 is a near-duplicate of 2).
  Settings settings;
  settings.budget = Budget::sentences(4);
  std::vector<std::size_t> uncapped = sentences_of(summarizer().summarize({story().source()}, settings));
  EXPECT_NE(std::find(uncapped.begin(), uncapped.end(), 6u), uncapped.end());
  settings.max_candidates_per_document = 3;
  for (std::size_t s : sentences_of(summarizer().summarize({story().source()}, settings)))
    EXPECT_LE(s, 3u);
}

TEST(Summarizer, NoPositionPriorAndNoRedundancyIsPlainCentrality) {
  Settings settings;
  settings.position_weight = 0;
  settings.mmr = {1.0, 2.0};
  settings.budget = Budget::sentences(1);
  std::vector<ChosenSentence> summary = summarizer().summarize({story().source()}, settings);
  ASSERT_EQ(summary.size(), 1u);
  EXPECT_EQ(summary[0].score, 1.0);  // the most central sentence scores 1
}

// Sentence 3 says what 2 says, in fewer words (cosine above 0.5): with room
// for every sentence, they are not both chosen.
TEST(Summarizer, DoesNotSayTheSameThingTwice) {
  Settings settings;
  settings.budget = Budget::ratio(1.0);
  std::vector<std::size_t> all = sentences_of(summarizer().summarize({story().source()}, settings));
  bool both = std::count(all.begin(), all.end(), 2) && std::count(all.begin(), all.end(), 3);
  EXPECT_FALSE(both);
  EXPECT_EQ(std::count(all.begin(), all.end(), 1) + std::count(all.begin(), all.end(), 5), 0);
}

// Three sentences that share no term: no edges, so every centrality is the
// same and relevance is the position prior's alone, 1/2 + 1/2 · 1/(1 + p):
// 1, 3/4 and 2/3.
std::vector<ChosenSentence> summary_of_three(const std::string& second, std::size_t budget) {
  Doc doc({"Kim Jong Un prometió apoyo incondicional a Rusia.", second,
           "El parlamento surcoreano debatió nuevas sanciones económicas contra Pyongyang."});
  Settings settings;
  settings.budget = Budget::sentences(budget);
  return summarizer().summarize({doc.source()}, settings);
}

TEST(Summarizer, ASentenceThatGoesOnFromTheOneBeforeOnlyFollowsIt) {
  std::string flights = "la aerolínea Nordwind volará dos veces por semana hasta Wonsan.";
  // On its own the second sentence is chosen with the first, 3/4 > 2/3.
  EXPECT_EQ(sentences_of(summary_of_three("La aerolínea Nordwind volará dos veces por semana "
                                          "hasta Wonsan.",
                                          2)),
            (std::vector<std::size_t>{0, 1}));
  // "Además, …" continues the first, which is chosen: it may follow it, with
  // its own score.
  std::vector<ChosenSentence> summary = summary_of_three("Además, " + flights, 2);
  ASSERT_EQ(sentences_of(summary), (std::vector<std::size_t>{0, 1}));
  EXPECT_DOUBLE_EQ(summary[1].score, 3.0 / 4);
  // With room for one sentence only the first is chosen.
  EXPECT_EQ(sentences_of(summary_of_three("Sin embargo, " + flights, 1)),
            (std::vector<std::size_t>{0}));
  // "Además de …" opens a sentence of its own: no comma after the connective.
  EXPECT_EQ(sentences_of(summary_of_three("Además de Moscú, " + flights, 2)),
            (std::vector<std::size_t>{0, 1}));
}

// A sentence that points back is never chosen without the sentence it points
// to: not when that one is a label, nor when it opens the text.
TEST(Summarizer, APointerNeverGoesAlone) {
  Doc doc({"Por ello, la aerolínea Nordwind volará dos veces por semana hasta Wonsan.",
           "Mundo",
           "Con esa frase, Kim Jong Un prometió apoyo incondicional a Rusia en la guerra.",
           "El parlamento surcoreano debatió nuevas sanciones económicas contra Pyongyang."});
  Settings settings;
  settings.budget = Budget::sentences(3);
  EXPECT_EQ(sentences_of(summarizer().summarize({doc.source()}, settings)),
            (std::vector<std::size_t>{3}));
}

// A sentence that opens with a demonstrative of time ("Este martes") does
// not point back: pointers.txt lists it as an exception.
TEST(Summarizer, ATimeDemonstrativeIsNoPointer) {
  Doc doc({"Mundo", "Este martes Kim Jong Un prometió apoyo incondicional a Rusia en la guerra."});
  EXPECT_EQ(sentences_of(summarizer().summarize({doc.source()}, Settings{})),
            (std::vector<std::size_t>{1}));
}

TEST(Summarizer, NothingToSummarize) {
  Doc labels({"Mundo", "Foto: AFP."});
  EXPECT_TRUE(summarizer().summarize({labels.source()}, Settings{}).empty());
  Doc empty(std::vector<std::string>{});
  EXPECT_TRUE(summarizer().summarize({empty.source()}, Settings{}).empty());
  EXPECT_TRUE(summarizer().summarize({}, Settings{}).empty());
}

TEST(Summarizer, Languages) {
  EXPECT_EQ(summarizer().summarize({story().source("")}, Settings{}).size(), 3u);  // Spanish
  EXPECT_EQ(summarizer().summarize({story().source("es-MX")}, Settings{}).size(), 3u);
  try {
    summarizer().summarize({story().source("fr")}, Settings{});
    FAIL() << "summarized French without French data";
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "no summarization data for language 'fr' (have: en, es)");
  }
}

TEST(Summarizer, RefusesSentencesOutsideTheText) {
  SourceDocument bad{"Hola.", {{0, 9}}, "es"};
  try {
    summarizer().summarize({bad}, Settings{});
    FAIL() << "accepted a sentence past the text";
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(
        e.what(),
        "document 0, sentence 0: bytes [0, 9) are out of order or outside the text of 5 bytes");
  }
}

// Two outlets print the same story, one of them twice: the summary of all
// three says each thing once, and cites the outlet it took each sentence from.
TEST(Summarizer, AStoryToldTwiceIsSummarizedOnce) {
  Doc other({"Pyongyang enviará seis mil ingenieros para reconstruir la región rusa de Kursk.",
             "Kim Jong Un prometió a Rusia un apoyo incondicional en la guerra de Ucrania."});
  Settings settings = corpus_settings();
  settings.budget = Budget::sentences(10);
  std::vector<SourceDocument> outlets{story().source(), other.source(), story().source()};
  std::vector<ChosenSentence> summary = summarizer().summarize(outlets, settings);
  ASSERT_GE(summary.size(), 3u);
  std::set<std::string> texts;
  for (const ChosenSentence& c : summary) {
    const Doc& doc = c.document == 1 ? other : story();
    ASSERT_LT(c.sentence, doc.sentences.size());
    const ByteRange& r = doc.sentences[c.sentence];
    EXPECT_TRUE(texts.insert(doc.text.substr(r.begin, r.end - r.begin)).second)
        << "twice: " << doc.text.substr(r.begin, r.end - r.begin);
  }
  // Document order: by document, then sentence.
  for (std::size_t i = 1; i < summary.size(); ++i)
    EXPECT_TRUE(summary[i - 1].document < summary[i].document ||
                (summary[i - 1].document == summary[i].document &&
                 summary[i - 1].sentence < summary[i].sentence));
}

}  // namespace
}  // namespace cadena::summarize
