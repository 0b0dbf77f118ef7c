#include "trainer.hpp"

#include <chrono>
#include <random>

#include "crf_trainer.hpp"
#include "training_data.hpp"
#include "viterbi.hpp"

namespace cadena::ner {
namespace {

// The perceptron's weights with Daumé's averaging trick: `sum` accumulates
// each update times the step it was made at, so that the average over all
// steps is current - sum / step, without touching every weight every step.
struct Weights {
  Weights(std::size_t features, std::size_t labels)
      : labels(labels),
        emission(features * labels),
        emission_sum(features * labels),
        transition((labels + 1) * labels),
        transition_sum((labels + 1) * labels) {}

  void update_emission(int feature, int label, float delta) {
    std::size_t k = static_cast<std::size_t>(feature) * labels + static_cast<std::size_t>(label);
    emission[k] += delta;
    emission_sum[k] += static_cast<double>(delta) * step;
  }
  void update_transition(int prev, int next, float delta) {
    std::size_t k = static_cast<std::size_t>(prev + 1) * labels + static_cast<std::size_t>(next);
    transition[k] += delta;
    transition_sum[k] += static_cast<double>(delta) * step;
  }
  std::vector<float> averaged_emission() const { return averaged(emission, emission_sum); }
  std::vector<float> averaged_transition() const { return averaged(transition, transition_sum); }
  std::vector<float> averaged(const std::vector<float>& current,
                              const std::vector<double>& sum) const {
    std::vector<float> out(current.size());
    for (std::size_t k = 0; k < current.size(); ++k)
      out[k] = static_cast<float>(current[k] - sum[k] / step);
    return out;
  }

  std::size_t labels;
  std::vector<float> emission;
  std::vector<double> emission_sum;
  std::vector<float> transition;
  std::vector<double> transition_sum;
  double step = 1;
};

// Learns from one sentence; returns whether the model got it wrong. Wrong
// labels get `margin` extra score while decoding (cost-augmented decoding), so
// the model keeps learning until the gold labels win by a margin.
bool learn(const Example& e, Weights& w, const Viterbi& viterbi, float margin) {
  std::size_t tokens = e.gold.size();
  std::vector<float> scores = emissions_of(e, w.emission, w.labels);
  for (std::size_t i = 0; i < tokens; ++i)
    for (std::size_t y = 0; y < w.labels; ++y)
      if (static_cast<int>(y) != e.gold[i]) scores[i * w.labels + y] += margin;
  std::vector<int> guess = viterbi.decode(scores, tokens, w.transition);
  bool wrong = guess != e.gold;
  if (wrong) {
    for (std::size_t i = 0; i < tokens; ++i) {
      int gold_prev = i ? e.gold[i - 1] : -1;
      int guess_prev = i ? guess[i - 1] : -1;
      if (gold_prev != guess_prev || e.gold[i] != guess[i]) {
        w.update_transition(gold_prev, e.gold[i], 1.0f);
        w.update_transition(guess_prev, guess[i], -1.0f);
      }
      if (e.gold[i] == guess[i]) continue;
      for (std::size_t k = e.starts[i]; k < e.starts[i + 1]; ++k) {
        if (e.features[k] == kUnknownFeature) continue;
        w.update_emission(e.features[k], e.gold[i], 1.0f);
        w.update_emission(e.features[k], guess[i], -1.0f);
      }
    }
  }
  w.step += 1;
  return wrong;
}

Model train_perceptron(TrainingData data, const std::vector<TaggedSentence>& dev,
                       const TrainingOptions& options,
                       const std::function<void(const EpochReport&)>& progress) {
  const std::size_t L = data.labels.size();
  Weights weights(data.hashes.size(), L);
  Viterbi viterbi(data.labels);
  std::vector<std::size_t> order(data.train.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 random(options.seed);
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    auto start = std::chrono::steady_clock::now();
    for (std::size_t i = order.size(); i > 1; --i)  // Fisher-Yates: std::shuffle varies by library
      std::swap(order[i - 1], order[random() % i]);
    std::size_t mistakes = 0;
    for (std::size_t s : order) mistakes += learn(data.train[s], weights, viterbi, options.margin);
    EpochReport report{epoch, mistakes, data.train.size(), 0.0, ChunkCounts(), 0.0};
    if (!dev.empty())
      report.dev = score_dev(data, dev, weights.averaged_emission(), weights.averaged_transition());
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (progress) progress(report);
  }
  return model_of(std::move(data), weights.averaged_emission(), weights.averaged_transition(),
                  options.prune);
}

}  // namespace

Model train(const std::vector<TaggedSentence>& train, const std::vector<TaggedSentence>& dev,
            const Gazetteer& gazetteer, const TrainingOptions& options,
            const std::function<void(const EpochReport&)>& progress) {
  bool crf = options.algorithm == Algorithm::crf;
  int min_feature_count = options.min_feature_count ? options.min_feature_count : crf ? 2 : 1;
  TrainingData data =
      prepare_training(train, dev, gazetteer, options.min_lexicon_count, min_feature_count);
  if (crf) return train_crf(std::move(data), dev, options, progress);
  return train_perceptron(std::move(data), dev, options, progress);
}

}  // namespace cadena::ner
