// The numbers of our corpus articles, checked by hand.
#include <gtest/gtest.h>

#include <algorithm>

#include "number_testing.hpp"
#include "plugin_testing.hpp"

namespace cadena::numbers::testing {
namespace {

using plugin_testing::corpus_text;

TEST(Corpus, Article001) {
  // The dateline, "los últimos dos años", 10,000 soldiers (a count noun:
  // thousands), 12 millones, 6,000 engineers, "un segundo diálogo" (an
  // ordinal; "un" the article), the year. Not B-52, not Kim Jong Un.
  EXPECT_EQ(numbers(corpus_text("001_89594c8156684479.txt")),
            (std::vector<Found>{{"13", 13, "cardinal", ""},
                                {"2025", 2025, "cardinal", ""},
                                {"dos", 2, "cardinal", ""},
                                {"10,000", 10000, "cardinal", ""},
                                {"12 millones", 12e6, "cardinal", ""},
                                {"6,000", 6000, "cardinal", ""},
                                {"segundo", 2, "ordinal", ""},
                                {"2024", 2024, "cardinal", ""}}));
}

TEST(Corpus, Article002FiveHundredThousandMillion) {
  std::vector<Found> found = numbers(corpus_text("002_91dc5cbc6c28c791.txt"));
  EXPECT_NE(std::find(found.begin(), found.end(), Found{"500.000 millones", 5e11, "cardinal", ""}),
            found.end());
  // "3.000 afectados": a count noun after it.
  EXPECT_NE(std::find(found.begin(), found.end(), Found{"3.000", 3000, "cardinal", ""}),
            found.end());
  // "El 11S" is neither a number nor a date; "tercer set" is an ordinal.
  for (const Found& f : found) EXPECT_NE(f.text, "11");
  EXPECT_NE(std::find(found.begin(), found.end(), Found{"tercer", 3, "ordinal", ""}), found.end());
}

TEST(Corpus, Article004TypoIsNotGuessed) {
  // "unos 14 mi soldados": "mi" is a typo for "mil", but it is also a word;
  // Cadena reads what is written (14), never guesses 14 000.
  std::vector<Found> found = numbers(corpus_text("004_96e895cd56a2e262.txt"));
  EXPECT_NE(std::find(found.begin(), found.end(), Found{"14", 14, "cardinal", ""}), found.end());
}

TEST(Corpus, Article000Range) {
  std::vector<Found> found = numbers(corpus_text("000_5ca84c13d22380ce.txt"));
  EXPECT_NE(
      std::find(found.begin(), found.end(), Found{"entre 10.000 y 13.000", 10000, "range", ""}),
      found.end());
  EXPECT_NE(std::find(found.begin(), found.end(), Found{"30.000", 30000, "cardinal", ""}),
            found.end());
}

}  // namespace
}  // namespace cadena::numbers::testing
