// End-to-end tests of the `cadena` command on the corpus and on bad input.
#include <gtest/gtest.h>
#include <unistd.h>

#include <nlohmann/json.hpp>
#include <thread>

#include "run_cadena.hpp"

namespace fs = std::filesystem;

TEST(Cli, VersionNamesTheAbi) {
  Result r = run_cadena("--version");
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(contains(r.out, "plugin ABI 1.1")) << r.out;
}

TEST(Cli, HelpCommandPrintsWhatDashDashHelpPrints) {
  Result help = run_cadena("help");
  Result dash = run_cadena("--help");
  EXPECT_EQ(help.status, 0) << help.err;
  EXPECT_EQ(help.out, dash.out);
  EXPECT_TRUE(contains(help.out, "Subcommands:")) << help.out;
  EXPECT_TRUE(contains(help.out, "report")) << help.out;
}

TEST(Cli, HelpCommandExplainsOneCommand) {
  Result help = run_cadena("help run");
  EXPECT_EQ(help.status, 0) << help.err;
  EXPECT_EQ(help.out, run_cadena("run --help").out);
  EXPECT_TRUE(contains(help.out, "Usage: cadena run")) << help.out;
  EXPECT_TRUE(contains(help.out, "--max-bytes")) << help.out;
  // A command of a command.
  Result ner = run_cadena("help train ner");
  EXPECT_EQ(ner.status, 0) << ner.err;
  EXPECT_EQ(ner.out, run_cadena("train ner --help").out);
  EXPECT_TRUE(contains(ner.out, "Usage: cadena train ner")) << ner.out;
}

TEST(Cli, HelpForAnUnknownCommandSaysWhichExist) {
  Result r = run_cadena("help frobnicate");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(contains(r.err, "no command 'frobnicate'")) << r.err;
  EXPECT_TRUE(contains(r.err, "run, plugins, report")) << r.err;
}

TEST(Cli, PluginsListsTheFirstPartyStages) {
  Result r = run_cadena("plugins");
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(contains(r.out, "stage clean:")) << r.out;
  EXPECT_TRUE(contains(r.out, "stage split:")) << r.out;
}

TEST(Cli, RunsTheDefaultPipelineOverTheCorpus) {
  Result r = run_cadena("run corpus/");
  ASSERT_EQ(r.status, 0) << r.err;
  auto lines = r.lines();
  ASSERT_EQ(lines.size(), 5u);
  std::vector<std::string> ids;
  for (const auto& l : lines) {
    auto d = nlohmann::json::parse(l);
    ids.push_back(d["id"]);
    EXPECT_EQ(d["schema"], "cadena.doc/1");
    ASSERT_TRUE(d["sentences"].is_array());
    EXPECT_GT(d["sentences"].size(), 5u);
    for (const auto& s : d["sentences"]) {
      std::string t = s["text"];
      EXPECT_FALSE(t.size() >= 3 && t.compare(t.size() - 3, 3, "EE.") == 0) << "sentence ends in 'EE.': " << t;
    }
  }
  // Only inputs in corpus/: no gold annotations skipped among them.
  EXPECT_FALSE(contains(r.err, "skipped")) << r.err;
  EXPECT_EQ(ids.front(), "000_5ca84c13d22380ce");  // input order
  EXPECT_EQ(ids.back(), "004_96e895cd56a2e262");
  auto seed002 = nlohmann::json::parse(lines[2]);
  std::string text = seed002["text"];
  for (const char* boilerplate : {"Cargando...", "LEER MÁS", "Lo más visto", "Recetas", "Zohran Mamdani"})
    EXPECT_FALSE(contains(text, boilerplate)) << boilerplate;
  EXPECT_TRUE(contains(text, "Lavrov ya había sostenido un encuentro con su homóloga norcoreana"));
  // The dateline of seed 001 gave it a reference date.
  EXPECT_EQ(nlohmann::json::parse(lines[1])["date"], "2025-07-13");
}

