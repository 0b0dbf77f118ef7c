// The `summarize` stage as the CLI runs it: built plugins loaded by the core,
// a real Pipeline over the corpus, with and without the cleaning stage.
#include <gtest/gtest.h>

#include <cadena/error.hpp>
#include <string>
#include <thread>
#include <vector>

#include "corpus_pipeline.hpp"

namespace cadena::summarize::testing {
namespace {

const std::vector<Article>& articles() {
  static const std::vector<Article> all = corpus_articles();
  return all;
}

const Article& scraped_page() { return articles()[2]; }  // 002: the page as scraped, menus and all

TEST(SummarizeStage, DescribesItself) {
  CorpusPipeline pipeline;
  const StageFactory* f = pipeline.registry().find("summarize");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->needs, std::vector<std::string>{"sentences"});
  EXPECT_EQ(f->writes, std::vector<std::string>{"summary"});
  EXPECT_EQ(f->defaults,
            nlohmann::json::parse(R"({"sentences": 3, "ratio": 0.0, "characters": 0, "words": 0, "lang": "",
                                                   "position_weight": 0.5, "headline_weight": 0.15,
                                                   "mmr_lambda": 0.7})"));
  // The stage's defaults are the library's, which the corpus summary uses.
  Settings library;
  EXPECT_EQ(f->defaults["sentences"].get<double>(), library.budget.amount);
  EXPECT_EQ(f->defaults["position_weight"].get<double>(), library.position_weight);
  EXPECT_EQ(f->defaults["mmr_lambda"].get<double>(), library.mmr.lambda);
}

TEST(SummarizeStage, SummarizesEveryArticleInThreeOfItsSentences) {
  CorpusPipeline pipeline;
  for (const Article& article : articles()) {
    ProcessedArticle a = pipeline.run(article);
    ASSERT_EQ(a.summary.size(), 3u) << a.id;
    std::size_t previous_end = 0;
    for (const SummarySpan& s : a.summary) {
      bool is_a_sentence = false;
      for (const ByteRange& r : a.sentences)
        is_a_sentence |= r.begin == s.range.begin && r.end == s.range.end;
      EXPECT_TRUE(is_a_sentence) << a.id << ": " << a.sentence_text(s.range);
      EXPECT_GE(s.range.begin, previous_end) << a.id << ": not in document order";
      previous_end = s.range.end;
      EXPECT_GT(s.score, 0.0);
      EXPECT_LE(s.score, 1.0);
    }
  }
}

// Lines of the corpus that are no sentences of prose: headlines, section
// labels, list items, links to other stories.
const std::vector<std::string> kNotProse = {
    "Cargando...",
    "Mundo",
    "Lo más visto",
    "LEER MÁS",
    "Recetas",
    "Ofertas",
    "Lo Más Reciente",
    "Estados Unidos",
    "Política",
    "Deportes",
    "Foto: AFP.",
    "Serguéi Lavrov, canciller de Rusia, se reunió con Kim Jong-un y agradeció su \"apoyo\" en la "
    "guerra contra Ucrania",
    "Canciller de Rusia se reunió con Kim Jong-un y agradeció su \"apoyo\" en la guerra contra "
    "Ucrania",
    "Rusia y Corea del Norte reafirmaron apoyo en la guerra con Ucrania",
    "¿Cuál es la relación entre Rusia y Corea del Norte?",
    "¿A qué acuerdos llegaron Lavrov y Kim Jong Un?",
    "- Defensa mutua en caso de agresión externa:",
    "- Apoyo militar directo en Ucrania:",
    "Más soldados y armas para Rusia",
    "Rusia y Corea del Norte refuerzan su pacto de defensa",
    "Rusia y Corea del Norte confirman apoyo mutuo y refuerzan pacto de defensa",
    "Alianza Rusia-Corea del Norte"};

// With room for every sentence (ratio 1), whatever is left out is left out
// for what it is, not for want of space.
void expect_only_prose(const ProcessedArticle& a) {
  for (const SummarySpan& s : a.summary) {
    std::string text = a.sentence_text(s.range);
    for (const std::string& line : kNotProse) EXPECT_NE(text, line) << a.id;
  }
}

TEST(SummarizeStage, NeverChoosesHeadlinesLabelsOrCaptions) {
  CorpusPipeline cleaned(R"({"sentences": 0, "ratio": 1.0})");
  for (const Article& article : articles()) expect_only_prose(cleaned.run(article));
}

// Without the cleaning stage the summarizer sees the scraped page itself: the
// headline repeated as a caption, the caption beside "Foto: AFP.", the list
// of other stories after "Lo más visto".
TEST(SummarizeStage, DefendsItselfOnTheScrapedPage) {
  CorpusPipeline raw(R"({"sentences": 0, "ratio": 1.0})", false);
  ProcessedArticle page = raw.run(scraped_page());
  ASSERT_EQ(page.text, scraped_page().text);  // nothing cleaned
  expect_only_prose(page);
  std::size_t credit_line =
      page.text.find("Lavrov afirmó que los funcionarios");  // the caption's line
  std::size_t other_stories = page.text.find("Lo más visto");
  ASSERT_NE(credit_line, std::string::npos);
  ASSERT_NE(other_stories, std::string::npos);
  std::size_t credit_line_end = page.text.find('\n', credit_line);
  ASSERT_FALSE(page.summary.empty());
  for (const SummarySpan& s : page.summary) {
    EXPECT_FALSE(s.range.begin >= credit_line && s.range.end <= credit_line_end)
        << page.sentence_text(s.range);
    EXPECT_LT(s.range.end, other_stories) << page.sentence_text(s.range);
  }
  // The default summary of the raw page is the one of the cleaned page.
  ProcessedArticle raw_default = CorpusPipeline("{}", false).run(scraped_page());
  EXPECT_EQ(raw_default.summary_text(), CorpusPipeline().run(scraped_page()).summary_text());
}

TEST(SummarizeStage, BudgetsByCharacters) {
  CorpusPipeline pipeline(R"({"sentences": 0, "characters": 400})");
  for (const Article& article : articles()) {
    ProcessedArticle a = pipeline.run(article);
    std::string summary = a.summary_text();
    std::size_t code_points = 0;
    for (char c : summary) code_points += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    EXPECT_LE(code_points, 400u) << a.id;
    EXPECT_FALSE(a.summary.empty()) << a.id;  // every article has a sentence under 400 characters
  }
}

bool same_summaries(const std::vector<ProcessedArticle>& a,
                    const std::vector<ProcessedArticle>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].summary.size() != b[i].summary.size()) return false;
    for (std::size_t k = 0; k < a[i].summary.size(); ++k)
      if (a[i].summary[k].range.begin != b[i].summary[k].range.begin ||
          a[i].summary[k].range.end != b[i].summary[k].range.end ||
          a[i].summary[k].score != b[i].summary[k].score)
        return false;
  }
  return true;
}

