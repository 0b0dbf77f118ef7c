#include <cadena/document.hpp>
#include <cadena/error.hpp>
#include <gtest/gtest.h>

namespace cadena {

// Original "a&amp;b  c": the entity becomes "&" and two spaces become one.
//   original bytes: a=0 &amp;=1..6 b=6 ' '=7 ' '=8 c=9 (size 10)
//   view "a&b c":   a=0 &=1 b=2 ' '=3 c=4
OffsetMap entity_and_spaces() {
  return OffsetMap({{0, 1, 0, 1}, {1, 2, 1, 6}, {2, 3, 6, 7}, {3, 4, 7, 9}, {4, 5, 9, 10}}, 5, 10);
}

TEST(OffsetMap, IdentityWithoutPieces) {
  OffsetMap m;
  EXPECT_TRUE(m.identity());
  EXPECT_EQ(m.to_original_begin(7), 7u);
  EXPECT_EQ(m.to_original_end(7), 7u);
}

TEST(OffsetMap, CopiedPiecesMapByteForByte) {
  OffsetMap m = entity_and_spaces();
  EXPECT_EQ(m.to_original_begin(0), 0u);
  EXPECT_EQ(m.to_original_begin(2), 6u);  // 'b'
  EXPECT_EQ(m.to_original_end(3), 7u);    // after 'b'
  EXPECT_EQ(m.to_original_begin(4), 9u);  // 'c'
  EXPECT_EQ(m.to_original_end(5), 10u);
}

TEST(OffsetMap, ReplacedPiecesMapAsABlock) {
  OffsetMap m = entity_and_spaces();
  // The span "&" covers the whole entity in the original.
  EXPECT_EQ(m.to_original_begin(1), 1u);
  EXPECT_EQ(m.to_original_end(2), 6u);
  // The collapsed space covers both original spaces.
  EXPECT_EQ(m.to_original_begin(3), 7u);
  EXPECT_EQ(m.to_original_end(4), 9u);
}

TEST(OffsetMap, DroppedOriginalTextIsSkipped) {
  // view "ab" from original "a<x>b": the tag was dropped between two pieces.
  OffsetMap m({{0, 1, 0, 1}, {1, 2, 4, 5}}, 2, 5);
  EXPECT_EQ(m.to_original_begin(1), 4u);
  EXPECT_EQ(m.to_original_end(1), 1u);
  EXPECT_EQ(m.to_original_end(2), 5u);
}

TEST(OffsetMap, RefusesPiecesThatDoNotCoverTheViewInOrder) {
  EXPECT_THROW(OffsetMap({{0, 1, 0, 1}, {2, 3, 2, 3}}, 3, 3), Error);  // gap
  EXPECT_THROW(OffsetMap({{0, 2, 0, 2}}, 3, 3), Error);                // short
  EXPECT_THROW(OffsetMap({{0, 1, 2, 3}, {1, 2, 0, 1}}, 2, 3), Error);  // backwards
  EXPECT_THROW(OffsetMap({{0, 1, 0, 9}}, 1, 3), Error);                // past the original
}

}  // namespace cadena
