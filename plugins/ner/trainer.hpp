// Training a Model: a structured averaged perceptron (Collins 2002) with
// cost-augmented decoding, over BILOU labels with first-order Viterbi, on
// CoNLL sentences. The names the training entities have become the model's
// memory (Model::Name), learnt in ten folds so that their weight is honest.
//
// Deterministic: the same data, gazetteer, options and seed give the same
// model file, byte for byte, on every platform — the seed only orders the
// sentences of each epoch (mt19937_64, its output fixed by the standard), and
// everything else runs in one thread in a fixed order.
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

struct TrainingOptions {
  int epochs = 10;
  std::uint64_t seed = 1;
  // Features seen fewer times than this in the training data are not learnt.
  int min_feature_count = 1;
  // Averaged weights smaller than this are dropped from the model file.
  float prune = 0.02f;
  // Score added to every wrong label while learning (see trainer.cpp).
  float margin = 3.0f;
  // Lowercase words seen this often make the lexicon (lexicon.hpp).
  int min_lexicon_count = 2;
};

struct EpochReport {
  int epoch;
  std::size_t mistakes;  // sentences the model got wrong while learning
  std::size_t sentences;
  ChunkCounts dev;  // of the averaged model so far; all zero without dev data
  double seconds;
};

// `dev` may be empty; it is only tagged for the progress reports, never
// learnt from. Throws std::invalid_argument when `train` has no entity.
Model train(const std::vector<TaggedSentence>& train, const std::vector<TaggedSentence>& dev,
            const Gazetteer& gazetteer, const TrainingOptions& options,
            const std::function<void(const EpochReport&)>& progress);

}  // namespace cadena::ner

#endif  // CADENA_NER_TRAINER_HPP
