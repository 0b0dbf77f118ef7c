// Training is deterministic for a seed and learns the sample (trainer.hpp).
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "sample_model.hpp"
#include "tagger.hpp"
#include "test_files.hpp"
#include "word_form.hpp"

namespace cadena::ner {
namespace {

std::string bytes_of(const Model& model, const std::string& name) {
  std::string path = scratch_dir() + "/" + name;
  model.save(path);
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

class Training : public testing::TestWithParam<Algorithm> {};

TEST_P(Training, TheSameSeedGivesTheSameModelFile) {
  std::string first = bytes_of(train_sample_model(7, GetParam()), "seed7a.bin");
  std::string second = bytes_of(train_sample_model(7, GetParam()), "seed7b.bin");
  EXPECT_FALSE(first.empty());
  EXPECT_TRUE(first == second) << "two trainings with seed 7 wrote different files";
}

TEST_P(Training, LearnsTheSample) {
  Model model = train_sample_model(1, GetParam());
  EXPECT_EQ(model.labels().types(), (std::vector<std::string>{"LOC", "MISC", "ORG", "PER"}));
  EXPECT_GT(model.features(), 100u);
  EXPECT_FALSE(model.names().empty());
  Tagger tagger(std::move(model), Gazetteer());
  std::vector<std::string> forms = {"Ana",       "Ruiz",  "llegó", "a",
                                    "Barcelona", "desde", "París", "."};
  EXPECT_EQ(tagger.tag(forms, DocumentContext()),
            (std::vector<Chunk>{{0, 2, "PER"}, {4, 5, "LOC"}, {6, 7, "LOC"}}));
}

TEST_P(Training, RefusesDataWithoutEntities) {
  std::vector<TaggedSentence> none = {{{"Hola", "."}, {"O", "O"}, 1}};
  TrainingOptions options;
  options.algorithm = GetParam();
  EXPECT_THROW(train(none, {}, Gazetteer(), options, nullptr), std::invalid_argument);
}

INSTANTIATE_TEST_SUITE_P(Algorithms, Training,
                         testing::Values(Algorithm::perceptron, Algorithm::crf),
                         [](const testing::TestParamInfo<Algorithm>& info) {
                           return info.param == Algorithm::crf ? "Crf" : "Perceptron";
                         });

}  // namespace
}  // namespace cadena::ner
