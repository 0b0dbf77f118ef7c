// The tokenizer on the cases Spanish news needs (see tokenizer.hpp).
#include "tokenizer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_files.hpp"

namespace cadena::ner {
namespace {

using Words = std::vector<std::string>;

Words tokens_of(const std::string& text) {
  static const Tokenizer tokenizer(CADENA_NER_DATA_DIR "/es/abbreviations.txt");
  Words out;
  for (const Token& t : tokenizer.tokenize(text))
    out.push_back(text.substr(t.begin, t.end - t.begin));
  return out;
}

TEST(Tokenizer, KeepsAbbreviationsWithSpacesWhole) {
  EXPECT_EQ(tokens_of("Llegó a EE. UU. ayer."), (Words{"Llegó", "a", "EE. UU.", "ayer", "."}));
  EXPECT_EQ(tokens_of("en EE.UU. y Canadá"), (Words{"en", "EE.UU.", "y", "Canadá"}));
  EXPECT_EQ(tokens_of("el Sr. Pérez, p. ej. hoy"),
            (Words{"el", "Sr.", "Pérez", ",", "p. ej.", "hoy"}));
}

TEST(Tokenizer, KeepsHyphenatedNamesWhole) {
  EXPECT_EQ(tokens_of("Kim Jong-un visitó Moscú."),
            (Words{"Kim", "Jong-un", "visitó", "Moscú", "."}));
  EXPECT_EQ(tokens_of("ganó 2-0 al Castilla-La Mancha"),
            (Words{"ganó", "2-0", "al", "Castilla-La", "Mancha"}));
  EXPECT_EQ(tokens_of("guerra - dijo"), (Words{"guerra", "-", "dijo"}));
}

TEST(Tokenizer, KeepsNumbersAndOrdinalsWhole) {
  EXPECT_EQ(tokens_of("el 1.º de 10.000 soldados"),
            (Words{"el", "1.º", "de", "10.000", "soldados"}));
  EXPECT_EQ(tokens_of("la 3.ª vez, el 16º, 1,5 %"),
            (Words{"la", "3.ª", "vez", ",", "el", "16º", ",", "1,5", "%"}));
}

TEST(Tokenizer, KeepsAddressesWhole) {
  EXPECT_EQ(
      tokens_of("Escriba a prensa@efe.es o vea https://www.efe.com/es/a?b=1."),
      (Words{"Escriba", "a", "prensa@efe.es", "o", "vea", "https://www.efe.com/es/a?b=1", "."}));
  EXPECT_EQ(tokens_of("(www.aeat.es)"), (Words{"(", "www.aeat.es", ")"}));
  EXPECT_EQ(tokens_of("juan.perez@uni-madrid.es,"), (Words{"juan.perez@uni-madrid.es", ","}));
}

TEST(Tokenizer, InitialsAndEllipsis) {
  EXPECT_EQ(tokens_of("George W. Bush dijo..."), (Words{"George", "W.", "Bush", "dijo", "..."}));
  // A capital letter ending the text is the end of the sentence, not an initial.
  EXPECT_EQ(tokens_of("la vitamina C."), (Words{"la", "vitamina", "C", "."}));
}

TEST(Tokenizer, PunctuationAndQuotes) {
  EXPECT_EQ(tokens_of("«¿Vienes?», preguntó."),
            (Words{"«", "¿", "Vienes", "?", "»", ",", "preguntó", "."}));
  EXPECT_EQ(tokens_of("l'Hospitalet"), (Words{"l'Hospitalet"}));
}

TEST(Tokenizer, OffsetsAreBytesOfTheText) {
  std::string text = "  Pionyang  y Seúl ";
  Tokenizer tokenizer(CADENA_NER_DATA_DIR "/es/abbreviations.txt");
  std::vector<Token> tokens = tokenizer.tokenize(text);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].begin, 2u);
  EXPECT_EQ(tokens[2].begin, 14u);
  EXPECT_EQ(tokens[2].end, 19u);  // "Seúl" is 5 bytes
  EXPECT_TRUE(tokenizer.tokenize("").empty());
}

TEST(Tokenizer, BadAbbreviationFileNamesTheLine) {
  std::string path = write_test_file("bad_abbreviations.txt", "# abbreviations\nSr.\nSra\n");
  try {
    Tokenizer tokenizer(path);
    FAIL() << "accepted an abbreviation without a period";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()),
              path + ":3: 'Sra' does not end with a period; write abbreviations as in text");
  }
}

}  // namespace
}  // namespace cadena::ner
