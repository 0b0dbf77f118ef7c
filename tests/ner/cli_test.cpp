// `cadena run --entity-index`, `cadena train ner` and `cadena eval ner`, run
// as a user would.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "../cli/run_cadena.hpp"
#include "test_files.hpp"

namespace {

const std::string kPipeline =
    R"({"pipeline": [{"plugin": "clean"}, {"plugin": "split"}, {"plugin": "entities"}]})";

// A gazetteer folder with no lists, for `train ner --gazetteers` (required):
// a model trained on the sample learns from its words alone.
std::string empty_gazetteers() {
  std::string dir = scratch_dir() + "/no_gazetteers";
  std::filesystem::create_directories(dir);
  return dir;
}

TEST(EntityIndexCli, IndexesTheCorpusByKey) {
  std::string config = write_test_file("ner_pipeline.json", kPipeline);
  std::string index_path = scratch_dir() + "/entity_index.json";
  Result r =
      run_cadena("run corpus/ --config '" + config + "' --entity-index '" + index_path + "' -j 2");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.lines().size(), 5u);
  nlohmann::json index = nlohmann::json::parse(slurp(index_path));

  const nlohmann::json& kim = index.at("kim jong un");  // "Kim Jong Un" and "Kim Jong-un"
  EXPECT_EQ(kim.at("label"), "PER");
  EXPECT_EQ(kim.at("name"), "Kim Jong Un");
  EXPECT_EQ(kim.at("mentions").size(), 5u);
  EXPECT_GE(kim.at("mentions").at("000_5ca84c13d22380ce").get<int>(),
            3);  // "Kim Jong-un" twice, "Kim Jong Un"

  const nlohmann::json& pyongyang = index.at("pyongyang");  // also "Pionyang" in 001
  EXPECT_EQ(pyongyang.at("name"), "Pyongyang");
  EXPECT_TRUE(pyongyang.at("mentions").contains("001_89594c8156684479"));
  EXPECT_TRUE(pyongyang.at("mentions").contains("000_5ca84c13d22380ce"));

  const nlohmann::json& lavrov = index.at("serguei lavrov");  // and every bare "Lavrov"
  EXPECT_EQ(lavrov.at("name"), "Serguéi Lavrov");
  EXPECT_EQ(lavrov.at("label"), "PER");
  EXPECT_EQ(lavrov.at("mentions").size(), 4u);
  EXPECT_FALSE(index.contains("lavrov"));

  // The index does not depend on how many documents run at once.
  std::string serial_path = scratch_dir() + "/entity_index_serial.json";
  ASSERT_EQ(
      run_cadena("run corpus/ --config '" + config + "' --entity-index '" + serial_path + "' -j 1")
          .status,
      0);
  EXPECT_EQ(slurp(serial_path), slurp(index_path));
}

TEST(EntityIndexCli, UnwritableIndexIsAnError) {
  std::string config = write_test_file("ner_pipeline.json", kPipeline);
  Result r = run_cadena("run corpus/ --config '" + config +
                        "' --entity-index /nonexistent/dir/index.json");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--entity-index /nonexistent/dir/index.json: cannot write the file"),
            std::string::npos)
      << r.err;
}

