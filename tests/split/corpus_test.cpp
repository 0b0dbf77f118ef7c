// The splitter on the Spanish news of corpus/: the known failures of other
// tools (ICU's "EE." | "UU.", sentencex's glued headlines) must not happen.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "splitting.hpp"

namespace cadena::split::testing {
namespace {

std::string read_corpus(const std::string& name) {
  std::ifstream in(std::string(CADENA_SOURCE_DIR) + "/corpus/" + name, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

std::vector<std::string> corpus_names() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(CADENA_SOURCE_DIR "/corpus"))
    if (entry.path().extension() == ".txt") names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

bool contains(const std::vector<std::string>& all, const std::string& sentence) {
  return std::find(all.begin(), all.end(), sentence) != all.end();
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

TEST(Corpus, HasTheFiveArticles) { EXPECT_EQ(corpus_names().size(), 5u); }

TEST(Corpus, SentencesCoverEveryArticle) {
  for (const std::string& name : corpus_names()) {
    std::string text = read_corpus(name);
    EXPECT_TRUE(covers_text(text, splitter().split(text, "es"))) << name;
  }
}

TEST(Corpus, NoSentenceEndsInsideAnAbbreviation) {
  for (const std::string& name : corpus_names())
    for (const std::string& s : sentences(read_corpus(name))) {
      EXPECT_FALSE(ends_with(s, "EE.")) << name << ": " << s;
      EXPECT_FALSE(ends_with(s, " Sr.")) << name << ": " << s;
    }
}

TEST(Corpus, CountryAbbreviationInsideASentence) {
  std::vector<std::string> all = sentences(read_corpus("002_91dc5cbc6c28c791.txt"));
  EXPECT_TRUE(contains(all,
                       "Trump y Netanyahu pactan reunión para definir la estrategia de Israel y "
                       "EE. UU. frente a la postura nuclear de Irán"));
  EXPECT_TRUE(contains(all,
                       "Este país de América Latina cede a amenazas de aranceles de Trump y "
                       "enviará casi 500.000 millones de litros de agua a EE.UU. cada año"));
}

TEST(Corpus, NameBeforeFinalPunctuationEndsTheSentence) {
  EXPECT_TRUE(contains(sentences(read_corpus("000_5ca84c13d22380ce.txt")),
                       "¿A qué acuerdos llegaron Lavrov y Kim Jong Un?"));
  std::vector<std::string> all = sentences(read_corpus("003_23cfea8cd729850d.txt"));
  auto kim = std::find_if(all.begin(), all.end(),
                          [](const std::string& s) { return ends_with(s, "Kim Jong Un."); });
  ASSERT_NE(kim, all.end());
  ASSERT_NE(kim + 1, all.end());
  EXPECT_EQ((kim + 1)->rfind("Este acercamiento militar", 0), 0u);
}

// sentencex glues a headline to the next paragraph.
TEST(Corpus, HeadlinesAreTheirOwnSentences) {
  std::vector<std::string> all = sentences(read_corpus("002_91dc5cbc6c28c791.txt"));
  for (const char* headline :
       {"Cargando...", "Mundo",
        "Serguéi Lavrov, canciller de Rusia, se reunió con Kim Jong-un y agradeció su \"apoyo\" "
        "en la guerra contra Ucrania",
        "Rusia y Corea del Norte reafirmaron apoyo en la guerra con Ucrania",
        "¿Cuál es la relación entre Rusia y Corea del Norte?", "Lo más visto", "LEER MÁS",
        "Recetas", "Estados Unidos", "Deportes"})
    EXPECT_TRUE(contains(all, headline)) << headline;
  EXPECT_EQ(all.front(), "Cargando...");
  EXPECT_TRUE(contains(sentences(read_corpus("001_89594c8156684479.txt")),
                       "Más soldados y armas para Rusia"));
  std::vector<std::string> article = sentences(read_corpus("004_96e895cd56a2e262.txt"));
  EXPECT_EQ(article.front(),
            "Rusia y Corea del Norte confirman apoyo mutuo y refuerzan pacto de defensa");
  EXPECT_TRUE(contains(article, "Alianza Rusia-Corea del Norte"));
}

TEST(Corpus, ListItemsAreTheirOwnSentences) {
  std::vector<std::string> all = sentences(read_corpus("000_5ca84c13d22380ce.txt"));
  for (const char* item :
       {"- Defensa mutua en caso de agresión externa:", "- Apoyo militar directo en Ucrania:",
        "- Respaldo al programa nuclear norcoreano:", "- Infraestructura y cooperación civil:",
        "- Mensaje a EE. UU., Corea del Sur y Japón:"})
    EXPECT_TRUE(contains(all, item)) << item;
}

TEST(Corpus, DatelineStaysWithItsSentence) {
  std::vector<std::string> all = sentences(read_corpus("001_89594c8156684479.txt"));
  EXPECT_EQ(all.front().rfind("Wonsan, Corea del Norte – 13 de julio de 2025 – El líder", 0), 0u);
}

TEST(Corpus, CaptionCreditIsItsOwnSentence) {
  EXPECT_TRUE(contains(sentences(read_corpus("002_91dc5cbc6c28c791.txt")), "Foto: AFP."));
}

// One splitter serves several threads at once; each must get what a lone
// thread gets.
TEST(Corpus, SplittingFromSeveralThreadsGivesTheSameSentences) {
  std::vector<std::string> texts;
  std::vector<std::vector<ByteRange>> expected;
  for (const std::string& name : corpus_names()) {
    texts.push_back(read_corpus(name));
    expected.push_back(splitter().split(texts.back(), "es"));
  }
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int round = 0; round < 50; ++round)
        for (std::size_t i = 0; i < texts.size(); ++i)
          if (splitter().split(texts[i], "es") != expected[i]) ++mismatches[t];
    });
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(mismatches, std::vector<int>(4, 0));
}

}  // namespace
}  // namespace cadena::split::testing
