// Bad date data stops the stage from loading with the file and line.
#include <gtest/gtest.h>

#include "date_testing.hpp"
#include "plugin_testing.hpp"

namespace cadena::dates::testing {
namespace {

class BadData : public ::testing::Test {
 protected:
  std::string error() {
    try {
      DateLexicon::load(numbers::language_folders(copy_.root(), "es"),
                        numbers::language_folders(kNumberDataDir, "es"));
    } catch (const std::exception& e) {
      return e.what();
    }
    return "";
  }
  plugin_testing::LanguageFolderCopy copy_{kDataDir + "/es", "dates"};
};

TEST_F(BadData, MonthOutOfRange) {
  copy_.write("months.txt", "enero | 1\nfebrero | 13\n");
  EXPECT_EQ(error(), copy_.path("months.txt") + ":2: field 2 must be a whole number from 1 to 12");
}

TEST_F(BadData, UnknownUnit) {
  copy_.write("units.txt", "# units\ndía | X | 1\n");
  EXPECT_EQ(error(), copy_.path("units.txt") + ":2: unknown unit 'X' (D, W, M, Y, TH, TM, TS, WE)");
}

TEST_F(BadData, UnknownRole) {
  copy_.write("function_words.txt", "de | of\nel | articel\n");
  EXPECT_EQ(error(), copy_.path("function_words.txt") + ":2: unknown role 'articel'");
}

TEST_F(BadData, RepeatedEntry) {
  copy_.write("weekdays.txt", "lunes | 1\nLunes | 1\n");
  EXPECT_EQ(error(), copy_.path("weekdays.txt") +
                         ":2: 'Lunes' is listed twice (accents, capitals and spaces do not count)");
}

TEST_F(BadData, MissingFile) {
  copy_.remove("tense.txt");
  EXPECT_EQ(error(), copy_.path("tense.txt") + ": cannot open data file");
}

}  // namespace
}  // namespace cadena::dates::testing
