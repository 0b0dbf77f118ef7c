#include <cadena/page_encoding.hpp>
#include <cadena/utf8.hpp>
#include <gtest/gtest.h>

#include <string>

namespace {

using cadena::declared_charset;
using cadena::decode_to_utf8;

TEST(DeclaredCharset, ReadsMetaCharsetHttpEquivAndXml) {
  EXPECT_EQ(declared_charset("<html><head><meta charset=\"ISO-8859-1\" /></head>"), "iso-8859-1");
  EXPECT_EQ(declared_charset("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1250\">"),
            "windows-1250");
  EXPECT_EQ(declared_charset("<meta charset = 'utf-8'>"), "utf-8");
  EXPECT_EQ(declared_charset("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><html>"), "iso-8859-15");
  EXPECT_EQ(declared_charset("<html><meta name=\"description\" content=\"charset\"></html>"), "");
  EXPECT_EQ(declared_charset("<p>charset=latin1</p>"), "");
}

TEST(DecodeToUtf8, ValidUtf8StaysAsItIsWhateverThePageDeclares) {
  std::string page = "<meta charset=\"iso-8859-1\"><p>Año nuevo, «vida» nueva.</p>";
  const std::string before = page;
  EXPECT_EQ(decode_to_utf8(page, true), "");
  EXPECT_EQ(page, before);
}

TEST(DecodeToUtf8, DecodesTheDeclaredLatin1AsBrowsersDo) {
  // 0xE4 is ä in ISO-8859-1; 0x93/0x94 are curly quotes only in Windows-1252,
  // which browsers read ISO-8859-1 pages as.
  std::string page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                     "<p>Leslie Clio pr\xE4sentiert \x93" "Brave New World\x94.</p>";
  EXPECT_EQ(decode_to_utf8(page, true), "windows-1252");
  EXPECT_EQ(page, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                  "<p>Leslie Clio präsentiert “Brave New World”.</p>");
}

TEST(DecodeToUtf8, DecodesOtherDeclaredCharsets) {
  std::string page = "<meta charset=\"windows-1250\"><p>Zaj\xEA\x63ie \xB9 \x9Cwi\xEAta</p>";
  EXPECT_EQ(decode_to_utf8(page, true), "windows-1250");
  EXPECT_EQ(page, "<meta charset=\"windows-1250\"><p>Zajęcie ą święta</p>");
}

TEST(DecodeToUtf8, ATextIgnoresMarkupThatLooksLikeADeclaration) {
  // Plain text has no <meta>: a long enough Latin-1 text is detected instead.
  std::string text =
      "<meta charset=\"koi8-r\"> Die Stra\xDF" "e f\xFChrt \xFC" "ber den Flu\xDF und die Br\xFC" "cke "
      "ist f\xFCr die B\xFCrger der Stadt gesperrt, weil die Arbeiten l\xE4nger dauern als geplant. "
      "Der B\xFCrgermeister sagte, man m\xFCsse noch zwei Wochen warten, bis die Stra\xDF" "e wieder "
      "offen sei und die Busse fahren k\xF6nnten.";
  const std::string charset = decode_to_utf8(text, false);
  EXPECT_TRUE(charset == "windows-1252" || charset == "iso-8859-1") << charset;
  EXPECT_NE(text.find("Die Straße führt über den Fluß"), std::string::npos) << text;
}

TEST(DecodeToUtf8, UndeclaredLatin1IsDetected) {
  std::string page =
      "<html><body><p>La ciudad anunci\xF3 que el puente estar\xE1 cerrado durante el invierno, "
      "porque las obras de reparaci\xF3n se alargan m\xE1s de lo previsto. El alcalde pidi\xF3 "
      "paciencia a los vecinos y prometi\xF3 autobuses gratuitos mientras duren los trabajos en "
      "la orilla norte del r\xEDo.</p></body></html>";
  const std::string charset = decode_to_utf8(page, true);
  EXPECT_TRUE(charset == "windows-1252" || charset == "iso-8859-1") << charset;
  EXPECT_NE(page.find("La ciudad anunció que el puente estará cerrado"), std::string::npos) << page;
  EXPECT_EQ(cadena::find_invalid_utf8(page), std::string::npos);
}

TEST(DecodeToUtf8, DamagedUtf8KeepsItsTextWithAReplacementCharacter) {
  // A page that declares UTF-8 and is UTF-8 but for a character cut in two.
  std::string page = "<meta charset=\"UTF-8\"><p>Fundacja, Poznań, Łódź, Gdańsk, Kraków, "
                     "zażółć gęślą jaźń; przemyt papieros\xC3...</p>";
  EXPECT_EQ(decode_to_utf8(page, true), "utf-8");
  EXPECT_EQ(page, "<meta charset=\"UTF-8\"><p>Fundacja, Poznań, Łódź, Gdańsk, Kraków, "
                  "zażółć gęślą jaźń; przemyt papieros\xEF\xBF\xBD...</p>");
}

TEST(DecodeToUtf8, Utf16WithAByteOrderMark) {
  std::string le("\xFF\xFE" "A\0\xF1\0o\0.\0", 10);
  EXPECT_EQ(decode_to_utf8(le, false), "utf-16le");
  EXPECT_EQ(le, "Año.");
  std::string be("\xFE\xFF\0A\0\xF1\0o\0.", 10);
  EXPECT_EQ(decode_to_utf8(be, false), "utf-16be");
  EXPECT_EQ(be, "Año.");
}

TEST(DecodeToUtf8, BinaryDataIsLeftForTheInputChecks) {
  std::string binary("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\xFF\xFE\x80", 19);
  const std::string before = binary;
  EXPECT_EQ(decode_to_utf8(binary, false), "");
  EXPECT_EQ(binary, before);
}

}  // namespace