TEST(Cli, TheDatelineIsNotTheFirstSentenceNorTheSummary) {
  Scratch scratch;
  std::string story_path = scratch.path("story.json");
  Result r = run_cadena("run --corpus-summary '" + story_path + "' corpus/");
  ASSERT_EQ(r.status, 0) << r.err;
  auto lines = r.lines();
  ASSERT_EQ(lines.size(), 5u);
  const std::string dateline = "Wonsan, Corea del Norte – 13 de julio de 2025 –";
  auto doc = nlohmann::json::parse(lines[1]);
  ASSERT_EQ(doc["dateline"].size(), 1u) << doc["dateline"].dump();
  EXPECT_EQ(doc["dateline"][0]["text"], dateline);
  EXPECT_EQ(doc["dateline"][0]["start"], 0);
  EXPECT_EQ(doc["dateline"][0]["end"], 47);  // code points
  std::string first = doc["sentences"][0]["text"];
  EXPECT_EQ(first.rfind("El líder de Corea del Norte, Kim Jong Un, aseguró", 0), 0u) << first;
  EXPECT_EQ(doc["sentences"][0]["start"], 48);  // after the dateline and one space
  for (const auto& s : doc["sentences"]) EXPECT_GE(s["start"].get<int>(), 47) << s.dump();
  std::string summary = doc["summary"]["text"];
  EXPECT_FALSE(contains(summary, "13 de julio de 2025 –")) << summary;
  // The other documents have none: an empty layer.
  EXPECT_EQ(nlohmann::json::parse(lines[0])["dateline"], nlohmann::json::array());
  // Nor does the story's summary quote it.
  std::string story = slurp(story_path);
  EXPECT_FALSE(contains(story, "13 de julio de 2025 –")) << story;
}

TEST(Cli, OutputOrderDoesNotDependOnJobs) {
  Result one = run_cadena("run -j 1 corpus/");
  Result two = run_cadena("run -j 2 corpus/ corpus/");
  ASSERT_EQ(one.status, 0);
  ASSERT_EQ(two.status, 0);
  EXPECT_EQ(two.out, one.out + one.out);
}

TEST(Cli, JobsDefaultToAllHardwareThreads) {
  unsigned hardware = std::thread::hardware_concurrency();
  ASSERT_GT(hardware, 0u) << "this machine does not say its thread count";
  std::string all = ", -j " + std::to_string(hardware) + "\n";
  Result serial = run_cadena("run -j 1 corpus/");
  Result unsaid = run_cadena("run corpus/");
  Result zero = run_cadena("run -j 0 corpus/");
  ASSERT_EQ(serial.status, 0) << serial.err;
  ASSERT_EQ(unsaid.status, 0) << unsaid.err;
  ASSERT_EQ(zero.status, 0) << zero.err;
  EXPECT_TRUE(contains(serial.err, ", -j 1\n")) << serial.err;
  EXPECT_TRUE(contains(unsaid.err, all)) << unsaid.err;
  EXPECT_TRUE(contains(zero.err, all)) << zero.err;
  EXPECT_EQ(unsaid.out, serial.out);  // same documents, same order
  EXPECT_EQ(zero.out, serial.out);
  EXPECT_TRUE(contains(run_cadena("run --help").out, "all hardware threads"));
}

TEST(Cli, BadInputsAreReportedAndTheOthersStillWritten) {
  Scratch s;
  std::string good = s.write("a_good.txt", "Primera frase. Segunda frase.");
  std::string invalid = s.write("b_invalid.txt", "Hola\n\xC3\x28 mundo");
  std::string empty = s.write("c_empty.txt", " \n\t\n");
  std::string binary = s.write("d_binary.txt", std::string("PK\x03\x04\0\0\x14", 7));
  std::string big = s.write("e_big.txt", "");
  fs::resize_file(big, 100u << 20);  // 100 MB, refused before it is read
  std::string jsonl = s.write("f_docs.jsonl",
                              "{\"id\":\"j1\",\"text\":\"Uno. Dos.\"}\n"
                              "{\"id\":\"j2\",\"text\":\"sin cerrar\"\n"
                              "{\"id\":\"j3\",\"text\":\"Tres.\",\"date\":\"2025-02-30\"}\n"
                              "[1,2]\n"
                              "{\"id\":\"j5\",\"text\":\"Cinco.\"}\n");
  // A stray NUL deep inside a page (scraped HTML has them) is not a binary file.
  std::string late_nul = s.write("g_late_nul.txt", std::string(9000, 'a') + ". " + std::string(1, '\0') + " Fin.");
  std::string missing = s.path("missing.txt");
  Result r = run_cadena("run " + good + " " + missing + " " + invalid + " " + empty + " " + binary + " " + big + " " +
                        jsonl + " " + late_nul);
  EXPECT_EQ(r.status, 1);
  auto lines = r.lines();
  ASSERT_EQ(lines.size(), 4u) << r.err;
  EXPECT_EQ(nlohmann::json::parse(lines[0])["id"], "a_good");
  EXPECT_EQ(nlohmann::json::parse(lines[1])["id"], "j1");
  EXPECT_EQ(nlohmann::json::parse(lines[2])["id"], "j5");
  EXPECT_EQ(nlohmann::json::parse(lines[3])["id"], "g_late_nul");
  EXPECT_TRUE(contains(r.err, missing + ": no such file or folder")) << r.err;
  EXPECT_TRUE(contains(r.err, invalid + ": invalid UTF-8 at line 2, byte 1 of the line")) << r.err;
  EXPECT_TRUE(contains(r.err, empty + ": empty document")) << r.err;
  EXPECT_TRUE(contains(r.err, binary + ": binary data (a NUL byte")) << r.err;
  EXPECT_TRUE(contains(r.err, big + ": document too large: 104857600 bytes")) << r.err;
  EXPECT_TRUE(contains(r.err, jsonl + ":2: malformed JSON")) << r.err;
  EXPECT_TRUE(contains(r.err, jsonl + ":3: \"date\": no day 30")) << r.err;
  EXPECT_TRUE(contains(r.err, jsonl + ":4: expected a JSON object")) << r.err;
  EXPECT_TRUE(contains(r.err, "12 documents, 4 written, 8 failed")) << r.err;
}

