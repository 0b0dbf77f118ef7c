#include "mapped_text.hpp"

#include <gtest/gtest.h>

#include "clean_test_support.hpp"

namespace cadena::clean {
namespace {

using testing::as_rows;
using testing::Rows;

TEST(MappedText, ContiguousCopiesMakeOnePiece) {
  MappedText t;
  t.copy("ab", 10);
  t.copy("cd", 12);
  EXPECT_EQ(t.text(), "abcd");
  EXPECT_EQ(as_rows(t.pieces()), (Rows{{0, 4, 10, 14}}));
}

TEST(MappedText, CopiesWithAGapStaySeparate) {
  MappedText t;
  t.copy("ab", 0);
  t.copy("cd", 5);  // bytes 2-4 of the original were dropped
  EXPECT_EQ(as_rows(t.pieces()), (Rows{{0, 2, 0, 2}, {2, 4, 5, 7}}));
}

TEST(MappedText, ReplacementStandsForItsWholeRange) {
  MappedText t;
  t.copy("caf", 0);
  t.replace("\xC3\xA9", 3, 11);  // "é" for "&eacute;"
  EXPECT_EQ(as_rows(t.pieces()), (Rows{{0, 3, 0, 3}, {3, 5, 3, 11}}));
}

TEST(MappedText, SameLengthReplacementNeverReadsAsACopy) {
  MappedText two;
  two.replace("ab", 3, 5);
  // All but the last byte stand for the whole range, the last for the empty
  // range after it.
  EXPECT_EQ(as_rows(two.pieces()), (Rows{{0, 1, 3, 5}, {1, 2, 5, 5}}));

  MappedText one;
  one.copy("a", 0);
  one.replace(" ", 1, 2);  // a tab written as a space
  one.copy("b", 2);
  EXPECT_EQ(as_rows(one.pieces()), (Rows{{0, 1, 0, 1}, {1, 2, 2, 2}, {2, 3, 2, 3}}));
}

TEST(MappedText, OverlappingReplacementsMerge) {
  MappedText t;
  t.replace("x", 0, 4);
  t.replace("y", 2, 6);
  EXPECT_EQ(t.text(), "xy");
  EXPECT_EQ(as_rows(t.pieces()), (Rows{{0, 2, 0, 6}}));
}

TEST(MappedText, SeparatorIsAnEmptyRange) {
  MappedText t;
  t.copy("a", 0);
  t.replace("\n\n", 1, 1);
  t.copy("b", 7);
  EXPECT_EQ(as_rows(t.pieces()), (Rows{{0, 1, 0, 1}, {1, 3, 1, 1}, {3, 4, 7, 8}}));
}

// A source: "a" copied from 0, "é" decoded from bytes 1-8, "b" copied from 9.
MappedText decoded_source() {
  MappedText source;
  source.copy("a", 0);
  source.replace("\xC3\xA9", 1, 9);
  source.copy("b", 9);
  return source;
}

TEST(MappedText, CopyFromKeepsTheSourcesMap) {
  const MappedText source = decoded_source();
  MappedText all;
  all.copy_from(source, 0, source.text().size());
  EXPECT_EQ(as_rows(all.pieces()), as_rows(source.pieces()));

  MappedText middle;
  middle.copy_from(source, 1, 3);
  EXPECT_EQ(middle.text(), "\xC3\xA9");
  EXPECT_EQ(as_rows(middle.pieces()), (Rows{{0, 2, 1, 9}}));
}

TEST(MappedText, CopyFromPartOfAReplacementTakesAllOfIt) {
  const MappedText source = decoded_source();
  MappedText t;
  t.copy_from(source, 1, 2);
  t.copy_from(source, 2, 3);
  EXPECT_EQ(as_rows(t.pieces()), (Rows{{0, 2, 1, 9}}));
}

TEST(MappedText, ReplaceFromWidensToWholeReplacements) {
  const MappedText source = decoded_source();
  MappedText t;
  t.replace_from("E", source, 2, 4);  // from inside "é" to the end of "b"
  EXPECT_EQ(as_rows(t.pieces()), (Rows{{0, 1, 1, 10}}));
}

TEST(MappedText, OriginalPositions) {
  const MappedText source = decoded_source();
  EXPECT_EQ(source.orig_begin_at(0), 0u);
  EXPECT_EQ(source.orig_begin_at(2), 1u);  // inside "é": its start
  EXPECT_EQ(source.orig_end_at(2), 9u);    // ... or its end
  EXPECT_EQ(source.orig_end_at(4), 10u);
  EXPECT_EQ(source.orig_begin_at(4), 10u);  // the end of the text
}

TEST(MappedText, AppendShiftsTheView) {
  MappedText a;
  a.copy("ab", 0);
  MappedText b;
  b.replace("\xC3\xA9", 4, 12);
  a.append(b);
  EXPECT_EQ(a.text(), "ab\xC3\xA9");
  EXPECT_EQ(as_rows(a.pieces()), (Rows{{0, 2, 0, 2}, {2, 4, 4, 12}}));
}

TEST(MappedText, TextMovedBackwardsStandsForNothingWhereTheMapIs) {
  // A parser may move text ahead of where it stood (a table's stray text goes
  // before the table); the host reads the original forwards only.
  MappedText t;
  t.copy("cell", 20);
  t.copy("stray", 10);
  EXPECT_EQ(as_rows(t.pieces()), (Rows{{0, 4, 20, 24}, {4, 9, 24, 24}}));
}

}  // namespace
}  // namespace cadena::clean
