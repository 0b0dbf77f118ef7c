// Word folding, the language data and its stemming rules.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "language_data.hpp"
#include "word_reader.hpp"

namespace cadena::summarize {
namespace {

const std::string kData = CADENA_SOURCE_DIR "/plugins/summarize/data";

struct Word {
  std::string text;
  std::size_t begin, end;
  bool operator==(const Word& o) const {
    return text == o.text && begin == o.begin && end == o.end;
  }
};

std::vector<Word> read_words(std::string_view text) {
  std::vector<Word> all;
  for (WordReader words(text); words.next();)
    all.push_back({words.word(), words.begin(), words.end()});
  return all;
}

TEST(WordReader, FoldsCaseAndAccentsButKeepsEnye) {
  EXPECT_EQ(folded_words("Públicamente, ÉL dijo: «Año 2024»."), "publicamente el dijo año 2024");
  EXPECT_EQ(folded_words("Çà Ñandú über"), "ca ñandu uber");
}

TEST(WordReader, KeepsDigitGroupsAndSplitsHyphens) {
  EXPECT_EQ(folded_words("entre 10.000 y 13,5 soldados; Kim Jong-un, B-52."),
            "entre 10.000 y 13,5 soldados kim jong un b 52");
  EXPECT_EQ(folded_words("año 2024. Luego"), "año 2024 luego");  // a final period is no separator
}

TEST(WordReader, ReportsByteOffsets) {
  // "Ñu" is 3 bytes, the space 1, "é" 2.
  EXPECT_EQ(read_words("Ñu é"), (std::vector<Word>{{"ñu", 0, 3}, {"e", 4, 6}}));
}

TEST(WordReader, MalformedUtf8IsNoWord) {
  EXPECT_EQ(folded_words("ab\xFF"
                         "cd"),
            "ab cd");
}

TEST(LanguageData, SpanishStemsMeetAcrossNumberAndGender) {
  Languages languages(kData);
  const LanguageData* es = languages.find("es");
  ASSERT_NE(es, nullptr);
  EXPECT_EQ(es->stem("soldados"), "soldad");
  EXPECT_EQ(es->stem("soldado"), "soldad");
  EXPECT_EQ(es->stem("naciones"), "nacion");
  EXPECT_EQ(es->stem("nacion"), "nacion");
  EXPECT_EQ(es->stem("militares"), "militar");
  EXPECT_EQ(es->stem("publicamente"), "public");  // -mente, then -a
  EXPECT_EQ(es->stem("mes"), "mes");              // too short to stem
  EXPECT_TRUE(es->is_stopword("segun"));          // listed as "según"
  EXPECT_TRUE(es->is_credit_label("fotografia"));
  ASSERT_NE(es->phrases_starting_with("leer"), nullptr);
  EXPECT_EQ(es->phrases_starting_with("leer")->front(), (Phrase{"leer", "mas"}));
}

TEST(LanguageData, EnglishKeepsDoubleS) {
  Languages languages(kData);
  const LanguageData* en = languages.find("en-GB");  // the region falls back to the language
  ASSERT_NE(en, nullptr);
  EXPECT_EQ(en->stem("troops"), "troop");
  EXPECT_EQ(en->stem("allies"), "ally");
  EXPECT_EQ(en->stem("class"), "class");
  EXPECT_EQ(languages.names(), "en, es");
  EXPECT_EQ(languages.find("fr"), nullptr);
}

class BadData : public ::testing::Test {
 protected:
  void SetUp() override {
    // One folder per test and process: ctest runs these tests side by side,
    // and a shared name let one test's TearDown delete another's data.
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::temp_directory_path() /
           ("cadena-summarize-" + std::string(test->name()) + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_ / "xx");
    write("stopwords.txt", "de\n");
    write("credit_labels.txt", "foto\n");
    write("boilerplate.txt", "leer más\n");
    write("connectives.txt", "sin embargo\n");
    write("suffixes.txt", "1 s\n");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void write(const std::string& file, const std::string& content) {
    std::ofstream(dir_ / "xx" / file) << content;
  }
  std::string load_error() {
    try {
      Languages languages(dir_.string());
    } catch (const std::runtime_error& e) {
      return e.what();
    }
    return "";
  }
  std::filesystem::path dir_;
};

TEST_F(BadData, ValidDataLoads) { EXPECT_EQ(load_error(), ""); }

TEST_F(BadData, StopWordOfTwoWords) {
  write("stopwords.txt", "# comment\nde la\n");
  EXPECT_EQ(load_error(), (dir_ / "xx" / "stopwords.txt").string() + ":2: 'de la' is not one word");
}

TEST_F(BadData, SuffixRuleWithoutStep) {
  write("suffixes.txt", "es\n");
  EXPECT_EQ(load_error(),
            (dir_ / "xx" / "suffixes.txt").string() +
                ":1: 'es' expected '<step> <suffix> [<replacement>]', e.g. '1 ciones cion'");
}

TEST_F(BadData, SuffixRuleWithPunctuation) {
  write("suffixes.txt", "1 -es\n");
  EXPECT_EQ(load_error(),
            (dir_ / "xx" / "suffixes.txt").string() +
                ":1: '1 -es' has a suffix or replacement that is not made of letters");
}

TEST_F(BadData, RepeatedSuffix) {
  write("suffixes.txt", "1 s\n1 S\n");
  EXPECT_EQ(load_error(), (dir_ / "xx" / "suffixes.txt").string() +
                              ":2: '1 S' repeats the suffix 's' of its step");
}

TEST_F(BadData, MissingFile) {
  std::filesystem::remove(dir_ / "xx" / "boilerplate.txt");
  EXPECT_EQ(load_error(), (dir_ / "xx" / "boilerplate.txt").string() + ": cannot open data file");
}

}  // namespace
}  // namespace cadena::summarize