TEST(Cli, ReadsJsonlFromStdinWithTheirDatesAndLanguages) {
  Result r = run_cadena("run --date 2025-01-01 -",
                        "{\"id\":\"x\",\"text\":\"Hola. Adiós.\",\"date\":\"2024-06-01\"}\n"
                        "{\"id\":\"y\",\"text\":\"Hello there. Bye.\",\"lang\":\"en\"}\n");
  ASSERT_EQ(r.status, 0) << r.err;
  auto lines = r.lines();
  ASSERT_EQ(lines.size(), 2u);
  auto x = nlohmann::json::parse(lines[0]);
  auto y = nlohmann::json::parse(lines[1]);
  EXPECT_EQ(x["date"], "2024-06-01");
  EXPECT_EQ(y["date"], "2025-01-01");  // from --date
  EXPECT_EQ(y["lang"], "en");
  EXPECT_EQ(x["sentences"].size(), 2u);
}

TEST(Cli, BadOptionsAreUsageErrors) {
  Result date = run_cadena("run --date 13/07/2025 corpus/");
  EXPECT_EQ(date.status, 2);
  EXPECT_TRUE(contains(date.err, "--date")) << date.err;
  Result lang = run_cadena("run --lang fr corpus/");
  EXPECT_EQ(lang.status, 2);
  EXPECT_TRUE(contains(lang.err, "--lang")) << lang.err;
}

TEST(Cli, ConfigErrorsNameTheFileStageAndOption) {
  Scratch s;
  std::string config = s.write("p.json", R"({"pipeline":[{"plugin":"clean"},{"plugin":"split","options":{"lnag":"es"}}]})");
  Result r = run_cadena("run --config " + config + " corpus/");
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(contains(r.err, config + ": stage 'split': /pipeline/1/options/lnag: unknown option")) << r.err;
  EXPECT_EQ(r.out, "");
}

TEST(Cli, RefusedPluginsAreReportedWithTheirReason) {
  Result r = run_cadena("plugins --plugin-path '" CADENA_BINARY_DIR "/test-plugins'");
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(contains(r.out, "other_major.so")) << r.out;
  EXPECT_TRUE(contains(r.out, "another major version")) << r.out;
}

TEST(Cli, ReportSummarizesEachDocument) {
  Scratch s;
  std::string out = s.path("corpus.jsonl");
  ASSERT_EQ(run_cadena("run corpus/ -o " + out).status, 0);
  Result r = run_cadena("report " + out);
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(contains(r.out, "== 001_89594c8156684479  [es, 2025-07-13]")) << r.out;
  EXPECT_TRUE(contains(r.out, "   summary: ")) << r.out;
  EXPECT_TRUE(contains(r.out, "   entities: ")) << r.out;
  EXPECT_TRUE(contains(r.out, "13 de julio de 2025 = 2025-07-13 (DATE)")) << r.out;
  EXPECT_TRUE(contains(r.out, "   layers: dateline 1, dates ")) << r.out;
}

