// A model trained on the tiny hand-written sample in data/sample.conll, for
// tests that need a real model without the shipped one.
#ifndef CADENA_TESTS_NER_SAMPLE_MODEL_HPP
#define CADENA_TESTS_NER_SAMPLE_MODEL_HPP

#include <string>

#include "conll.hpp"
#include "gazetteer.hpp"
#include "model.hpp"
#include "trainer.hpp"

inline cadena::ner::Model train_sample_model(
    std::uint64_t seed, cadena::ner::Algorithm algorithm = cadena::ner::Algorithm::perceptron) {
  cadena::ner::TrainingOptions options;
  options.algorithm = algorithm;
  options.seed = seed;
  options.epochs = 5;
  return cadena::ner::train(cadena::ner::read_conll(CADENA_NER_TEST_DATA_DIR "/sample.conll"), {},
                            cadena::ner::Gazetteer(), options, nullptr);
}

#endif  // CADENA_TESTS_NER_SAMPLE_MODEL_HPP
