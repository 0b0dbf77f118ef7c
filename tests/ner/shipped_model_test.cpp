// The shipped model's F1 on AnCora dev (../shared/data), measured the way
// `cadena eval ner` does: the gold tokens tagged as given.
#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "conll.hpp"
#include "entity_recognizer.hpp"
#include "evaluation.hpp"

namespace cadena::ner {
namespace {

// What the shipped model scores (docs/ner.md), less a little room for the
// last digit: a drop below it means the model, the features or the data changed.
constexpr double kMinimumDevF1 = 0.86;

TEST(ShippedModel, F1OnAncoraDev) {
  const std::string dev = CADENA_SHARED_DATA_DIR "/ancora-es-ner/dev.conll";
  if (!std::filesystem::exists(dev))
    GTEST_SKIP() << "no " << dev << ": the shared data is not beside the checkout";
  EntityRecognizer recognizer(
      RecognizerFiles{CADENA_NER_DATA_DIR "/es", CADENA_NER_DATA_DIR "/es/model.bin", {}});
  ChunkScore score = evaluate(recognizer.tagger(), read_conll(dev));
  EXPECT_GE(score.overall().f1(), kMinimumDevF1);
  EXPECT_GE(score.by_type().at("PER").f1(), 0.9);
  std::cout << "AnCora dev F1: " << score.overall().f1() << "\n";
}

TEST(ShippedModel, IsSmallEnoughToShip) {
  EXPECT_LE(std::filesystem::file_size(CADENA_NER_DATA_DIR "/es/model.bin"), 10u << 20);
}

}  // namespace
}  // namespace cadena::ner
