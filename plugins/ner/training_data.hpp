// What every trainer learns from (trainer.cpp's perceptron, crf_trainer.cpp's
// CRF): the label set, the lexicon, the training names learnt in ten folds,
// and each sentence's features interned as dense ids — and the way back from
// dense weights to a Model. Both trainers thus share features, labels,
// transitions and the file format; only how the weights are learnt differs.
#ifndef CADENA_NER_TRAINING_DATA_HPP
#define CADENA_NER_TRAINING_DATA_HPP

#include <cstddef>
#include <cstdint>
#include <vector>

#include "chunk_score.hpp"
#include "conll.hpp"
#include "gazetteer.hpp"
#include "labels.hpp"
#include "lexicon.hpp"
#include "model.hpp"
#include "viterbi.hpp"

namespace cadena::ner {

// A feature the training data does not know (only dev sentences have them).
constexpr int kUnknownFeature = -1;

// A sentence ready for learning: per token, the dense ids of its features.
struct Example {
  std::vector<int> features;
  std::vector<std::size_t> starts;  // token i's ids: features[starts[i], starts[i + 1])
  std::vector<int> gold;            // labels; empty for dev sentences, scored by their tags
  std::size_t tokens() const { return starts.empty() ? 0 : starts.size() - 1; }
};

struct TrainingData {
  LabelSet labels;
  Lexicon lexicon;
  std::vector<Model::Name> names;     // all the training names, for the model
  std::vector<std::uint64_t> hashes;  // feature id -> feature hash
  std::vector<Example> train;         // with gold labels
  std::vector<Example> dev;           // one per dev sentence, gold empty
};

// Throws std::invalid_argument when `train` has no entity. Features seen fewer
// than `min_feature_count` times in `train` get no id.
TrainingData prepare_training(const std::vector<TaggedSentence>& train,
                              const std::vector<TaggedSentence>& dev, const Gazetteer& gazetteer,
                              int min_lexicon_count, int min_feature_count);

// Per token and label, the sum of the weights of the token's features;
// `weights` is features × labels, row-major.
template <typename Weight>
std::vector<Weight> emissions_of(const Example& e, const std::vector<Weight>& weights,
                                 std::size_t labels) {
  std::vector<Weight> scores(e.tokens() * labels, Weight(0));
  for (std::size_t i = 0; i < e.tokens(); ++i)
    for (std::size_t k = e.starts[i]; k < e.starts[i + 1]; ++k) {
      if (e.features[k] == kUnknownFeature) continue;
      const Weight* w = &weights[static_cast<std::size_t>(e.features[k]) * labels];
      for (std::size_t y = 0; y < labels; ++y) scores[i * labels + y] += w[y];
    }
  return scores;
}

// Conlleval's overall counts of Viterbi's labels for `data.dev` against the
// tags of `dev` (the sentences it was made from).
ChunkCounts score_dev(const TrainingData& data, const std::vector<TaggedSentence>& dev,
                      const std::vector<float>& emission, const std::vector<float>& transition);

// The model of learnt weights: `emission` is features × labels, `transition`
// as viterbi.hpp has it; weights below `prune` in magnitude are dropped.
Model model_of(TrainingData data, const std::vector<float>& emission, std::vector<float> transition,
               float prune);

}  // namespace cadena::ner

#endif  // CADENA_NER_TRAINING_DATA_HPP
