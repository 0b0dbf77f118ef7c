// The keywords stage run on its own, with the SDK's test harness
// (cadena/stage_test.hpp): no CLI, no pipeline, its data folder beside it.
#include <cadena/stage_test.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

extern "C" const cadena_plugin_info* cadena_plugin_entry_keywords(void);

namespace {

cadena::StageTest keywords(const std::string& options = "{}") {
  return cadena::StageTest(cadena_plugin_entry_keywords(), "keywords", options, KEYWORDS_DATA_DIR);
}

TEST(Keywords, ARepeatedPhraseComesFirst) {
  cadena::TestDoc doc("Habló del programa nuclear norcoreano. El programa nuclear norcoreano es un riesgo.");
  ASSERT_EQ(keywords().run(doc), "");
  const auto& found = doc.layer("keywords");
  ASSERT_EQ(found.size(), 3u);  // "programa nuclear norcoreano", "habló", "riesgo"
  EXPECT_EQ(doc.span_text("keywords", 0), "programa nuclear norcoreano");
  EXPECT_EQ(found[0].begin, 11u);  // its first occurrence
  EXPECT_EQ(doc.attr("keywords", 0, "count"), 2);
  EXPECT_EQ(doc.attr("keywords", 0, "rank"), 1);
  // Degree scoring: each of its words occurs in two three-word candidates.
  EXPECT_EQ(doc.attr("keywords", 0, "score"), 18.0);
}

TEST(Keywords, KeepsAtMostMaxKeywords) {
  cadena::TestDoc doc("Habló del programa nuclear norcoreano. El programa nuclear norcoreano es un riesgo.");
  ASSERT_EQ(keywords(R"({"max_keywords": 1})").run(doc), "");
  EXPECT_EQ(doc.layer("keywords").size(), 1u);
}

TEST(Keywords, UsesTheDocumentsLanguage) {
  // "the" and "of" are English stop words, not Spanish ones.
  cadena::TestDoc doc("The price of oil rose. The price of oil fell.", "en");
  ASSERT_EQ(keywords().run(doc), "");
  // With Spanish stop words the five-word sentences would give no phrase at all.
  std::vector<std::string> found;
  for (std::size_t i = 0; i < doc.layer("keywords").size(); ++i) found.push_back(doc.span_text("keywords", i));
  EXPECT_NE(std::find(found.begin(), found.end(), "price"), found.end());
  EXPECT_NE(std::find(found.begin(), found.end(), "oil rose"), found.end());
}

TEST(Keywords, RefusesBadOptionsNamingThem) {
  try {
    keywords(R"({"max_keywords": 0})");
    FAIL() << "built with max_keywords 0";
  } catch (const std::exception& e) {
    EXPECT_STREQ(e.what(), "/options/max_keywords: expected a positive integer, got 0");
  }
  try {
    keywords(R"({"word_score": "tfidf"})");
    FAIL() << "built with word_score tfidf";
  } catch (const std::exception& e) {
    EXPECT_STREQ(e.what(), R"(/options/word_score: expected "degree", "ratio" or "frequency", got "tfidf")");
  }
}

}  // namespace
