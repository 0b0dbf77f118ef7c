// Budgets and Maximal Marginal Relevance, worked out by hand.
#include "selection.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace cadena::summarize {
namespace {

using Indices = std::vector<std::size_t>;

TEST(Budget, Limits) {
  Limits three = limits_of(Budget::sentences(3), 40);
  EXPECT_EQ(three.sentences, 3u);
  EXPECT_EQ(three.characters, Limits::kNone);
  EXPECT_EQ(limits_of(Budget::ratio(0.3), 10).sentences, 3u);   // not 4 from 3.0000000000000004
  EXPECT_EQ(limits_of(Budget::ratio(0.25), 10).sentences, 3u);  // 2.5 rounds up
  EXPECT_EQ(limits_of(Budget::ratio(0.01), 10).sentences, 1u);  // at least one
  EXPECT_EQ(limits_of(Budget::ratio(1.0), 7).sentences, 7u);
  Limits chars = limits_of(Budget::characters(280), 10);
  EXPECT_EQ(chars.sentences, Limits::kNone);
  EXPECT_EQ(chars.characters, 280u);
}

// Sentences 0 and 1 say the same (cosine 1); 2 says something else.
class Mmr : public ::testing::Test {
 protected:
  std::vector<double> relevance{1.0, 0.9, 0.5};
  std::vector<TermVector> vectors{{{0, 1.0}}, {{0, 1.0}}, {{1, 1.0}}};
  std::vector<std::size_t> characters{10, 5, 4};
  Limits sentences(std::size_t n) { return {n, Limits::kNone}; }
};

TEST_F(Mmr, RelevanceAloneTakesTheBest) {
  EXPECT_EQ(select_mmr(relevance, vectors, characters, sentences(3), {1.0, 2.0}),
            (Indices{0, 1, 2}));
}

// After 0: sentence 1 scores 0.7 * 0.9 - 0.3 * 1 = 0.33, sentence 2 scores
// 0.7 * 0.5 - 0.3 * 0 = 0.35.
TEST_F(Mmr, RedundancyLowersARepeat) {
  EXPECT_EQ(select_mmr(relevance, vectors, characters, sentences(3), {0.7, 2.0}),
            (Indices{0, 2, 1}));
  // With lambda 0.8, 0.8 * 0.9 - 0.2 = 0.52 beats 0.8 * 0.5 = 0.40.
  EXPECT_EQ(select_mmr(relevance, vectors, characters, sentences(2), {0.8, 2.0}), (Indices{0, 1}));
}

TEST_F(Mmr, ANearDuplicateIsNeverChosen) {
  EXPECT_EQ(select_mmr(relevance, vectors, characters, sentences(3), {1.0, 0.5}), (Indices{0, 2}));
}

TEST_F(Mmr, TiesGoToTheEarlierSentence) {
  std::vector<double> equal{0.5, 0.5, 0.5};
  EXPECT_EQ(select_mmr(equal, vectors, characters, sentences(1), {0.7, 0.5}), (Indices{0}));
  std::vector<TermVector> distinct{{{0, 1.0}}, {{1, 1.0}}, {{2, 1.0}}};
  EXPECT_EQ(select_mmr(equal, distinct, characters, sentences(3), {0.7, 0.5}), (Indices{0, 1, 2}));
}

// Characters count the sentences and one space between two.
TEST_F(Mmr, CharacterBudget) {
  Limits sixteen{Limits::kNone, 16};  // 10 + 1 + 5 = 16 fits; then 4 more do not
  EXPECT_EQ(select_mmr(relevance, vectors, characters, sixteen, {1.0, 2.0}), (Indices{0, 1}));
  Limits fifteen{Limits::kNone, 15};  // 10 + 1 + 5 = 17 does not; 10 + 1 + 4 does
  EXPECT_EQ(select_mmr(relevance, vectors, characters, fifteen, {1.0, 2.0}), (Indices{0, 2}));
  Limits nine{Limits::kNone, 9};  // the best sentence is too long: the next ones
  EXPECT_EQ(select_mmr(relevance, vectors, characters, nine, {1.0, 2.0}), (Indices{1}));
  Limits three{Limits::kNone, 3};
  EXPECT_TRUE(select_mmr(relevance, vectors, characters, three, {1.0, 2.0}).empty());
}

TEST_F(Mmr, NothingToChooseFrom) { EXPECT_TRUE(select_mmr({}, {}, {}, sentences(3), {}).empty()); }

// Across documents, the weight of the concepts a sentence adds comes before
// MMR. Sentence 0 has concept 0 (weight 3); 1 has concepts 0 and 1 (3 + 2);
// 2 has concept 2 (weight 2).
TEST_F(Mmr, SharedFactsComeFirst) {
  std::vector<ConceptList> concepts{{{0, 3}}, {{0, 3}, {1, 2}}, {{2, 2}}};
  // Adds 3, 5, 2: sentence 1, though 0 is more relevant. Then 0 adds nothing
  // (concept 0 is in), 2 adds 2. Then 0, the last.
  EXPECT_EQ(select_mmr(relevance, vectors, characters, sentences(3), {0.7, 2.0}, concepts),
            (Indices{1, 2, 0}));
  // The same with no concepts: MMR alone, as in RedundancyLowersARepeat.
  EXPECT_EQ(select_mmr(relevance, vectors, characters, sentences(3), {0.7, 2.0}, {}),
            (Indices{0, 2, 1}));
}

// All three add the same concept: the first choice is MMR's; after it none
// adds anything, and MMR goes on alone.
TEST_F(Mmr, EqualSharedFactsLeaveTheChoiceToMmr) {
  std::vector<ConceptList> concepts{{{0, 2}}, {{0, 2}}, {{0, 2}}};
  EXPECT_EQ(select_mmr(relevance, vectors, characters, sentences(3), {0.7, 2.0}, concepts),
            (Indices{0, 2, 1}));
}

TEST_F(Mmr, ConceptsForOtherSentencesAreRefused) {
  std::vector<ConceptList> two{{{0, 1}}, {{1, 1}}};
  EXPECT_THROW(select_mmr(relevance, vectors, characters, sentences(3), {0.7, 2.0}, two),
               std::invalid_argument);
}

// Sentence 1 adds the most and is taken first; 0, its copy (cosine 1), would
// add concept 0 but is a near-duplicate.
TEST_F(Mmr, ANearDuplicateIsNeverChosenForItsSharedFacts) {
  std::vector<ConceptList> concepts{{{0, 1}}, {{1, 5}}, {{2, 1}}};
  EXPECT_EQ(select_mmr(relevance, vectors, characters, sentences(3), {0.7, 0.5}, concepts),
            (Indices{1, 2}));
}

}  // namespace
}  // namespace cadena::summarize
