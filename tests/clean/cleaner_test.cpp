#include "cleaner.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <thread>

#include "clean_test_support.hpp"
#include "input_format.hpp"

namespace cadena::clean {
namespace {

using testing::map_holds;

const Cleaner& cleaner() {
  static const Cleaner instance(testing::data_dir(), CleanOptions{});
  return instance;
}

const std::string kDevPages = std::string(CADENA_SHARED_DATA_DIR) + "/boilerplate/html";

// The development pages of ../shared/data, or none in a clone without it.
std::vector<std::string> dev_pages() {
  std::vector<std::string> pages;
  std::error_code absent;
  for (const auto& entry : std::filesystem::directory_iterator(kDevPages, absent)) {
    pages.push_back(entry.path().string());
  }
  std::sort(pages.begin(), pages.end());
  return pages;
}

TEST(Cleaner, DatelineSetsTheDate) {
  const CleanResult result =
      cleaner().clean(testing::corpus("001_89594c8156684479.txt"), InputFormat::kText, "es");
  EXPECT_EQ(result.date, std::optional<std::string>("2025-07-13"));
  EXPECT_EQ(
      cleaner().clean(testing::corpus("000_5ca84c13d22380ce.txt"), InputFormat::kText, "es").date,
      std::nullopt);
}

TEST(Cleaner, TheDatelineHasItsOwnSpanOfTheText) {
  const CleanResult story =
      cleaner().clean(testing::corpus("001_89594c8156684479.txt"), InputFormat::kText, "es");
  ASSERT_TRUE(story.dateline);
  EXPECT_EQ(story.text.substr(story.dateline->first, story.dateline->second - story.dateline->first),
            "Wonsan, Corea del Norte – 13 de julio de 2025 –");
  EXPECT_FALSE(
      cleaner().clean(testing::corpus("000_5ca84c13d22380ce.txt"), InputFormat::kText, "es").dateline);

  // In the second block, after a headline: its offsets are the joined text's.
  const Cleaner keep_all(testing::data_dir(), CleanOptions{false, "es"});
  const CleanResult page = keep_all.clean(
      "<h1>Titular</h1><p>Lima, 3 de mayo de 2022.- El presidente viajó.</p>", InputFormat::kHtml, "es");
  ASSERT_TRUE(page.dateline) << page.text;
  EXPECT_EQ(page.text, "Titular\n\nLima, 3 de mayo de 2022.- El presidente viajó.");
  EXPECT_EQ(*page.dateline, std::make_pair(std::size_t{9}, std::size_t{9 + 25}));
}

TEST(Cleaner, ThePagesDateComesBeforeADateline) {
  const std::string html =
      "<meta property=article:published_time content=2022-05-04T08:00:00-03:00>"
      "<p>Lima, 3 de mayo de 2022.- El presidente viajó.</p>";
  EXPECT_EQ(cleaner().clean(html, InputFormat::kHtml, "es").date,
            std::optional<std::string>("2022-05-04"));
  EXPECT_EQ(
      cleaner()
          .clean("<p>Lima, 3 de mayo de 2022.- El presidente viajó.</p>", InputFormat::kHtml, "es")
          .date,
      std::optional<std::string>("2022-05-03"));
}

TEST(Cleaner, MonthNamesFollowTheDocumentsLanguage) {
  const std::string text = "WASHINGTON, July 13, 2025 - The president spoke.";
  EXPECT_EQ(cleaner().clean(text, InputFormat::kText, "en-US").date,
            std::optional<std::string>("2025-07-13"));
  // Spanish knows no "July"; a language without data falls back to Spanish.
  EXPECT_EQ(cleaner().clean(text, InputFormat::kText, "es").date, std::nullopt);
  EXPECT_EQ(cleaner().clean(text, InputFormat::kText, "fr").date, std::nullopt);
}

TEST(Cleaner, PlainTextKeepsMarkupAsText) {
  EXPECT_EQ(cleaner().clean("<p>Hola &amp; adiós</p>", InputFormat::kText, "es").text,
            "<p>Hola &amp; adiós</p>");
  EXPECT_EQ(cleaner().clean("<p>Hola &amp; adiós</p>", InputFormat::kHtml, "es").text,
            "Hola & adiós");
}

TEST(Cleaner, AShortTextIsNotEmptiedAsBoilerplate) {
  // Each block alone looks like a menu label, and the second repeats the
  // first; emptying the document would lose it without a word.
  const CleanResult result = cleaner().clean("Hola mundo.\n\nHola mundo.\n", InputFormat::kText, "es");
  EXPECT_EQ(result.text, "Hola mundo.\n\nHola mundo.");
  EXPECT_TRUE(map_holds("Hola mundo.\n\nHola mundo.\n", result.text, result.pieces));
  // A page with an article still loses its menus: the fallback is for all or nothing.
  const CleanResult page = cleaner().clean(
      "<nav><ul><li><a href=/>Inicio</a></li><li><a href=/d>Deportes</a></li></ul></nav><p>El ministro llegó ayer a Pionyang para una "
      "reunión con su homólogo, según la agencia oficial.</p>",
      InputFormat::kHtml, "es");
  EXPECT_EQ(page.text.find("Deportes"), std::string::npos) << page.text;
  EXPECT_NE(page.text.find("El ministro llegó ayer"), std::string::npos) << page.text;
}

TEST(Cleaner, EmptyInputGivesEmptyText) {
  for (InputFormat format : {InputFormat::kText, InputFormat::kHtml}) {
    const CleanResult result = cleaner().clean("", format, "es");
    EXPECT_EQ(result.text, "");
    EXPECT_TRUE(result.pieces.empty());
  }
}

TEST(Cleaner, MapsHoldOnEveryDevelopmentPage) {
  if (dev_pages().empty()) GTEST_SKIP() << "no " << kDevPages << ": the shared data is not beside the checkout";
  for (const std::string& path : dev_pages()) {
    const std::string html = testing::read_file(path);
    const CleanResult result = cleaner().clean(html, InputFormat::kHtml, "es");
    EXPECT_FALSE(result.text.empty()) << path;
    EXPECT_TRUE(map_holds(html, result.text, result.pieces)) << path;
  }
}

TEST(Cleaner, SurvivesRandomMarkupAndBytes) {
  // Fragments that stress the parser, the entity alignment and the normalizer.
  const std::vector<std::string> parts = {"<p>",
                                          "</p>",
                                          "<div>",
                                          "</div>",
                                          "<br>",
                                          "<a href='x'>",
                                          "</a>",
                                          "<script>",
                                          "</script>",
                                          "<!--",
                                          "-->",
                                          "<table>",
                                          "<td>",
                                          "<h2>",
                                          "&amp;",
                                          "&eacute;",
                                          "&#233;",
                                          "&#x1F600;",
                                          "&",
                                          "&#",
                                          ";",
                                          "<",
                                          ">",
                                          "\r\n",
                                          "\n\n",
                                          std::string(1, '\0'),
                                          "\x01",
                                          "\t",
                                          " ",
                                          "\xC2\xA0",
                                          "e\xCC\x81",
                                          "\xCC\x81",
                                          "\xC3\xA9",
                                          "\xE2\x80\x8B",
                                          "\xFF",
                                          "texto",
                                          "Frase.",
                                          "Madrid, ",
                                          "13 de julio de 2025 – ",
                                          "¿Qué?"};
  std::mt19937 random(20250713);
  std::uniform_int_distribution<std::size_t> pick(0, parts.size() - 1);
  std::uniform_int_distribution<int> length(0, 120);
  for (int round = 0; round < 2000; ++round) {
    std::string input;
    for (int i = length(random); i > 0; --i) input += parts[pick(random)];
    for (InputFormat format : {InputFormat::kText, InputFormat::kHtml}) {
      const CleanResult result = cleaner().clean(input, format, "es");
      ASSERT_TRUE(map_holds(input, result.text, result.pieces)) << "round " << round;
    }
  }
}

TEST(Cleaner, IsSafeToShareBetweenThreads) {
  std::vector<std::string> inputs;
  for (const char* name : {"000_5ca84c13d22380ce.txt", "002_91dc5cbc6c28c791.txt"}) {
    inputs.push_back(testing::corpus(name));
  }
  for (const std::string& path : dev_pages()) inputs.push_back(testing::read_file(path));
  std::vector<std::string> alone;
  for (const std::string& input : inputs) {
    alone.push_back(cleaner().clean(input, sniff_format(input), "es").text);
  }
  std::vector<std::vector<std::string>> together(4);
  std::vector<std::thread> threads;
  for (auto& out : together) {
    threads.emplace_back([&inputs, &out] {
      for (const std::string& input : inputs) {
        out.push_back(cleaner().clean(input, sniff_format(input), "es").text);
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (const auto& out : together) EXPECT_EQ(out, alone);
}

TEST(Cleaner, MissingDataIsNamed) {
  try {
    Cleaner("/nonexistent/clean", CleanOptions{});
    FAIL() << "built without data";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()).rfind("/nonexistent/clean: cannot read the data folder", 0), 0u)
        << e.what();
  }
  try {
    Cleaner(testing::data_dir(), CleanOptions{true, "fr"});
    FAIL() << "built with a default language it has no data for";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()),
              testing::data_dir() + ": no data for the default language 'fr'");
  }
}

TEST(InputFormat, Sniffing) {
  EXPECT_EQ(sniff_format("<!DOCTYPE html><html>"), InputFormat::kHtml);
  EXPECT_EQ(sniff_format("\xEF\xBB\xBF  \n<html lang=es>"), InputFormat::kHtml);
  EXPECT_EQ(sniff_format("<p>Hola</p>"), InputFormat::kHtml);
  EXPECT_EQ(sniff_format("<b>Nota: 3 < 4"), InputFormat::kText);
  EXPECT_EQ(sniff_format("El índice subió < 2 % en abril.</p>"), InputFormat::kText);
  EXPECT_EQ(sniff_format(""), InputFormat::kText);
}

}  // namespace
}  // namespace cadena::clean
