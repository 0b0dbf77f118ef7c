// Concepts (pairs of consecutive terms) and their weights, the documents that
// have them, worked out by hand.
#include "concepts.hpp"

#include <gtest/gtest.h>

namespace cadena::summarize {
namespace {

constexpr Concept pair(std::uint32_t first, std::uint32_t second) {
  return static_cast<Concept>(first) << 32 | second;
}

TEST(SentenceConcepts, PairsOfConsecutiveTermsOnceEach) {
  // 5 7 5 7: the pairs 5-7, 7-5 and 5-7 again; the order of the two terms counts.
  EXPECT_EQ(sentence_concepts({5, 7, 5, 7}), (std::vector<Concept>{pair(5, 7), pair(7, 5)}));
  EXPECT_EQ(sentence_concepts({9, 1}), (std::vector<Concept>{pair(9, 1)}));
  EXPECT_TRUE(sentence_concepts({4}).empty());
  EXPECT_TRUE(sentence_concepts({}).empty());
}

// a in all three documents (twice in the first, which counts once), c in two,
// b in one.
class Weights : public ::testing::Test {
 protected:
  const Concept a = pair(1, 2), b = pair(2, 3), c = pair(3, 4);
  void add_documents(ConceptWeights& weights) {
    weights.add_document({{a, b}, {a}});
    weights.add_document({{a, c}});
    weights.add_document({{a}, {}, {c}});
  }
};

TEST_F(Weights, AConceptWeighsTheDocumentsThatHaveIt) {
  ConceptWeights weights(1);
  add_documents(weights);
  ConceptList list = weights.weigh({a, b, c});
  ASSERT_EQ(list.size(), 3u);
  // Indices in order of first weighing: a, b, c.
  EXPECT_EQ(list[0].index, 0u);
  EXPECT_EQ(list[0].weight, 3u);
  EXPECT_EQ(list[1].index, 1u);
  EXPECT_EQ(list[1].weight, 1u);
  EXPECT_EQ(list[2].index, 2u);
  EXPECT_EQ(list[2].weight, 2u);
  EXPECT_EQ(weights.size(), 3u);
}

TEST_F(Weights, OneOutletsOwnPhrasingWeighsNothing) {
  ConceptWeights weights(2);
  add_documents(weights);
  ConceptList first = weights.weigh({c});
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].index, 0u);  // c is weighed first here
  EXPECT_EQ(first[0].weight, 2u);
  ConceptList list = weights.weigh({a, b, c});  // b: one document
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].index, 0u);  // c keeps its index; the list is sorted by index
  EXPECT_EQ(list[1].index, 1u);  // a
  EXPECT_EQ(list[1].weight, 3u);
  EXPECT_TRUE(weights.weigh({pair(8, 9)}).empty());  // in no document
  EXPECT_EQ(weights.size(), 2u);
}

}  // namespace
}  // namespace cadena::summarize