// Two pipelines, and four threads sharing one: the same spans and the same
// scores, to the bit.
TEST(SummarizeStage, TheSameSummaryOnEveryRunAndThread) {
  auto run_all = [](const CorpusPipeline& pipeline) {
    std::vector<ProcessedArticle> out;
    for (const Article& article : articles()) out.push_back(pipeline.run(article));
    return out;
  };
  CorpusPipeline first;
  std::vector<ProcessedArticle> expected = run_all(first);
  EXPECT_TRUE(same_summaries(expected, run_all(CorpusPipeline())));
  std::vector<int> different(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int round = 0; round < 10; ++round)
        different[t] += !same_summaries(expected, run_all(first));
    });
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(different, std::vector<int>(4, 0));
}

std::string build_error(const std::string& options) {
  try {
    CorpusPipeline pipeline(options);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(SummarizeStage, BadOptionsAreRefusedWhenBuilt) {
  const std::string at = "corpus_pipeline.json: stage 'summarize': /pipeline/2/options";
  EXPECT_EQ(build_error(R"({"sentences": -3})"),
            at + "/sentences: expected a positive integer (or 0 for no such budget), got -3");
  EXPECT_EQ(build_error(R"({"ratio": 0.2})"),
            at + "/ratio: only one budget may be set, and \"sentences\" is 3 (set \"sentences\": 0 "
                 "to budget by ratio)");
  EXPECT_EQ(build_error(R"({"sentences": 0, "ratio": 0.2, "characters": 300})"),
            at + "/characters: only one budget may be set, and \"ratio\" is 0.2");
  EXPECT_EQ(build_error(R"({"sentences": 0})"),
            at + "/sentences: no budget: give \"sentences\", \"ratio\", \"characters\" or "
                 "\"words\" a positive value");
  EXPECT_EQ(build_error(R"({"words": 60})"),
            at + "/words: only one budget may be set, and \"sentences\" is 3 (set \"sentences\": 0 "
                 "to budget by words)");
  EXPECT_EQ(build_error(R"({"sentences": 0, "characters": 300, "words": 60})"),
            at + "/words: only one budget may be set, and \"characters\" is 300");
  EXPECT_EQ(build_error(R"({"sentences": 0, "words": -1})"),
            at + "/words: expected a positive integer (or 0 for no such budget), got -1");
  EXPECT_EQ(build_error(R"({"headline_weight": 1.5})"),
            at + "/headline_weight: expected a number from 0.0 to 1.0, got 1.5");
  EXPECT_EQ(build_error(R"({"sentences": 0, "words": 60})"), "");
  EXPECT_EQ(build_error(R"({"sentences": 0, "ratio": 1.5})"),
            at + "/ratio: expected a number from 0.0 to 1.0, got 1.5");
  EXPECT_EQ(build_error(R"({"mmr_lambda": -0.1})"),
            at + "/mmr_lambda: expected a number from 0.0 to 1.0, got -0.1");
  EXPECT_EQ(build_error(R"({"lang": "fr"})"), at + "/lang: no summarization data for 'fr' in " +
                                                  CADENA_SUMMARIZE_PLUGIN_DATA + " (have: en, es)");
  EXPECT_EQ(build_error(R"({"sentences": 2, "lang": "es-MX", "position_weight": 1})"), "");
}

}  // namespace
}  // namespace cadena::summarize::testing