TEST(Cli, ReportGroupsEntitiesByKeyAndShowsDatesAndTheSummary) {
  Scratch s;
  // Written by hand: two spellings of one key, and a date left unresolved.
  std::string jsonl = s.write("doc.jsonl", R"({"schema": "cadena.doc/1", "id": "a", "lang": "es", "date": "2025-07-13", )"
      R"("text": "Kim Jong-un vio a Putin. Kim Jong Un habló ayer.", )"
      R"("sentences": [{"start": 0, "end": 24, "text": "Kim Jong-un vio a Putin."}, )"
      R"({"start": 25, "end": 48, "text": "Kim Jong Un habló ayer."}], )"
      R"("entities": [{"text": "Kim Jong-un", "label": "PER", "key": "kim jong un"}, )"
      R"({"text": "Putin", "label": "PER", "key": "putin"}, )"
      R"({"text": "Kim Jong Un", "label": "PER", "key": "kim jong un"}, )"
      R"({"text": "Kim Jong Un", "label": "PER", "key": "kim jong un"}], )"
      R"("dates": [{"text": "ayer", "value": "2025-07-12", "type": "DATE"}, )"
      R"({"text": "los martes", "timex_underspecified": "XXXX-WXX-2", "type": "SET"}], )"
      R"("summary": {"sentences": [], "text": "Kim Jong Un habló ayer."}})"
      "\n");
  Result r = run_cadena("report " + jsonl);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out,
            "== a  [es, 2025-07-13]  48 characters\n"
            "   summary: Kim Jong Un habló ayer.\n"
            "   entities: 2 (4 mentions)\n"
            "     3  Kim Jong Un (PER)\n"
            "     1  Putin (PER)\n"
            "   dates: 2\n"
            "     ayer = 2025-07-12 (DATE)\n"
            "     los martes = XXXX-WXX-2 (SET)\n"
            "   layers: dates 2, entities 4, sentences 2\n");
}

// A third-party stage that fails on one document (by throwing, or by returning
// an error status) fails that document only, with the plugin's own message,
// and the run goes on with the others, in order, exit status 1.
TEST(Cli, AFailingPluginStageFailsOnlyItsDocument) {
  Scratch s;
  std::string config = s.write("p.json", R"({"pipeline":[{"plugin":"shout"},{"plugin":"refuse"}]})");
  std::string plugins = "--plugin-path '" CADENA_BINARY_DIR "/test-plugins/libshout.so' --plugin-path '" CADENA_BINARY_DIR
                        "/test-plugins/libstatus_error.so'";
  std::string input = R"({"id": "one", "text": "AB one"})" "\n"
                      R"({"id": "two", "text": "please FAIL"})" "\n"
                      R"({"id": "three", "text": "CD three"})" "\n";
  Result r = run_cadena("run " + plugins + " --config " + config + " -", input);
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(contains(r.err, "<stdin>:2: stage 'shout': asked to fail")) << r.err;
  EXPECT_TRUE(contains(r.err, "3 documents, 2 written, 1 failed")) << r.err;
  ASSERT_EQ(r.lines().size(), 2u) << r.out;
  EXPECT_EQ(nlohmann::json::parse(r.lines()[0])["id"], "one");
  EXPECT_EQ(nlohmann::json::parse(r.lines()[1])["id"], "three");
  EXPECT_EQ(nlohmann::json::parse(r.lines()[1])["loud"][0]["text"], "CD");

  // "refuse" fails through the C ABI: an error status and host->fail, no exception.
  input = R"({"id": "four", "text": "fine"})" "\n" R"({"id": "five", "text": "FAIL"})" "\n";
  config = s.write("q.json", R"({"pipeline":[{"plugin":"refuse"}]})");
  r = run_cadena("run " + plugins + " --config " + config + " -", input);
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(contains(r.err, "<stdin>:2: stage 'refuse': the status_error plugin refused this document")) << r.err;
  EXPECT_TRUE(contains(r.err, "2 documents, 1 written, 1 failed")) << r.err;
}

TEST(Cli, MaxBytesTakesUnitsAndAnySize) {
  Result raised = run_cadena("run --max-bytes 2G corpus/");
  EXPECT_EQ(raised.status, 0) << raised.err;
  EXPECT_EQ(raised.lines().size(), 5u);
  // The smallest seed is well over 1K, so a 1K limit refuses every one of them.
  Result low = run_cadena("run --max-bytes 1K corpus/");
  EXPECT_NE(low.status, 0);
  EXPECT_TRUE(contains(low.err, "the limit is 1024 (--max-bytes)")) << low.err;
  Result bad = run_cadena("run --max-bytes 10X corpus/");
  EXPECT_NE(bad.status, 0);
  EXPECT_TRUE(contains(bad.err, "--max-bytes")) << bad.err;
  EXPECT_TRUE(contains(bad.err, "got '10X'")) << bad.err;
  Result help = run_cadena("run --help");
  EXPECT_TRUE(contains(help.out, "default: 32M")) << help.out;
}
