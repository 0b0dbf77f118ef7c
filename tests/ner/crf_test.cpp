// The CRF trainer (crf_trainer.hpp) against brute force: marginals against
// enumerating every label sequence, the gradient against finite differences;
// and L-BFGS (lbfgs.hpp) on a function with a known minimum.
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "crf_trainer.hpp"
#include "lbfgs.hpp"

namespace cadena::ner {
namespace {

std::vector<double> random_values(std::size_t n, std::uint64_t seed) {
  std::mt19937_64 random(seed);
  std::uniform_real_distribution<double> value(-2.0, 2.0);
  std::vector<double> out(n);
  for (double& v : out) v = value(random);
  return out;
}

// exp(score) of every allowed label sequence of `tokens` tokens, by enumeration.
struct Enumeration {
  double z = 0;
  std::vector<double> marginals;  // tokens × labels
};

Enumeration enumerate(const LabelSet& labels, const std::vector<double>& emissions,
                      std::size_t tokens, const std::vector<double>& transitions) {
  const std::size_t L = labels.size();
  Enumeration out;
  out.marginals.assign(tokens * L, 0.0);
  std::vector<int> path(tokens, 0);
  for (;;) {
    bool allowed = labels.may_end(path.back());
    double score = 0;
    for (std::size_t i = 0; i < tokens; ++i) {
      int prev = i ? path[i - 1] : -1;
      allowed = allowed && labels.may_follow(prev, path[i]);
      score +=
          emissions[i * L + static_cast<std::size_t>(path[i])] +
          transitions[static_cast<std::size_t>(prev + 1) * L + static_cast<std::size_t>(path[i])];
    }
    if (allowed) {
      out.z += std::exp(score);
      for (std::size_t i = 0; i < tokens; ++i)
        out.marginals[i * L + static_cast<std::size_t>(path[i])] += std::exp(score);
    }
    std::size_t i = 0;
    while (i < tokens && ++path[i] == static_cast<int>(L)) path[i++] = 0;
    if (i == tokens) break;
  }
  for (double& m : out.marginals) m /= out.z;
  return out;
}

TEST(Crf, MarginalsEqualEnumeration) {
  LabelSet labels({"LOC", "PER"});
  const std::size_t L = labels.size(), tokens = 3;
  std::vector<double> emissions = random_values(tokens * L, 1);
  std::vector<double> transitions = random_values((L + 1) * L, 2);
  std::vector<double> marginals;
  double log_z = ChainCrf(labels).marginals(emissions, tokens, transitions, marginals);
  Enumeration truth = enumerate(labels, emissions, tokens, transitions);
  EXPECT_NEAR(log_z, std::log(truth.z), 1e-9);
  ASSERT_EQ(marginals.size(), truth.marginals.size());
  for (std::size_t i = 0; i < tokens; ++i) {
    double sum = 0;
    for (std::size_t y = 0; y < L; ++y) {
      EXPECT_NEAR(marginals[i * L + y], truth.marginals[i * L + y], 1e-9) << i << " " << y;
      sum += marginals[i * L + y];
    }
    EXPECT_NEAR(sum, 1.0, 1e-12);
  }
  // Forbidden: inside or last of an entity at the start, begin at the end.
  EXPECT_EQ(marginals[2], 0.0);          // I-LOC on token 0
  EXPECT_EQ(marginals[2 * L + 1], 0.0);  // B-LOC on the last token
}

TEST(Crf, MarginalsOfALongSentenceStayFinite) {
  LabelSet labels({"PER"});
  const std::size_t L = labels.size(), tokens = 2000;
  std::vector<double> emissions = random_values(tokens * L, 3);
  for (double& e : emissions) e *= 100;
  std::vector<double> marginals;
  double log_z =
      ChainCrf(labels).marginals(emissions, tokens, random_values((L + 1) * L, 4), marginals);
  EXPECT_TRUE(std::isfinite(log_z));
  for (double m : marginals) ASSERT_TRUE(m >= 0 && m <= 1 + 1e-12) << m;
}

// Three features, one label type (five labels), two sentences.
std::vector<Example> tiny_examples() {
  Example a{{0, 1, 2, 1, 2}, {0, 2, 3, 5}, {1, 3, 0}};    // B-PER L-PER O
  Example b{{2, 0, kUnknownFeature}, {0, 1, 3}, {0, 4}};  // O U-PER
  return {a, b};
}

TEST(Crf, GradientMatchesFiniteDifferences) {
  LabelSet labels({"PER"});
  const std::size_t L = labels.size();
  ChainCrf crf(labels);
  std::vector<Example> examples = tiny_examples();
  std::vector<double> weights = random_values(3 * L + (L + 1) * L, 5);
  std::vector<char> allowed = labels.allowed_moves();
  for (std::size_t k = 0; k < allowed.size(); ++k)
    if (!allowed[k]) weights[3 * L + k] = 0;  // as training keeps them
  const double l2 = 0.3, h = 1e-6;
  std::vector<double> gradient, ignored;
  crf.loss(examples, weights, l2, gradient);
  ASSERT_EQ(gradient.size(), weights.size());
  for (std::size_t k = 0; k < weights.size(); ++k) {
    std::vector<double> up = weights, down = weights;
    up[k] += h;
    down[k] -= h;
    double numeric =
        (crf.loss(examples, up, l2, ignored) - crf.loss(examples, down, l2, ignored)) / (2 * h);
    EXPECT_NEAR(gradient[k], numeric, 1e-6) << "weight " << k;
  }
  for (std::size_t k = 0; k < allowed.size(); ++k)
    if (!allowed[k]) EXPECT_EQ(gradient[3 * L + k], 0.0) << "forbidden transition " << k;
}

TEST(Crf, LossIsTheNegativeLogLikelihoodPlusThePenalty) {
  LabelSet labels({"PER"});
  const std::size_t L = labels.size();
  std::vector<double> weights(3 * L + (L + 1) * L, 0.0);
  std::vector<double> gradient;
  // All weights 0: every allowed sequence is as likely. Two tokens of one
  // type have five (O O, O U, U O, U U, B L), three have thirteen.
  double loss = ChainCrf(labels).loss(tiny_examples(), weights, 1.0, gradient);
  Enumeration three = enumerate(labels, std::vector<double>(3 * L), 3, weights);
  Enumeration two = enumerate(labels, std::vector<double>(2 * L), 2, weights);
  EXPECT_NEAR(loss, std::log(three.z) + std::log(two.z), 1e-12);
  EXPECT_EQ(two.z, 5.0);
  EXPECT_EQ(three.z, 13.0);
  weights[0] = 2;
  EXPECT_NEAR(ChainCrf(labels).loss({}, weights, 0.5, gradient), 0.5 * 0.5 * 4, 1e-12);
  EXPECT_EQ(gradient[0], 1.0);
}

TEST(Lbfgs, FindsTheMinimumOfRosenbrocksFunction) {
  auto rosenbrock = [](const std::vector<double>& x, std::vector<double>& g) {
    double a = 1 - x[0], b = x[1] - x[0] * x[0];
    g = {-2 * a - 400 * x[0] * b, 200 * b};
    return a * a + 100 * b * b;
  };
  std::vector<double> x = {-1.2, 1.0};
  LbfgsOptions options;
  options.iterations = 500;
  options.tolerance = 0;
  int iterations = 0;
  minimise(rosenbrock, x, options,
           [&](int i, const std::vector<double>&, double) { iterations = i; });
  EXPECT_NEAR(x[0], 1.0, 1e-5);
  EXPECT_NEAR(x[1], 1.0, 1e-5);
  EXPECT_GT(iterations, 10);
}

}  // namespace
}  // namespace cadena::ner
