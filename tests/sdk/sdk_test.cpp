// The installed SDK from a third party's side: what `cmake --install` put in
// the prefix, the example plugin built against it alone (the fixture
// install_and_build_example.sh), and the installed CLI running it.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "../cli/run_cadena.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kWork = SDK_WORK_DIR;
const fs::path kPrefix = kWork / "prefix";
const std::string kPluginPath = (kWork / "example" / "plugins").string();

std::string installed_cli() { return "'" + (kPrefix / "bin" / "cadena").string() + "'"; }

std::set<std::string> names_in(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.insert(e.path().filename().string());
  return names;
}

// Runs the installed CLI with the example plugin and `config` on JSONL input.
Result run_keywords(const std::string& config_json, const std::string& jsonl) {
  // A file per test: ctest runs these tests side by side, and one shared
  // file let a test read another's options.
  const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
  fs::path config = kWork / (std::string("config-") + test->name() + ".json");
  std::ofstream(config) << config_json;
  return run_command(installed_cli() + " run --plugin-path '" + kPluginPath + "' --config '" + config.string() + "' -",
                     jsonl);
}

}  // namespace

TEST(Sdk, InstallsOnlyThePluginHeaders) {
  EXPECT_EQ(names_in(kPrefix / "include" / "cadena"),
            (std::set<std::string>{"abi.h", "data.hpp", "languages.hpp", "sdk.hpp", "sdk_options.hpp",
                                   "sdk_spans.hpp", "sdk_utf8.hpp", "stage_test.hpp"}));
  std::set<std::string> cmake = names_in(kPrefix / "lib" / "cmake" / "Cadena");
  for (const char* f : {"CadenaConfig.cmake", "CadenaConfigVersion.cmake", "CadenaTargets.cmake", "CadenaAddPlugin.cmake"})
    EXPECT_TRUE(cmake.count(f)) << f;
}

TEST(Sdk, InstallsTheCliAndTheFirstPartyPlugins) {
  ASSERT_TRUE(fs::exists(kPrefix / "bin" / "cadena"));
  std::set<std::string> plugins = names_in(kPrefix / "lib" / "cadena" / "plugins");
  for (const char* p : {"clean", "split", "ner", "numbers", "dates", "summarize"})
    EXPECT_TRUE(plugins.count("libcadena_" + std::string(p) + ".so")) << p;
  EXPECT_TRUE(fs::exists(kPrefix / "lib" / "cadena" / "plugins" / "split" / "es" / "abbreviations.txt"));
  EXPECT_TRUE(fs::exists(kPrefix / "lib" / "cadena" / "plugins" / "ner" / "es" / "model.bin"));
  // The installed CLI finds them relative to itself, with no --plugin-path.
  Result r = run_command(installed_cli() + " plugins");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "stage summarize:")) << r.out;
}

TEST(Sdk, TheExampleRunsOnTheCorpusWithTheInstalledCli) {
  Result r = run_command(installed_cli() + " run --plugin-path '" + kPluginPath +
                         "' --config examples/keywords/pipeline.json corpus/");
  ASSERT_EQ(r.status, 0) << r.err;
  auto lines = r.lines();
  ASSERT_EQ(lines.size(), 5u);
  for (const std::string& line : lines) {
    nlohmann::json doc = nlohmann::json::parse(line);
    std::string id = doc["id"];
    // The default stages ran as well.
    EXPECT_GT(doc["sentences"].size(), 5u) << id;
    EXPECT_TRUE(doc["entities"].is_array()) << id;
    EXPECT_TRUE(doc["summary"].is_object()) << id;
    const nlohmann::json& keywords = doc["keywords"];
    ASSERT_TRUE(keywords.is_array()) << id;
    ASSERT_GE(keywords.size(), 3u) << id;
    EXPECT_LE(keywords.size(), 8u) << id;  // max_keywords in pipeline.json
    double previous = 1e300;
    for (std::size_t i = 0; i < keywords.size(); ++i) {
      const nlohmann::json& k = keywords[i];
      EXPECT_EQ(k["rank"], static_cast<int>(i) + 1) << id;
      double score = k["score"];
      EXPECT_GT(score, 0) << id;
      EXPECT_LE(score, previous) << id << " " << k.dump();
      previous = score;
      EXPECT_GE(k["count"].get<int>(), 1) << id;
      // The span is the phrase itself, in the text's own case.
      std::string surface = k["text"], keyword = k["keyword"];
      EXPECT_EQ(surface.size(), keyword.size()) << k.dump();
      EXPECT_EQ(doc["text"].get<std::string>().find(surface) != std::string::npos, true) << k.dump();
      // Stop words never start or end a key phrase.
      for (const char* stop : {"de ", "la ", "el ", "y ", "que "}) EXPECT_NE(keyword.rfind(stop, 0), 0u) << k.dump();
    }
  }
}