TEST(TrainAndEvalCli, TrainDeterministicallyThenEvaluate) {
  std::string gazetteers = empty_gazetteers();
  std::string first = scratch_dir() + "/cli_model_a.bin";
  std::string second = scratch_dir() + "/cli_model_b.bin";
  std::string train =
      "train ner --algorithm perceptron --train tests/ner/data/sample.conll "
      "--dev tests/ner/data/sample.conll --epochs 3 --seed 5 --gazetteers '" +
      gazetteers + "' -o ";
  Result r = run_cadena(train + "'" + first + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("epoch 3/3"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("dev P"), std::string::npos) << r.err;
  ASSERT_EQ(run_cadena(train + "'" + second + "'").status, 0);
  EXPECT_EQ(slurp(first), slurp(second));

  Result eval = run_cadena("eval ner --gold tests/ner/data/sample.conll --model '" + first + "'");
  ASSERT_EQ(eval.status, 0) << eval.err;
  EXPECT_EQ(eval.out.rfind("processed 169 tokens with 43 phrases;", 0), 0u) << eval.out;
  EXPECT_NE(eval.out.find("              PER: precision:"), std::string::npos) << eval.out;
}

// --predictions writes conlleval's input: the gold file's tokens and tags with
// the prediction beside them, and the token accuracy it gives is the one printed.
TEST(TrainAndEvalCli, PredictionsAreTheGoldFileWithATagBeside) {
  std::string gazetteers = empty_gazetteers();
  std::string model = scratch_dir() + "/cli_model_predictions.bin";
  ASSERT_EQ(run_cadena("train ner --train tests/ner/data/sample.conll --algorithm perceptron "
                       "--epochs 2 --gazetteers '" +
                       gazetteers + "' -o '" + model + "'")
                .status,
            0);
  std::string predictions = scratch_dir() + "/predictions.conll";
  Result eval = run_cadena("eval ner --gold tests/ner/data/sample.conll --model '" + model +
                           "' --predictions '" + predictions + "'");
  ASSERT_EQ(eval.status, 0) << eval.err;

  std::istringstream gold(slurp(CADENA_SOURCE_DIR "/tests/ner/data/sample.conll"));
  std::istringstream written(slurp(predictions));
  std::string gold_line;
  std::string line;
  std::size_t tokens = 0;
  std::size_t same = 0;
  ASSERT_TRUE(gold.rdbuf()->in_avail() > 0) << "the sample file was not read";
  while (std::getline(gold, gold_line)) {
    ASSERT_TRUE(std::getline(written, line)) << "missing line for '" << gold_line << "'";
    if (gold_line.empty()) {
      EXPECT_EQ(line, "");
      continue;
    }
    ASSERT_EQ(line.rfind(gold_line + " ", 0), 0u) << line;
    std::string guess = line.substr(gold_line.size() + 1);
    EXPECT_TRUE(guess == "O" || guess.rfind("B-", 0) == 0 || guess.rfind("I-", 0) == 0) << line;
    ++tokens;
    same += guess == gold_line.substr(gold_line.rfind(' ') + 1);
  }
  EXPECT_EQ(tokens, 169u);
  char accuracy[32];
  std::snprintf(accuracy, sizeof accuracy, "accuracy: %6.2f%%", 100.0 * same / tokens);
  EXPECT_NE(eval.out.find(accuracy), std::string::npos) << accuracy << "\n" << eval.out;

  Result unwritable = run_cadena("eval ner --gold tests/ner/data/sample.conll --model '" + model +
                                 "' --predictions /nonexistent/dir/p.conll");
  EXPECT_EQ(unwritable.status, 2);
  EXPECT_NE(unwritable.err.find("/nonexistent/dir/p.conll: cannot be written (--predictions)"),
            std::string::npos)
      << unwritable.err;
}

TEST(TrainAndEvalCli, TrainsACrfByDefault) {
  std::string gazetteers = empty_gazetteers();
  std::string model = scratch_dir() + "/cli_crf.bin";
  std::string train = "train ner --train tests/ner/data/sample.conll --gazetteers '" + gazetteers +
                      "' -o '" + model + "' --iterations 5";
  Result r = run_cadena(train);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("iteration 5/5: loss "), std::string::npos) << r.err;
  EXPECT_EQ(
      run_cadena("eval ner --gold tests/ner/data/sample.conll --model '" + model + "'").status, 0);

  Result unknown = run_cadena(train + " --algorithm svm");
  EXPECT_NE(unknown.status, 0);
  EXPECT_NE(unknown.err.find("svm"), std::string::npos) << unknown.err;
}

// --geo-as-loc relabels the gold (eval: with the language folder's cities) and
// the training file (train: with the given gazetteer folder, empty here, so
// only ICU's country names) and says what it changed.
TEST(TrainAndEvalCli, GeoAsLocRelabelsCountriesAndCitiesButNotClubs) {
  std::string gold = write_test_file(
      "geo.conll", "Rusia B-ORG\ny O\nel O\nMadrid B-ORG\nganaron O\nen O\nMadrid B-ORG\n. O\n");
  Result eval = run_cadena("eval ner --gold '" + gold + "' --geo-as-loc");
  ASSERT_EQ(eval.status, 0) << eval.err;
  EXPECT_NE(eval.err.find(gold + ": 3 geo-political mentions: 0 were LOC, 2 ORG relabelled LOC, "
                                 "1 kept ORG (clubs)"),
            std::string::npos)
      << eval.err;
  EXPECT_NE(eval.out.find("processed 8 tokens with 3 phrases;"), std::string::npos) << eval.out;

  std::string model = scratch_dir() + "/cli_geo.bin";
  Result train = run_cadena("train ner --train '" + gold + "' --gazetteers '" +
                            empty_gazetteers() + "' -o '" + model +
                            "' --iterations 2 --geo-as-loc");
  ASSERT_EQ(train.status, 0) << train.err;
  EXPECT_NE(train.err.find(gold + ": 1 geo-political mentions: 0 were LOC, 1 ORG relabelled LOC"),
            std::string::npos)
      << train.err;
}

TEST(TrainAndEvalCli, DocumentLabelsTakeOneOfThreeValues) {
  for (const char* labels : {"tagger", "keys", "vote"}) {
    Result r = run_cadena(std::string("eval ner --gold tests/ner/data/sample.conll "
                                      "--document-labels ") + labels);
    EXPECT_EQ(r.status, 0) << labels << ": " << r.err;
    EXPECT_EQ(r.out.rfind("processed 169 tokens with 43 phrases;", 0), 0u) << r.out;
  }
  Result bad = run_cadena("eval ner --gold tests/ner/data/sample.conll --document-labels all");
  EXPECT_NE(bad.status, 0);
  EXPECT_NE(bad.err.find("all"), std::string::npos) << bad.err;
}

TEST(TrainAndEvalCli, BadDataIsReportedWithFileAndLine) {
  std::string bad = write_test_file("bad_train.conll", "Hola O\nmundo\n");
  Result r = run_cadena("eval ner --gold '" + bad + "'");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find(bad + ":2: expected 'TOKEN TAG', got 'mundo'"), std::string::npos) << r.err;
}

}  // namespace
