// ROUGE on cases small enough to count by hand.
#include "rouge.hpp"

#include <gtest/gtest.h>

namespace cadena::summarize::rouge {
namespace {

constexpr double kExact = 1e-12;

TEST(Rouge, WordsAreLowercaseAndAccentFolded) {
  EXPECT_EQ(words("Canción ÚNICA, año 10.000"),
            (std::vector<std::string>{"cancion", "unica", "año", "10.000"}));
}

// Candidate "el gato come", reference "el gato come pescado": 3 of 3
// candidate words are in the reference, 3 of its 4 are covered.
TEST(Rouge, CandidateInsideTheReference) {
  Scores s = score("El gato come.", "el gato come pescado");
  EXPECT_NEAR(s.rouge1.precision, 1.0, kExact);
  EXPECT_NEAR(s.rouge1.recall, 0.75, kExact);
  EXPECT_NEAR(s.rouge1.f, 6.0 / 7, kExact);  // 2 * 1 * 0.75 / 1.75
  // Bigrams: {el gato, gato come} against {el gato, gato come, come pescado}.
  EXPECT_NEAR(s.rouge2.precision, 1.0, kExact);
  EXPECT_NEAR(s.rouge2.recall, 2.0 / 3, kExact);
  EXPECT_NEAR(s.rouge2.f, 0.8, kExact);
  // LCS = "el gato come", 3 words.
  EXPECT_NEAR(s.rougeL.f, 6.0 / 7, kExact);
}

// Candidate "la la la casa", reference "la casa de la playa": the reference
// has "la" twice, so only two of the candidate's three count.
TEST(Rouge, RepeatedWordsAreClipped) {
  Scores s = score("la la la casa", "la casa de la playa");
  EXPECT_NEAR(s.rouge1.precision, 3.0 / 4, kExact);  // la, la, casa
  EXPECT_NEAR(s.rouge1.recall, 3.0 / 5, kExact);
  EXPECT_NEAR(s.rouge1.f, 2.0 / 3, kExact);  // 2 * 0.75 * 0.6 / 1.35
  // Bigrams {la la, la la, la casa} against {la casa, casa de, de la, la playa}.
  EXPECT_NEAR(s.rouge2.precision, 1.0 / 3, kExact);
  EXPECT_NEAR(s.rouge2.recall, 1.0 / 4, kExact);
  EXPECT_NEAR(s.rouge2.f, 2.0 / 7, kExact);
  // LCS: "la casa" (or "la la"), 2 words: P = 2/4, R = 2/5.
  EXPECT_NEAR(s.rougeL.precision, 0.5, kExact);
  EXPECT_NEAR(s.rougeL.recall, 0.4, kExact);
  EXPECT_NEAR(s.rougeL.f, 4.0 / 9, kExact);
}

// The same words in another order: all unigrams, no bigram, LCS of one.
TEST(Rouge, OrderMattersForRouge2AndL) {
  Scores s = score("b a", "a b");
  EXPECT_NEAR(s.rouge1.f, 1.0, kExact);
  EXPECT_NEAR(s.rouge2.f, 0.0, kExact);
  EXPECT_NEAR(s.rougeL.f, 0.5, kExact);
}

TEST(Rouge, AccentsAndCaseDoNotMatter) {
  Scores s = score("CANCIÓN única", "cancion Unica");
  EXPECT_NEAR(s.rouge1.f, 1.0, kExact);
  EXPECT_NEAR(s.rouge2.f, 1.0, kExact);
  EXPECT_NEAR(s.rougeL.f, 1.0, kExact);
}

TEST(Rouge, NothingInCommonOrNothingAtAllScoresZero) {
  Scores none = score("uno dos", "tres cuatro");
  EXPECT_EQ(none.rouge1.f, 0.0);
  EXPECT_EQ(none.rougeL.f, 0.0);
  Scores empty = score("", "tres cuatro");
  EXPECT_EQ(empty.rouge1.precision, 0.0);
  EXPECT_EQ(empty.rouge1.f, 0.0);
  EXPECT_EQ(empty.rouge2.f, 0.0);
}

}  // namespace
}  // namespace cadena::summarize::rouge
