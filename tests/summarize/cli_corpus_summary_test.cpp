// `cadena run --corpus-summary FILE` end to end: the built binary, its
// plugins, the corpus.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "../cli/run_cadena.hpp"
#include "../process_scratch.hpp"
#include "baselines.hpp"
#include "corpus_pipeline.hpp"

namespace {

namespace fs = std::filesystem;

// In a folder removed when the process exits (process_scratch.hpp).
fs::path scratch(const std::string& name) {
  static const ProcessScratch dir("cadena-corpus-summary-");
  return dir.dir() / name;
}

// text[start:end) in code points, as Python slices a str.
std::string code_point_slice(const std::string& text, std::size_t start, std::size_t end) {
  std::size_t begin_byte = std::string::npos, end_byte = text.size(), count = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (count == start && begin_byte == std::string::npos) begin_byte = i;
    if (count == end) {
      end_byte = i;
      break;
    }
    ++count;
  }
  return text.substr(begin_byte, end_byte - begin_byte);
}

TEST(CliCorpusSummary, WritesOneSummaryCitingItsDocuments) {
  fs::path file = scratch("story.json");
  Result r = run_cadena("run --corpus-summary '" + file.string() + "' corpus/");
  ASSERT_EQ(r.status, 0) << r.err;
  std::map<std::string, std::string> texts;  // document id -> its text
  for (const std::string& line : r.lines()) {
    nlohmann::json doc = nlohmann::json::parse(line);
    texts[doc["id"]] = doc["text"];
  }
  ASSERT_EQ(texts.size(), 5u);

  nlohmann::json story = nlohmann::json::parse(slurp(file));
  ASSERT_EQ(story["sentences"].size(), 3u);
  std::string joined;
  for (const nlohmann::json& s : story["sentences"]) {
    ASSERT_TRUE(texts.count(s["doc"])) << s.dump();
    std::string text = s["text"];
    EXPECT_EQ(code_point_slice(texts[s["doc"]], s["start"], s["end"]), text) << s.dump();
    EXPECT_GT(s["score"].get<double>(), 0.0);
    joined += (joined.empty() ? "" : " ") + text;
  }
  EXPECT_EQ(story["text"], joined);
  // What bench/summarize/eval_rouge scores is what the CLI writes.
  cadena::summarize::testing::CorpusPipeline pipeline;
  std::vector<cadena::summarize::testing::ProcessedArticle> articles;
  for (const auto& article : cadena::summarize::testing::corpus_articles())
    articles.push_back(pipeline.run(article));
  cadena::summarize::Summarizer summarizer(CADENA_SOURCE_DIR "/plugins/summarize/data");
  EXPECT_EQ(story["text"], cadena::summarize::testing::summary_text(
                               summarizer, articles, cadena::summarize::corpus_settings()));
  // The keys in the documented order; a title is its document's first line.
  EXPECT_EQ(slurp(file).rfind("{\"sentences\":[{\"doc\":", 0), 0u);
  for (const nlohmann::json& s : story["sentences"]) {
    const std::string& text = texts[s["doc"]];
    if (!s["title"].is_null()) EXPECT_EQ(s["title"], text.substr(0, text.find('\n'))) << s.dump();
  }
}

// Each sentence names the headline of its document, for display.
TEST(CliCorpusSummary, GivesEachSentenceItsDocumentsTitle) {
  fs::path dir = scratch("titled");
  fs::create_directories(dir);
  std::ofstream(dir / "a.txt") << "Kim promete a Rusia apoyo incondicional\n\n"
                                  "Kim Jong Un prometió a Rusia un apoyo incondicional en la guerra.\n";
  std::ofstream(dir / "b.txt") << "Lavrov agradece el envío de soldados\n\n"
                                  "Lavrov agradeció a Kim el envío de soldados norcoreanos a Kursk.\n";
  fs::path file = scratch("titled.json");
  Result r = run_cadena("run --corpus-summary '" + file.string() + "' '" + dir.string() + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  nlohmann::json story = nlohmann::json::parse(slurp(file));
  ASSERT_EQ(story["sentences"].size(), 2u) << story.dump();
  std::map<std::string, std::string> titles = {
      {"a", "Kim promete a Rusia apoyo incondicional"},
      {"b", "Lavrov agradece el envío de soldados"}};
  for (const nlohmann::json& s : story["sentences"])
    EXPECT_EQ(s["title"], titles.at(s["doc"])) << s.dump();
}

TEST(CliCorpusSummary, DoesNotDependOnJobs) {
  fs::path one = scratch("one.json"), two = scratch("two.json");
  ASSERT_EQ(run_cadena("run -j 1 --corpus-summary '" + one.string() + "' corpus/").status, 0);
  ASSERT_EQ(run_cadena("run -j 2 --corpus-summary '" + two.string() + "' corpus/").status, 0);
  EXPECT_EQ(slurp(one), slurp(two));
}

TEST(CliCorpusSummary, TakesTheFirstDocumentsByIdUpToItsLimit) {
  // Five documents, a limit of two: 000 and 001 are summarized, whatever
  // order -j writes them in, and the note says three were left out.
  for (const char* jobs : {"1", "2"}) {
    fs::path file = scratch(std::string("limited-") + jobs + ".json");
    Result r = run_cadena(std::string("run -j ") + jobs + " --corpus-summary-max-docs 2 " +
                          "--corpus-summary '" + file.string() + "' corpus/");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.lines().size(), 5u);  // the documents themselves are all written
    EXPECT_NE(r.err.find("--corpus-summary: summarized the first 2 documents by id and left out 3"),
              std::string::npos)
        << r.err;
    nlohmann::json story = nlohmann::json::parse(slurp(file));
    ASSERT_FALSE(story["sentences"].empty());
    for (const nlohmann::json& s : story["sentences"]) {
      std::string doc = s["doc"];
      EXPECT_TRUE(doc.rfind("000_", 0) == 0 || doc.rfind("001_", 0) == 0) << doc;
    }
  }
}

TEST(CliCorpusSummary, NeedsSentences) {
  fs::path config = scratch("clean-only.json");
  std::ofstream(config) << R"({"pipeline": [{"plugin": "clean"}]})";
  Result r = run_cadena("run --config '" + config.string() + "' --corpus-summary '" +
                        scratch("never.json").string() + "' corpus/");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(
      r.err.find(
          "cadena: error: --corpus-summary: the pipeline has no stage that writes `sentences`"),
      std::string::npos)
      << r.err;
  EXPECT_FALSE(fs::exists(scratch("never.json")));
}

TEST(CliCorpusSummary, SaysWhenTheFileCannotBeWritten) {
  Result r = run_cadena("run --corpus-summary /nonexistent-dir/story.json corpus/");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(
      r.err.find(
          "cadena: error: --corpus-summary /nonexistent-dir/story.json: cannot write the file"),
      std::string::npos)
      << r.err;
}

}  // namespace
