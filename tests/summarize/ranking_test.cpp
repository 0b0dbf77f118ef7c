// The ranking pieces on inputs small enough to work out by hand: the
// logarithm, TF-IDF and cosine, the sentence graph and LexRank.
#include <gtest/gtest.h>

#include <cmath>

#include "portable_math.hpp"
#include "sentence_graph.hpp"
#include "term_vectors.hpp"

namespace cadena::summarize {
namespace {

TEST(PortableLog, AgreesWithLibm) {
  EXPECT_EQ(portable_log(1.0), 0.0);
  for (double x : {1e-300, 0.001, 0.5, 0.75, 1.3333333333333333, 2.0, 2.718281828459045, 10.0,
                   12345.678, 1e300})
    EXPECT_NEAR(portable_log(x), std::log(x), 4 * std::abs(std::log(x)) * 1e-16 + 1e-300) << x;
}

TEST(TermVectors, CountsTermsInOrder) {
  TermCounts counts = count_terms({7, 2, 7, 7});
  ASSERT_EQ(counts.size(), 2u);
  EXPECT_EQ(counts[0].term, 2u);
  EXPECT_EQ(counts[0].count, 1u);
  EXPECT_EQ(counts[1].term, 7u);
  EXPECT_EQ(counts[1].count, 3u);
}

// Three sentences: {0, 1}, {0}, {2}. Term 0 is in two of them:
// idf = 1 + ln(4/3) = 1.287682; terms 1 and 2 in one: 1 + ln(4/2) = 1.693147.
TEST(TermVectors, TfIdfAndCosine) {
  std::vector<TermCounts> sentences{count_terms({0, 1}), count_terms({0}), count_terms({2})};
  InverseDocumentFrequency idf(sentences);
  EXPECT_NEAR(idf(0), 1.287682, 1e-6);
  EXPECT_NEAR(idf(1), 1.693147, 1e-6);
  TermVector first = tf_idf(sentences[0], idf);
  // (1.287682, 1.693147) / sqrt(1.658125 + 2.866747) = (1.287682, 1.693147) / 2.127175
  ASSERT_EQ(first.size(), 2u);
  EXPECT_NEAR(first[0].weight, 0.605349, 1e-6);
  EXPECT_NEAR(first[1].weight, 0.795961, 1e-6);
  TermVector second = tf_idf(sentences[1], idf);  // (1) on term 0
  EXPECT_NEAR(cosine(first, second), 0.605349, 1e-6);
  EXPECT_EQ(cosine(first, tf_idf(sentences[2], idf)), 0.0);
  EXPECT_NEAR(cosine(first, first), 1.0, 1e-15);
  EXPECT_TRUE(tf_idf(TermCounts{}, idf).empty());  // a sentence of stop words only
}

// A term counted twice weighs twice as much before scaling.
TEST(TermVectors, TermFrequencyCounts) {
  std::vector<TermCounts> sentences{count_terms({0, 0, 1}), count_terms({0, 1})};
  InverseDocumentFrequency idf(sentences);  // both terms in both: the same idf
  TermVector v = tf_idf(sentences[0], idf);
  EXPECT_NEAR(v[0].weight, 2 / std::sqrt(5.0), 1e-15);
  EXPECT_NEAR(v[1].weight, 1 / std::sqrt(5.0), 1e-15);
}

TermVector unit(std::initializer_list<TermWeight> weights) { return TermVector(weights); }

// a = t0; b = 0.6 t0 + 0.8 t1; c = t1; d = t2: cos(a,b) = 0.6, cos(b,c) = 0.8,
// cos(a,c) = 0, d alone.
TEST(SentenceGraph, LinksSimilarSentencesAboveTheThreshold) {
  std::vector<TermVector> v{unit({{0, 1}}), unit({{0, 0.6}, {1, 0.8}}), unit({{1, 1}}),
                            unit({{2, 1}})};
  SentenceGraph graph(v, 0.1);
  ASSERT_EQ(graph.size(), 4u);
  std::vector<std::pair<std::uint32_t, double>> b;
  for (const auto& e : graph.neighbours(1)) b.push_back({e.to, e.weight});
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0].first, 0u);
  EXPECT_EQ(b[0].second, cosine(v[1], v[0]));  // bit for bit
  EXPECT_EQ(b[1].first, 2u);
  EXPECT_NEAR(b[1].second, 0.8, 1e-15);
  EXPECT_EQ(graph.neighbours(3).begin(), graph.neighbours(3).end());

  SentenceGraph strict(v, 0.7);  // only b - c is left
  EXPECT_EQ(strict.neighbours(0).begin(), strict.neighbours(0).end());
  ASSERT_EQ(strict.neighbours(2).end() - strict.neighbours(2).begin(), 1);
  EXPECT_EQ(strict.neighbours(2).begin()->to, 1u);
}

// A star: the centre resembles each of three leaves (cosine 1/sqrt(3)), the
// leaves nothing else. With damping d and the leaves at (1 - c) / 3 each,
// c = (1-d)/4 + d (1 - c), so c = ((1-d)/4 + d) / (1 + d) = 0.8875 / 1.85.
TEST(LexRank, TheCentreOfAStar) {
  double third = 1 / std::sqrt(3.0);
  std::vector<TermVector> v{unit({{0, third}, {1, third}, {2, third}}), unit({{0, 1}}),
                            unit({{1, 1}}), unit({{2, 1}})};
  std::vector<double> rank = lexrank(SentenceGraph(v, 0.1));
  EXPECT_NEAR(rank[0], 0.8875 / 1.85, 1e-9);
  for (int leaf = 1; leaf <= 3; ++leaf) EXPECT_NEAR(rank[leaf], (1 - 0.8875 / 1.85) / 3, 1e-9);
}

// Two linked sentences and a lone one. The lone one gets only jumps:
// c = (1-d)/3 + d c / 3, so c = 0.05 / (1 - 0.85/3) = 0.0697674; the pair
// shares the rest.
TEST(LexRank, ALoneSentenceKeepsOnlyTheRandomJump) {
  std::vector<TermVector> v{unit({{0, 1}}), unit({{0, 1}}), unit({{1, 1}})};
  std::vector<double> rank = lexrank(SentenceGraph(v, 0.1));
  EXPECT_NEAR(rank[2], 0.05 / (1 - 0.85 / 3), 1e-9);
  EXPECT_NEAR(rank[0], (1 - rank[2]) / 2, 1e-9);
  EXPECT_EQ(rank[0], rank[1]);
}

TEST(LexRank, NoEdgesIsUniform) {
  std::vector<double> rank = lexrank(SentenceGraph({unit({{0, 1}}), unit({{1, 1}})}, 0.1));
  ASSERT_EQ(rank.size(), 2u);
  EXPECT_DOUBLE_EQ(rank[0], 0.5);
  EXPECT_DOUBLE_EQ(rank[1], 0.5);
  EXPECT_TRUE(lexrank(SentenceGraph({}, 0.1)).empty());
}

}  // namespace
}  // namespace cadena::summarize
