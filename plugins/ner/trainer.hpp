// Training a Model over BILOU labels with first-order Viterbi, on CoNLL
// sentences, by one of two algorithms over the same features: a structured
// averaged perceptron (Collins 2002) with cost-augmented decoding, or a
// linear-chain CRF with L2 regularisation (crf_trainer.hpp). The names the training entities have
// become the model's memory (Model::Name), learnt in ten folds so that their weight is honest.
//
// Deterministic: the same data, gazetteer, options and seed give the same
// model file, byte for byte — the seed only orders the perceptron's sentences
// of each epoch (mt19937_64, its output fixed by the standard), and
// everything else runs in one thread in a fixed order. The perceptron's file
// is the same on every platform; the CRF's uses std::exp and std::log, whose
// last bits may differ between C libraries.
#ifndef CADENA_NER_TRAINER_HPP
#define CADENA_NER_TRAINER_HPP

#include <cstdint>
#include <functional>
#include <vector>

#include "chunk_score.hpp"
#include "conll.hpp"
#include "gazetteer.hpp"
#include "model.hpp"

namespace cadena::ner {

enum class Algorithm { perceptron, crf };

struct TrainingOptions {
  // The CRF's model scores higher on new text (docs/ner.md).
  Algorithm algorithm = Algorithm::crf;
  // Perceptron: passes over the training data.
  int epochs = 10;
  std::uint64_t seed = 1;
  // Features seen fewer times than this in the training data are not learnt;
  // 0: the algorithm's own, 2 for the CRF (as good on AnCora dev as 1, and
  // twice as fast to train), 1 for the perceptron.
  int min_feature_count = 0;
  // Weights smaller than this are dropped from the model file.
  float prune = 0.02f;
  // Perceptron: score added to every wrong label while learning (see trainer.cpp).
  float margin = 3.0f;
  // CRF: at most this many L-BFGS iterations, and the penalty l2 / 2 × |w|²
  // added to the training data's negative log-likelihood.
  int iterations = 200;
  double l2 = 1.0;
  // Lowercase words seen this often make the lexicon (lexicon.hpp).
  int min_lexicon_count = 2;
};

// After each perceptron epoch or CRF iteration.
struct EpochReport {
  int epoch;
  std::size_t mistakes;  // perceptron: sentences the model got wrong while learning
  std::size_t sentences;
  double loss;      // CRF: the penalised negative log-likelihood being minimised
  ChunkCounts dev;  // of the model so far (the perceptron's averaged); zero without dev data
  double seconds;
};

// `dev` may be empty; it is only tagged for the progress reports, never
// learnt from. Throws std::invalid_argument when `train` has no entity.
Model train(const std::vector<TaggedSentence>& train, const std::vector<TaggedSentence>& dev,
            const Gazetteer& gazetteer, const TrainingOptions& options,
            const std::function<void(const EpochReport&)>& progress);

}  // namespace cadena::ner

#endif  // CADENA_NER_TRAINER_HPP
