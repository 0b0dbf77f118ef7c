#include "block_normalizer.hpp"

#include <gtest/gtest.h>

#include "clean_test_support.hpp"

namespace cadena::clean {
namespace {

using testing::as_rows;
using testing::map_holds;
using testing::Rows;

// Normalizes `original` as one raw block copied from offset 0.
MappedText normalize(std::string_view original) {
  static const BlockNormalizer normalizer;
  MappedText raw;
  raw.copy(original, 0);
  return normalizer.normalize(raw);
}

TEST(BlockNormalizer, CollapsesWhiteSpaceKeepingPlainSpacesAsCopies) {
  const std::string original = "  La   casa\t\tazul \n";
  const MappedText t = normalize(original);
  EXPECT_EQ(t.text(), "La casa azul");
  // "La" and the first of its three spaces; "casa"; a space standing for two
  // tabs; "azul".
  EXPECT_EQ(as_rows(t.pieces()),
            (Rows{{0, 3, 2, 5}, {3, 7, 7, 11}, {7, 8, 11, 13}, {8, 12, 13, 17}}));
  EXPECT_TRUE(map_holds(original, t));
}

TEST(BlockNormalizer, LineBreaksAndNoBreakSpacesBecomeSpaces) {
  const std::string original =
      "uno\r\ndos\xC2\xA0tres\xE3\x80\x80"
      "cuatro";
  const MappedText t = normalize(original);
  EXPECT_EQ(t.text(), "uno dos tres cuatro");
  EXPECT_TRUE(map_holds(original, t));
}

TEST(BlockNormalizer, ComposesDecomposedCharactersAndMapsThemBack) {
  const std::string original = "cafe\xCC\x81 ok";  // e + COMBINING ACUTE ACCENT
  const MappedText t = normalize(original);
  EXPECT_EQ(t.text(), "caf\xC3\xA9 ok");  // é, U+00E9
  // The composed é (2 bytes) stands for the three bytes of e + U+0301.
  EXPECT_EQ(as_rows(t.pieces()), (Rows{{0, 3, 0, 3}, {3, 5, 3, 6}, {5, 8, 6, 9}}));
  EXPECT_TRUE(map_holds(original, t));
}

TEST(BlockNormalizer, ComposedTextIsCopiedWhole) {
  const std::string original = "Serguéi Lavrov, canciller de Rusia";
  const MappedText t = normalize(original);
  EXPECT_EQ(t.text(), original);
  EXPECT_EQ(as_rows(t.pieces()), (Rows{{0, original.size(), 0, original.size()}}));
}

TEST(BlockNormalizer, ReorderedMarksOfTheSameLengthAreNoCopy) {
  // e + U+0323 (dot below) + U+0301 (acute) composes to U+1EB9 + U+0301:
  // five bytes for five other bytes.
  const std::string original = "e\xCC\xA3\xCC\x81";
  const MappedText t = normalize(original);
  EXPECT_EQ(t.text(), "\xE1\xBA\xB9\xCC\x81");
  EXPECT_TRUE(map_holds(original, t));
}

TEST(BlockNormalizer, RemovesControlAndInvisibleCharacters) {
  // A control character, a NUL, a soft hyphen, a zero width space, a BOM.
  const char bytes[] =
      "a\x01"
      "b c\0d pa\xC2\xAD"
      "labra x\xE2\x80\x8B"
      "y\xEF\xBB\xBF"
      "z";
  const std::string original(bytes, sizeof bytes - 1);
  const MappedText t = normalize(original);
  EXPECT_EQ(t.text(), "ab cd palabra xyz");
  EXPECT_TRUE(map_holds(original, t));
}

TEST(BlockNormalizer, ComposesAcrossARemovedControlCharacter) {
  const std::string original = "e\x01\xCC\x81";
  const MappedText t = normalize(original);
  EXPECT_EQ(t.text(), "\xC3\xA9");
  EXPECT_EQ(as_rows(t.pieces()), (Rows{{0, 2, 0, 4}}));
}

TEST(BlockNormalizer, DropsBytesThatAreNotUtf8) {
  const std::string original =
      "a\xFF"
      "b \xC3";
  const MappedText t = normalize(original);
  EXPECT_EQ(t.text(), "ab");
  EXPECT_TRUE(map_holds(original, t));
}

TEST(BlockNormalizer, NothingVisibleGivesNothing) {
  EXPECT_TRUE(normalize(" \t\n\xC2\xA0\x01").empty());
  EXPECT_TRUE(normalize("").empty());
}

}  // namespace
}  // namespace cadena::clean
