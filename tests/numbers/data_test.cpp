// Bad language data stops the stage from loading with the file and line.
#include <gtest/gtest.h>

#include "number_testing.hpp"
#include "plugin_testing.hpp"

namespace cadena::numbers::testing {
namespace {

// A copy of data/es with one file replaced.
class BadData : public ::testing::Test {
 protected:
  std::string error() {
    try {
      NumberLexicon::load(language_folders(copy_.root(), "es"));
    } catch (const std::exception& e) {
      return e.what();
    }
    return "";
  }
  plugin_testing::LanguageFolderCopy copy_{kDataDir + "/es", "numbers"};
};

TEST_F(BadData, NamesFileAndLine) {
  copy_.write("cardinals.txt", "# numbers\nuno | 1\ndos | two\n");
  EXPECT_EQ(error(), copy_.path("cardinals.txt") + ":3: field 2 'two' is not a number");
}

TEST_F(BadData, UnknownRole) {
  copy_.write("cardinals.txt", "mil | 1000 | thousands\n");
  EXPECT_EQ(error(),
            copy_.path("cardinals.txt") +
                ":1: unknown role 'thousands' (article, thousand, scale, multiplier or none)");
}

TEST_F(BadData, RepeatedEntryEvenWithOtherAccents) {
  copy_.write("quantifier_cues.txt", "solo\nsólo\n");
  EXPECT_EQ(error(), copy_.path("quantifier_cues.txt") +
                         ":2: 'sólo' is listed twice (accents, capitals and spaces do not count)");
}

TEST_F(BadData, WrongFieldCount) {
  copy_.write("currencies.txt", "€ | EUR\n");
  EXPECT_EQ(error(),
            copy_.path("currencies.txt") + ":1: expected 3 fields separated by '|', got 2");
}

TEST(LanguageData, RegionFolderOverridesOnlyItsFiles) {
  EXPECT_EQ(language_folders(kDataDir, "es-MX"),
            (std::vector<std::string>{kDataDir + "/es", kDataDir + "/es-MX"}));
  EXPECT_EQ(language_folders(kDataDir, "es_ar"), (std::vector<std::string>{kDataDir + "/es"}));
  EXPECT_TRUE(language_folders(kDataDir, "fr").empty());
  EXPECT_EQ(lexicon("es-MX").decimal_separator, '.');
  EXPECT_EQ(lexicon("es").decimal_separator, ',');
  // Not overridden: the Spanish words are there.
  EXPECT_NE(lexicon("es-MX").cardinals.word("veintitres"), nullptr);
}

}  // namespace
}  // namespace cadena::numbers::testing
