// Every sentence a summary chooses stands alone: on the five corpus articles
// and the 24 articles of the development set (../shared/data/summaries-es),
// no chosen sentence opens by pointing back to a sentence that was not
// chosen, and none is a piece of a quotation that runs over several
// sentences. The openers are listed here, apart from the summarizer's data,
// so that the test checks the summaries and not the data against itself.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "corpus_pipeline.hpp"

namespace cadena::summarize::testing {
namespace {

namespace fs = std::filesystem;

const fs::path kDevTexts = fs::path(CADENA_SHARED_DATA_DIR) / "summaries-es" / "texts";

// Openers that need the sentence before them, as the text writes them.
const char* const kPointers[] = {
    "Con esa frase", "Con estas palabras", "Por ello", "Por eso", "Por esto", "De este total",
    "Ante ello",     "Pese a ello",        "Ella ",    "Ellos ",  "Ellas ",   "Esto ",
    "Eso ",          "Este acuerdo",       "Esta ",    "Estos ",  "Estas ",   "Dicho ",
    "Dicha ",        "Además, ",           "Asimismo, ", "Sin embargo, ", "Por su parte, ",
    "También ",      "No obstante, "};

bool opens_with_pointer(const std::string& sentence) {
  for (const char* p : kPointers)
    if (sentence.rfind(p, 0) == 0) return true;
  return false;
}

// The tail of a quotation: a closing mark before any opening one. Texts mix
// marks ('"…”'): a sentence that opens with any mark opens a quotation.
bool opens_inside_a_quote(const std::string& sentence) {
  if (sentence.rfind("\"", 0) == 0) return false;
  std::size_t close = std::min(sentence.find("\xE2\x80\x9D"), sentence.find("\xC2\xBB"));
  std::size_t open = std::min(sentence.find("\xE2\x80\x9C"), sentence.find("\xC2\xAB"));
  if (close != std::string::npos && close < open) return true;
  std::size_t straight = sentence.find('"');  // a first '"' glued to a word and followed by ','
  return straight != std::string::npos && straight > 0 && sentence[straight - 1] != ' ' &&
         straight + 1 < sentence.size() && sentence[straight + 1] == ',';
}

std::vector<Article> dev_articles() {
  std::vector<Article> out;
  if (!fs::is_directory(kDevTexts)) return out;
  for (const auto& entry : fs::directory_iterator(kDevTexts)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    out.push_back({entry.path().stem().string(), text.str()});
  }
  std::sort(out.begin(), out.end(), [](const Article& a, const Article& b) { return a.id < b.id; });
  return out;
}

void expect_every_sentence_stands_alone(const std::vector<Article>& articles) {
  CorpusPipeline pipeline;
  for (const Article& article : articles) {
    ProcessedArticle a = pipeline.run(article);
    for (std::size_t k = 0; k < a.summary.size(); ++k) {
      std::string sentence = a.sentence_text(a.summary[k].range);
      auto at = std::find_if(a.sentences.begin(), a.sentences.end(), [&](const ByteRange& r) {
        return r.begin == a.summary[k].range.begin;
      });
      ASSERT_NE(at, a.sentences.end()) << a.id;
      bool previous_chosen = k > 0 && at != a.sentences.begin() &&
                             a.summary[k - 1].range.begin == (at - 1)->begin;
      EXPECT_FALSE(opens_with_pointer(sentence) && !previous_chosen) << a.id << ": " << sentence;
      EXPECT_FALSE(opens_inside_a_quote(sentence)) << a.id << ": " << sentence;
    }
  }
}

TEST(StandsAlone, TheCorpusArticles) { expect_every_sentence_stands_alone(corpus_articles()); }

TEST(StandsAlone, TheDevelopmentSet) {
  std::vector<Article> articles = dev_articles();
  if (articles.empty())
    GTEST_SKIP() << "no " << kDevTexts.string() << ": the shared data is not beside the checkout";
  ASSERT_EQ(articles.size(), 24u);
  expect_every_sentence_stands_alone(articles);
}

}  // namespace
}  // namespace cadena::summarize::testing
