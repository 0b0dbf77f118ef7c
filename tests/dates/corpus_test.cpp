// The dates of our corpus articles, checked by hand.
#include <gtest/gtest.h>

#include <algorithm>

#include "date_testing.hpp"
#include "plugin_testing.hpp"

namespace cadena::dates::testing {
namespace {

using plugin_testing::corpus_text;

TEST(Corpus, Article001FromItsDateline) {
  // Reference 2025-07-13 (the dateline), a Sunday: "este domingo" is that day.
  EXPECT_EQ(dates(corpus_text("001_89594c8156684479.txt"), "2025-07-13"),
            (std::vector<Found>{{"13 de julio de 2025", "2025-07-13", "DATE"},
                                {"últimos dos años", "2023-07-13/2025-07-13", "DATE"},
                                {"este domingo", "2025-07-13", "DATE"},
                                {"2024", "2024", "DATE"}}));
}

TEST(Corpus, Article004InThePastTense) {
  // Reference 2025-08-13, a Wednesday (the week of the Alaska summit).
  // "informó el miércoles": that day; "el próximo viernes": the 15th;
  // "conversaron ... el martes": the 12th; "confirmó ... en abril": April of
  // this year; "entró en vigor a comienzos de diciembre": last December.
  EXPECT_EQ(dates(corpus_text("004_96e895cd56a2e262.txt"), "2025-08-13"),
            (std::vector<Found>{{"miércoles", "2025-08-13", "DATE"},
                                {"próximo viernes", "2025-08-15", "DATE"},
                                {"martes", "2025-08-12", "DATE"},
                                {"el año pasado", "2024", "DATE"},
                                {"abril", "2025-04", "DATE"},
                                {"junio de 2024", "2024-06", "DATE"},
                                {"comienzos de diciembre", "2024-12", "DATE"},
                                {"abril de 2025", "2025-04", "DATE"}}));
}

TEST(Corpus, Article002RelativeToThisYear) {
  std::vector<Found> found = dates(corpus_text("002_91dc5cbc6c28c791.txt"), "2025-07-13");
  auto has = [&](const Found& f) {
    return std::find(found.begin(), found.end(), f) != found.end();
  };
  EXPECT_TRUE(has({"abril de este año", "2025-04", "DATE"}));
  EXPECT_TRUE(has({"el año pasado", "2024", "DATE"}));
  EXPECT_TRUE(has({"mes y medio", "P1.5M", "DURATION"}));
  EXPECT_TRUE(has({"cada año", "P1Y", "SET"}));
  // Neither "El 11S" nor "tercer set" nor "marítimos" is a date.
  for (const Found& f : found) {
    EXPECT_EQ(f.text.find("11S"), std::string::npos);
    EXPECT_EQ(f.text.find("set"), std::string::npos);
    EXPECT_EQ(f.text.find("mar"), std::string::npos);
  }
}

}  // namespace
}  // namespace cadena::dates::testing
