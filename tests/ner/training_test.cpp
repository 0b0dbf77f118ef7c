// Training is deterministic for a seed and learns the sample (trainer.hpp).
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "test_files.hpp"
#include "sample_model.hpp"
#include "tagger.hpp"
#include "word_form.hpp"

namespace cadena::ner {
namespace {

std::string bytes_of(const Model& model, const std::string& name) {
  std::string path = scratch_dir() + "/" + name;
  model.save(path);
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

TEST(Training, TheSameSeedGivesTheSameModelFile) {
  std::string first = bytes_of(train_sample_model(7), "seed7a.bin");
  std::string second = bytes_of(train_sample_model(7), "seed7b.bin");
  EXPECT_FALSE(first.empty());
  EXPECT_TRUE(first == second) << "two trainings with seed 7 wrote different files";
}

TEST(Training, LearnsTheSample) {
  Model model = train_sample_model(1);
  EXPECT_EQ(model.labels().types(), (std::vector<std::string>{"LOC", "MISC", "ORG", "PER"}));
  EXPECT_GT(model.features(), 100u);
  EXPECT_FALSE(model.names().empty());
  Tagger tagger(std::move(model), Gazetteer());
  std::vector<std::string> forms = {"Ana",       "Ruiz",  "llegó", "a",
                                    "Barcelona", "desde", "París", "."};
  EXPECT_EQ(tagger.tag(forms, DocumentContext()),
            (std::vector<Chunk>{{0, 2, "PER"}, {4, 5, "LOC"}, {6, 7, "LOC"}}));
}

TEST(Training, RefusesDataWithoutEntities) {
  std::vector<TaggedSentence> none = {{{"Hola", "."}, {"O", "O"}, 1}};
  EXPECT_THROW(train(none, {}, Gazetteer(), TrainingOptions(), nullptr), std::invalid_argument);
}

}  // namespace
}  // namespace cadena::ner
