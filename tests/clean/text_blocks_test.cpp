#include "text_blocks.hpp"

#include <gtest/gtest.h>

#include "clean_test_support.hpp"

namespace cadena::clean {
namespace {

std::vector<std::string> texts(std::string_view text) {
  std::vector<std::string> out;
  for (const Block& b : read_text(text)) {
    EXPECT_TRUE(testing::map_holds(text, b.text));
    out.push_back(b.text.text());
  }
  return out;
}

using Texts = std::vector<std::string>;

TEST(TextBlocks, OneBlockPerLineBlankLinesOrNot) {
  EXPECT_EQ(texts("Uno.\nDos.\n\n  Tres.  \n\n\n"), (Texts{"Uno.", "Dos.", "Tres."}));
  EXPECT_EQ(texts("Uno.\r\nDos.\r\n"), (Texts{"Uno.", "Dos."}));
  EXPECT_TRUE(texts("\n \n\t\n").empty());
}

TEST(TextBlocks, WrappedLinesGoOn) {
  // Cut before a lowercase word, or after a comma: one paragraph.
  EXPECT_EQ(texts("El ministro dijo que\nla reunión fue un éxito.\nOtra línea."),
            (Texts{"El ministro dijo que\nla reunión fue un éxito.", "Otra línea."}));
  EXPECT_EQ(texts("Madrid, Barcelona,\nValencia y Sevilla."),
            (Texts{"Madrid, Barcelona,\nValencia y Sevilla."}));
}

TEST(TextBlocks, HeadingsAndListLeadInsStayApart) {
  EXPECT_EQ(texts("Más soldados y armas para Rusia\nDurante los últimos dos años."),
            (Texts{"Más soldados y armas para Rusia", "Durante los últimos dos años."}));
  EXPECT_EQ(texts("- Defensa mutua en caso de agresión externa:\nambos países reiteraron."),
            (Texts{"- Defensa mutua en caso de agresión externa:", "ambos países reiteraron."}));
  EXPECT_EQ(texts("“Show mediático”\nla frase"), (Texts{"“Show mediático”", "la frase"}));
}

}  // namespace
}  // namespace cadena::clean