// Worked out by hand: stop words "los" and "a" and the full stops leave the
// candidates "incendios forestales avanzan", "incendios forestales obligan" and
// "evacuar pueblos". incendios and forestales occur twice, each time in a
// three-word phrase: degree 6, frequency 2; avanzan, obligan: degree 3,
// frequency 1; evacuar, pueblos: degree 2, frequency 1.
const char kFires[] =
    R"({"id": "fires", "text": "Los incendios forestales avanzan. Los incendios forestales obligan a evacuar pueblos."})"
    "\n";

// RAKE's own word score, degree / frequency: 3 + 3 + 3 = 9, 9 (the earlier
// first) and 2 / 1 + 2 / 1 = 4.
TEST(Sdk, TheExampleScoresAsRakeDoes) {
  Result r = run_keywords(R"({"pipeline": [{"plugin": "keywords", "options": {"word_score": "ratio"}}]})", kFires);
  ASSERT_EQ(r.status, 0) << r.err;
  nlohmann::json k = nlohmann::json::parse(r.out)["keywords"];
  ASSERT_EQ(k.size(), 3u) << k.dump();
  EXPECT_EQ(k[0]["keyword"], "incendios forestales avanzan");
  EXPECT_EQ(k[0]["start"], 4);
  EXPECT_EQ(k[0]["end"], 32);
  EXPECT_DOUBLE_EQ(k[0]["score"].get<double>(), 9.0);
  EXPECT_EQ(k[1]["keyword"], "incendios forestales obligan");
  EXPECT_DOUBLE_EQ(k[1]["score"].get<double>(), 9.0);
  EXPECT_EQ(k[2]["keyword"], "evacuar pueblos");
  EXPECT_EQ(k[2]["text"], "evacuar pueblos");
  EXPECT_DOUBLE_EQ(k[2]["score"].get<double>(), 4.0);
  EXPECT_EQ(k[2]["count"], 1);
}

// The default word score, degree: 6 + 6 + 3 = 15 for both long phrases, 2 + 2 = 4.
TEST(Sdk, TheExampleScoresByDegreeByDefault) {
  Result r = run_keywords(R"({"pipeline": [{"plugin": "keywords", "options": {"max_keywords": 2}}]})", kFires);
  ASSERT_EQ(r.status, 0) << r.err;
  nlohmann::json k = nlohmann::json::parse(r.out)["keywords"];
  ASSERT_EQ(k.size(), 2u) << k.dump();
  EXPECT_EQ(k[0]["keyword"], "incendios forestales avanzan");
  EXPECT_DOUBLE_EQ(k[0]["score"].get<double>(), 15.0);
  EXPECT_EQ(k[1]["keyword"], "incendios forestales obligan");
  EXPECT_DOUBLE_EQ(k[1]["score"].get<double>(), 15.0);
}

TEST(Sdk, TheExampleChecksItsOptions) {
  Result r = run_keywords(R"({"pipeline": [{"plugin": "keywords", "options": {"max_keywords": 0}}]})", "");
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(contains(r.err, "stage 'keywords': /pipeline/0/options/max_keywords: expected a positive integer, got 0"))
      << r.err;
  r = run_keywords(R"({"pipeline": [{"plugin": "keywords", "options": {"lang": "fr"}}]})", "");
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(contains(r.err, "/pipeline/0/options/lang: no stop-word data for 'fr'")) << r.err;
  EXPECT_TRUE(contains(r.err, "(have: en, es)")) << r.err;
  r = run_keywords(R"({"pipeline": [{"plugin": "keywords", "options": {"word_score": "tfidf"}}]})", "");
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(contains(r.err, R"(/options/word_score: expected "degree", "ratio" or "frequency", got "tfidf")"))
      << r.err;
}

TEST(Sdk, FindPackageRefusesAnotherMajorVersion) {
  fs::path project = kWork / "wants-cadena-2";
  fs::create_directories(project);
  std::ofstream(project / "CMakeLists.txt") << "cmake_minimum_required(VERSION 3.20)\nproject(p LANGUAGES CXX)\n"
                                               "find_package(Cadena 2.0 REQUIRED)\n";
  Result r = run_command("cmake -S '" + project.string() + "' -B '" + (project / "build").string() +
                         "' -DCMAKE_PREFIX_PATH='" + kPrefix.string() + "'");
  EXPECT_NE(r.status, 0);
  EXPECT_TRUE(contains(r.err, "version: 1.1.0")) << r.err;
}

// The example's own unit tests, built against the installed SDK with its test
// harness (cadena/stage_test.hpp) by the fixture.
TEST(Sdk, TheExamplesUnitTestsPassWithTheInstalledHarness) {
  fs::path tests = kWork / "example" / "keywords_tests";
  ASSERT_TRUE(fs::exists(tests)) << tests << " was not built (GoogleTest not found by the example?)";
  Result r = run_command("'" + tests.string() + "'");
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_TRUE(contains(r.out, "[  PASSED  ] 4 tests.")) << r.out;
}
