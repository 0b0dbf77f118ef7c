// Reading CoNLL files, BILOU labels and conlleval's scoring.
#include "conll.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "chunk_score.hpp"
#include "labels.hpp"
#include "test_files.hpp"

namespace cadena::ner {
namespace {

using Tags = std::vector<std::string>;

TEST(Conll, ReadsSentencesSeparatedByBlankLines) {
  std::string path = write_test_file(
      "two.conll", "-DOCSTART- O\n\nKim B-PER\nJong-un I-PER\nhabló O\r\n\n\nSí O\n");
  std::vector<TaggedSentence> sentences = read_conll(path);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0].tokens, (Tags{"Kim", "Jong-un", "habló"}));
  EXPECT_EQ(sentences[0].tags, (Tags{"B-PER", "I-PER", "O"}));
  EXPECT_EQ(sentences[0].line, 3);
  EXPECT_EQ(sentences[1].tokens, (Tags{"Sí"}));
}

TEST(Conll, ReadsIob1AsIob2AndExtraColumns) {
  std::string path =
      write_test_file("iob1.conll", "Juan NP I-PER\nvino VM O\nJuan NP I-PER\nPérez NP I-PER\n");
  std::vector<TaggedSentence> sentences = read_conll(path);
  ASSERT_EQ(sentences.size(), 1u);
  EXPECT_EQ(sentences[0].tags, (Tags{"B-PER", "O", "B-PER", "I-PER"}));
}

TEST(Conll, BadLinesAreReportedWithFileAndLine) {
  auto error_of = [](const std::string& content) {
    std::string path = write_test_file("bad.conll", content);
    try {
      read_conll(path);
    } catch (const std::runtime_error& e) {
      return std::string(e.what()).substr(path.size());
    }
    return std::string("no error");
  };
  EXPECT_EQ(error_of("a O\nsolo\n"), ":2: expected 'TOKEN TAG', got 'solo'");
  EXPECT_EQ(error_of("a O\nb PERSON\n"), ":2: expected a tag O, B-TYPE or I-TYPE, got 'PERSON'");
  EXPECT_EQ(error_of("a O\n\xff O\n"), ":2: the line is not valid UTF-8");
  EXPECT_THROW(read_conll(scratch_dir() + "/missing.conll"), std::runtime_error);
}

TEST(Labels, BilouRoundTrip) {
  LabelSet labels({"LOC", "PER"});
  std::vector<Chunk> chunks = {{0, 1, "PER"}, {2, 5, "LOC"}};
  std::vector<int> encoded = labels.encode(chunks, 6);
  EXPECT_EQ(encoded, (std::vector<int>{8, 0, 1, 2, 3, 0}));  // U-PER O B-LOC I-LOC L-LOC O
  EXPECT_EQ(labels.decode(encoded), chunks);
  EXPECT_EQ(tags_of_chunks(chunks, 6), (Tags{"B-PER", "O", "B-LOC", "I-LOC", "I-LOC", "O"}));
  EXPECT_FALSE(labels.may_follow(-1, 2));  // no I- at the start
  EXPECT_FALSE(labels.may_follow(1, 7));   // B-LOC then L-PER
  EXPECT_TRUE(labels.may_follow(1, 3));    // B-LOC then L-LOC
  EXPECT_FALSE(labels.may_end(1));
}

TEST(ChunkScore, CountsExactSpansLikeConlleval) {
  ChunkScore score;
  score.add({"B-PER", "I-PER", "O", "B-LOC"}, {"B-PER", "I-PER", "O", "B-ORG"});
  score.add({"B-ORG", "I-ORG"}, {"B-ORG", "O"});
  EXPECT_EQ(score.overall().gold, 3u);
  EXPECT_EQ(score.overall().found, 3u);
  EXPECT_EQ(score.overall().correct, 1u);
  EXPECT_EQ(score.by_type().at("PER").correct, 1u);
  std::ostringstream table;
  score.report(table);
  EXPECT_EQ(table.str(),
            "processed 6 tokens with 3 phrases; found: 3 phrases; correct: 1.\n"
            "accuracy:  66.67%; precision:  33.33%; recall:  33.33%; FB1:  33.33\n"
            "              LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  0\n"
            "              ORG: precision:   0.00%; recall:   0.00%; FB1:   0.00  2\n"
            "              PER: precision: 100.00%; recall: 100.00%; FB1: 100.00  1\n");
}

}  // namespace
}  // namespace cadena::ner
