// One label per entity key in a document (label_vote.hpp).
#include "label_vote.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace cadena::ner {
namespace {

using Labels = std::vector<std::string>;

TEST(LabelVote, TheMajorityLabelOfAKeyWins) {
  EXPECT_EQ(one_label_per_key({{"lavrov", "PER"},
                               {"rusia", "LOC"},
                               {"lavrov", "ORG"},
                               {"lavrov", "PER"},
                               {"rusia", "ORG"},
                               {"rusia", "LOC"}}),
            (Labels{"PER", "LOC", "PER", "PER", "LOC", "LOC"}));
}

TEST(LabelVote, ATieKeepsEachMentionsOwnLabel) {
  EXPECT_EQ(one_label_per_key({{"madrid", "LOC"}, {"madrid", "ORG"}}), (Labels{"LOC", "ORG"}));
  // A minority mention between two tied labels keeps its own as well.
  EXPECT_EQ(one_label_per_key({{"x", "LOC"}, {"x", "LOC"}, {"x", "ORG"}, {"x", "ORG"},
                               {"x", "MISC"}}),
            (Labels{"LOC", "LOC", "ORG", "ORG", "MISC"}));
  EXPECT_TRUE(one_label_per_key({}).empty());
}

}  // namespace
}  // namespace cadena::ner
