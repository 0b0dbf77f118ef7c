#include "crf_trainer.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "lbfgs.hpp"

namespace cadena::ner {

// One sentence's forward-backward values. Each token's alpha row is scaled to
// sum to 1 (Rabiner 1989), and its beta row by the same factors, so that
// alpha × beta is the marginal and nothing overflows however long the sentence.
struct ChainCrf::Lattice {
  std::vector<double> odds;   // tokens × labels: exp(emission − the token's highest)
  std::vector<double> alpha;  // tokens × labels
  std::vector<double> beta;   // tokens × labels
  std::vector<double> scale;  // per token: what its alpha row was divided by
  // odds × beta / scale of token i: what the edges into token i share.
  void incoming(std::size_t i, std::size_t labels, double* out) const {
    for (std::size_t y = 0; y < labels; ++y)
      out[y] = odds[i * labels + y] * beta[i * labels + y] / scale[i];
  }
};

namespace {

std::vector<double> as_doubles(const std::vector<char>& flags) {
  return std::vector<double>(flags.begin(), flags.end());
}

}  // namespace

ChainCrf::ChainCrf(const LabelSet& labels)
    : labels_(labels.size()),
      allowed_(as_doubles(labels.allowed_moves())),
      may_end_(as_doubles(labels.allowed_ends())) {}

std::vector<double> ChainCrf::factors_of(const double* transitions) const {
  std::vector<double> factors(allowed_.size());
  for (std::size_t k = 0; k < factors.size(); ++k)
    factors[k] = allowed_[k] * std::exp(transitions[k]);
  return factors;
}

// `factors`: see factors_of().
double ChainCrf::forward_backward(const std::vector<double>& emissions, std::size_t tokens,
                                  const std::vector<double>& factors, Lattice& t) const {
  const std::size_t L = labels_;
  t.odds.resize(tokens * L);
  t.alpha.resize(tokens * L);
  t.beta.resize(tokens * L);
  t.scale.resize(tokens);
  double log_z = 0;
  for (std::size_t i = 0; i < tokens; ++i) {
    const double* e = &emissions[i * L];
    double top = *std::max_element(e, e + L);
    for (std::size_t y = 0; y < L; ++y) t.odds[i * L + y] = std::exp(e[y] - top);
    log_z += top;
  }
  for (std::size_t i = 0; i < tokens; ++i) {
    double* a = &t.alpha[i * L];
    double total = 0;
    for (std::size_t y = 0; y < L; ++y) {
      double in = 0;
      if (i == 0) {
        in = factors[y];
      } else {
        const double* before = &t.alpha[(i - 1) * L];
        for (std::size_t p = 0; p < L; ++p) in += before[p] * factors[(p + 1) * L + y];
      }
      a[y] = in * t.odds[i * L + y];
      total += a[y];
    }
    for (std::size_t y = 0; y < L; ++y) a[y] /= total;
    t.scale[i] = total;
    log_z += std::log(total);
  }
  const double* last = &t.alpha[(tokens - 1) * L];
  double end = 0;
  for (std::size_t y = 0; y < L; ++y) end += last[y] * may_end_[y];
  log_z += std::log(end);
  for (std::size_t y = 0; y < L; ++y) t.beta[(tokens - 1) * L + y] = may_end_[y] / end;
  std::vector<double> in(L);
  for (std::size_t i = tokens - 1; i-- > 0;) {
    t.incoming(i + 1, L, in.data());
    for (std::size_t p = 0; p < L; ++p) {
      double sum = 0;
      for (std::size_t y = 0; y < L; ++y) sum += factors[(p + 1) * L + y] * in[y];
      t.beta[i * L + p] = sum;
    }
  }
  return log_z;
}

double ChainCrf::marginals(const std::vector<double>& emissions, std::size_t tokens,
                           const std::vector<double>& transitions,
                           std::vector<double>& marginals) const {
  Lattice t;
  double log_z = forward_backward(emissions, tokens, factors_of(transitions.data()), t);
  marginals.resize(tokens * labels_);
  for (std::size_t k = 0; k < marginals.size(); ++k) marginals[k] = t.alpha[k] * t.beta[k];
  return log_z;
}

double ChainCrf::loss(const std::vector<Example>& examples, const std::vector<double>& weights,
                      double l2, std::vector<double>& gradient) const {
  const std::size_t L = labels_;
  const std::size_t emission_size = weights.size() - allowed_.size();
  const double* transitions = &weights[emission_size];
  std::vector<double> factors = factors_of(transitions);
  gradient.assign(weights.size(), 0.0);
  double* transition_gradient = &gradient[emission_size];

  double total = 0;
  Lattice t;
  std::vector<double> node(L);
  for (const Example& e : examples) {
    const std::size_t tokens = e.tokens();
    if (tokens == 0) continue;
    std::vector<double> emissions = emissions_of(e, weights, L);
    total += forward_backward(emissions, tokens, factors, t);
    for (std::size_t i = 0; i < tokens; ++i) {
      std::size_t from = i ? static_cast<std::size_t>(e.gold[i - 1]) + 1 : 0;
      std::size_t to = static_cast<std::size_t>(e.gold[i]);
      total -= emissions[i * L + to] + transitions[from * L + to];
      transition_gradient[from * L + to] -= 1;
      for (std::size_t y = 0; y < L; ++y) node[y] = t.alpha[i * L + y] * t.beta[i * L + y];
      node[to] -= 1;
      for (std::size_t k = e.starts[i]; k < e.starts[i + 1]; ++k) {
        if (e.features[k] == kUnknownFeature) continue;
        double* g = &gradient[static_cast<std::size_t>(e.features[k]) * L];
        for (std::size_t y = 0; y < L; ++y) g[y] += node[y];
      }
    }
    // Expected transitions: from the start into token 0, then between tokens.
    for (std::size_t y = 0; y < L; ++y) transition_gradient[y] += t.alpha[y] * t.beta[y];
    for (std::size_t i = 1; i < tokens; ++i) {
      t.incoming(i, L, node.data());
      for (std::size_t p = 0; p < L; ++p) {
        double a = t.alpha[(i - 1) * L + p];
        for (std::size_t y = 0; y < L; ++y)
          transition_gradient[(p + 1) * L + y] += a * factors[(p + 1) * L + y] * node[y];
      }
    }
  }
  for (std::size_t k = 0; k < weights.size(); ++k) {
    total += 0.5 * l2 * weights[k] * weights[k];
    gradient[k] += l2 * weights[k];
  }
  return total;
}

namespace {

std::vector<float> floats(const std::vector<double>& values, std::size_t begin, std::size_t end) {
  return std::vector<float>(values.begin() + static_cast<std::ptrdiff_t>(begin),
                            values.begin() + static_cast<std::ptrdiff_t>(end));
}

}  // namespace

Model train_crf(TrainingData data, const std::vector<TaggedSentence>& dev,
                const TrainingOptions& options,
                const std::function<void(const EpochReport&)>& progress) {
  const std::size_t L = data.labels.size();
  const std::size_t emission_size = data.hashes.size() * L;
  ChainCrf crf(data.labels);
  std::vector<double> weights(emission_size + (L + 1) * L, 0.0);
  LbfgsOptions lbfgs;
  lbfgs.iterations = options.iterations;
  auto start = std::chrono::steady_clock::now();
  minimise(
      [&](const std::vector<double>& w, std::vector<double>& gradient) {
        return crf.loss(data.train, w, options.l2, gradient);
      },
      weights, lbfgs,
      [&](int iteration, const std::vector<double>& w, double loss) {
        EpochReport report{iteration, 0, data.train.size(), loss, ChunkCounts(), 0.0};
        if (!dev.empty())
          report.dev =
              score_dev(data, dev, floats(w, 0, emission_size), floats(w, emission_size, w.size()));
        auto now = std::chrono::steady_clock::now();
        report.seconds = std::chrono::duration<double>(now - start).count();
        start = now;
        if (progress) progress(report);
      });
  return model_of(std::move(data), floats(weights, 0, emission_size),
                  floats(weights, emission_size, weights.size()), options.prune);
}

}  // namespace cadena::ner
