// Training by a linear-chain conditional random field (Lafferty, McCallum &
// Pereira 2001) over the perceptron's features, labels and transitions,
// minimising the training sentences' negative log-likelihood plus an L2
// penalty by L-BFGS (Sha & Pereira 2003; lbfgs.hpp). Where the perceptron
// fits the training data almost perfectly, the penalty trades fit for
// smaller weights that carry better to new text.
//
// The weights are one vector: emissions (features × labels, row-major), then
// transitions ((labels + 1) × labels, as viterbi.hpp has them). Transitions
// the label scheme forbids have probability zero: their weights stay 0 and
// are never used.
#ifndef CADENA_NER_CRF_TRAINER_HPP
#define CADENA_NER_CRF_TRAINER_HPP

#include <cstddef>
#include <functional>
#include <vector>

#include "labels.hpp"
#include "trainer.hpp"
#include "training_data.hpp"

namespace cadena::ner {

class ChainCrf {
 public:
  explicit ChainCrf(const LabelSet& labels);

  // P(label of token i = y | sentence) into `marginals` (tokens × labels),
  // by forward-backward with per-token scaling; returns log Z, the log of the
  // sum over all allowed label sequences of exp(score).
  double marginals(const std::vector<double>& emissions, std::size_t tokens,
                   const std::vector<double>& transitions, std::vector<double>& marginals) const;

  // Σ over `examples` of -log P(gold labels | sentence), plus l2 / 2 × |w|²;
  // sets `gradient` (resized to weights.size()) to its gradient: expected
  // minus observed feature counts plus l2 × w.
  double loss(const std::vector<Example>& examples, const std::vector<double>& weights, double l2,
              std::vector<double>& gradient) const;

 private:
  struct Lattice;
  // exp(transition) where the label scheme allows the move, 0 where it forbids
  // it; `transitions` has (labels + 1) × labels weights.
  std::vector<double> factors_of(const double* transitions) const;
  double forward_backward(const std::vector<double>& emissions, std::size_t tokens,
                          const std::vector<double>& factors, Lattice& lattice) const;

  std::size_t labels_;
  std::vector<double> allowed_;  // (labels + 1) × labels, 1 or 0
  std::vector<double> may_end_;  // 1 or 0
};

// Learns from `data` (see trainer.hpp for `dev` and `progress`, one report an
// L-BFGS iteration); uses options.l2, options.iterations and options.prune.
Model train_crf(TrainingData data, const std::vector<TaggedSentence>& dev,
                const TrainingOptions& options,
                const std::function<void(const EpochReport&)>& progress);

}  // namespace cadena::ner

#endif  // CADENA_NER_CRF_TRAINER_HPP
