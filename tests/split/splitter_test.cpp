// The phenomena the splitter must get right, each with its expected sentences
// worked out by hand. Plain ICU fails most of them (noted where it does).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "splitting.hpp"

namespace cadena::split::testing {
namespace {

using Sentences = std::vector<std::string>;

TEST(Splitter, SplitsAtFinalPunctuation) {
  EXPECT_EQ(sentences("Llegó tarde. Nadie lo esperaba. ¿Por qué? ¡Qué raro!"),
            (Sentences{"Llegó tarde.", "Nadie lo esperaba.", "¿Por qué?", "¡Qué raro!"}));
}

TEST(Splitter, TrimsWhiteSpaceAndReportsByteOffsets) {
  std::string text = "  Hola.\n  Adiós.  ";
  std::vector<ByteRange> ranges = splitter().split(text, "es");
  EXPECT_EQ(ranges, (std::vector<ByteRange>{{2, 7}, {10, 17}}));  // "Adiós" has a 2-byte 'ó'
  EXPECT_TRUE(covers_text(text, ranges));
}

TEST(Splitter, EmptyOrBlankTextHasNoSentences) {
  EXPECT_TRUE(splitter().split("", "es").empty());
  EXPECT_TRUE(splitter().split(" \n\t \n", "es").empty());
}

TEST(Splitter, TextWithoutFinalPunctuationIsOneSentence) {
  EXPECT_EQ(sentences("Sin punto final"), (Sentences{"Sin punto final"}));
}

// ICU splits "EE." | "UU.".
TEST(Splitter, CountryAbbreviationEndsASentenceOnlyBeforeACapital) {
  EXPECT_EQ(sentences("Llegó a EE. UU. El presidente habló."),
            (Sentences{"Llegó a EE. UU.", "El presidente habló."}));
  EXPECT_EQ(sentences("Vive en EE. UU. desde 2010. Trabaja allí."),
            (Sentences{"Vive en EE. UU. desde 2010.", "Trabaja allí."}));
  EXPECT_EQ(sentences("Viajó a EE.UU. y a Canadá."), (Sentences{"Viajó a EE.UU. y a Canadá."}));
}

TEST(Splitter, TitlesNeverEndASentence) {
  EXPECT_EQ(sentences("Vino el Sr. García. Luego se fue."),
            (Sentences{"Vino el Sr. García.", "Luego se fue."}));
  EXPECT_EQ(sentences("La Dra. Pérez y el Lic. Gómez firmaron. El acto terminó."),
            (Sentences{"La Dra. Pérez y el Lic. Gómez firmaron.", "El acto terminó."}));
  EXPECT_EQ(sentences("Vive en la Avda. Libertad. Es grande."),
            (Sentences{"Vive en la Avda. Libertad.", "Es grande."}));
}

TEST(Splitter, ReferenceAbbreviationsStayWithTheirNumber) {
  // ICU breaks after "núm." because "5." follows.
  EXPECT_EQ(sentences("Ver el núm. 5. El resto sigue."),
            (Sentences{"Ver el núm. 5.", "El resto sigue."}));
  EXPECT_EQ(sentences("Lo dice el art. 14. Nadie lo discute."),
            (Sentences{"Lo dice el art. 14.", "Nadie lo discute."}));
}

TEST(Splitter, LowercaseAbbreviationAlsoMatchesCapitalised) {
  EXPECT_EQ(sentences("Vol. Dos salió ayer."), (Sentences{"Vol. Dos salió ayer."}));
}

TEST(Splitter, AbbreviationsThatMayEndASentence) {
  EXPECT_EQ(sentences("Compró pan, leche, etc. Después volvió."),
            (Sentences{"Compró pan, leche, etc.", "Después volvió."}));
  EXPECT_EQ(sentences("Compró pan, leche, etc. y volvió."),
            (Sentences{"Compró pan, leche, etc. y volvió."}));
  EXPECT_EQ(sentences("Nació en el 63 a. C. Murió joven."),
            (Sentences{"Nació en el 63 a. C.", "Murió joven."}));
  EXPECT_EQ(sentences("En el 63 a. C. nació Augusto."),
            (Sentences{"En el 63 a. C. nació Augusto."}));
  EXPECT_EQ(sentences("Trabaja en Telefónica S.A. Es una gran empresa."),
            (Sentences{"Trabaja en Telefónica S.A.", "Es una gran empresa."}));
  EXPECT_EQ(sentences("La firma Bimbo S. A. de C. V. anunció cambios."),
            (Sentences{"La firma Bimbo S. A. de C. V. anunció cambios."}));
}

TEST(Splitter, MonthAbbreviationOrTheSea) {
  EXPECT_EQ(sentences("Llovió el 5 de dic. de 2024 en Madrid."),
            (Sentences{"Llovió el 5 de dic. de 2024 en Madrid."}));
  EXPECT_EQ(sentences("Se fue al mar. Luego volvió."),
            (Sentences{"Se fue al mar.", "Luego volvió."}));
}

// A capitalised name before a period is no abbreviation (sentencex reads
// "Un." as one).
TEST(Splitter, NameBeforeAPeriodEndsASentence) {
  EXPECT_EQ(sentences("Se reunió con Kim Jong Un. El encuentro duró horas."),
            (Sentences{"Se reunió con Kim Jong Un.", "El encuentro duró horas."}));
}

// ICU splits after every initial.
TEST(Splitter, InitialsDoNotEndASentence) {
  EXPECT_EQ(sentences("J. R. R. Tolkien escribió mucho. Murió en 1973."),
            (Sentences{"J. R. R. Tolkien escribió mucho.", "Murió en 1973."}));
  EXPECT_EQ(sentences("Habló George W. Bush. Nadie aplaudió."),
            (Sentences{"Habló George W. Bush.", "Nadie aplaudió."}));
  EXPECT_EQ(sentences("J.R.R. Tolkien nació en 1892."),
            (Sentences{"J.R.R. Tolkien nació en 1892."}));
  // A capital after a digit ends a code, not a name.
  EXPECT_EQ(sentences("El avión se llamó CV-2B. Luego voló."),
            (Sentences{"El avión se llamó CV-2B.", "Luego voló."}));
}

TEST(Splitter, OrdinalsDoNotEndASentence) {
  EXPECT_EQ(
      sentences("El 1.º de mayo es festivo. La 2.ª edición salió. El 1.er congreso fue en 2020."),
      (Sentences{"El 1.º de mayo es festivo.", "La 2.ª edición salió.",
                 "El 1.er congreso fue en 2020."}));
  EXPECT_EQ(sentences("Quedó 2.º. El resto llegó tarde."),
            (Sentences{"Quedó 2.º.", "El resto llegó tarde."}));
}

TEST(Splitter, QuestionsAndExclamations) {
  // ICU splits before "dijo" after '!'.
  EXPECT_EQ(sentences("¿Vienes? —preguntó ella. ¡Claro! dijo él. Vamos ya."),
            (Sentences{"¿Vienes? —preguntó ella.", "¡Claro! dijo él.", "Vamos ya."}));
  EXPECT_EQ(sentences("Si llueve, ¿qué harás? No lo sé."),
            (Sentences{"Si llueve, ¿qué harás?", "No lo sé."}));
  EXPECT_EQ(sentences("Le pregunté ¿por qué? y no contestó."),
            (Sentences{"Le pregunté ¿por qué? y no contestó."}));
  EXPECT_EQ(sentences("¡Qué bien!, dijo. ¿Y ahora?"),
            (Sentences{"¡Qué bien!, dijo.", "¿Y ahora?"}));
}

TEST(Splitter, ClosingQuoteBelongsToTheSentence) {
  EXPECT_EQ(sentences("«Estamos listos.» Luego se fue."),
            (Sentences{"«Estamos listos.»", "Luego se fue."}));
  EXPECT_EQ(sentences("Dijo: “Vamos a ganar.” Nadie lo creyó."),
            (Sentences{"Dijo: “Vamos a ganar.”", "Nadie lo creyó."}));
  EXPECT_EQ(sentences("Gritó \"¡Fuera!\" Todos callaron."),
            (Sentences{"Gritó \"¡Fuera!\"", "Todos callaron."}));
  // ICU splits before "preguntó".
  EXPECT_EQ(sentences("«¿Vienes?» preguntó. Nadie respondió."),
            (Sentences{"«¿Vienes?» preguntó.", "Nadie respondió."}));
}

TEST(Splitter, EllipsisBeforeLowercaseGoesOn) {
  EXPECT_EQ(sentences("Y entonces... nada pasó. Fin."),
            (Sentences{"Y entonces... nada pasó.", "Fin."}));
  EXPECT_EQ(sentences("Esperó… y esperó. Nada."), (Sentences{"Esperó… y esperó.", "Nada."}));
  // '…' is not final punctuation to ICU: it never splits here.
  EXPECT_EQ(sentences("Esperó… Nadie vino."), (Sentences{"Esperó…", "Nadie vino."}));
}

TEST(Splitter, NoBoundaryInsideNumbers) {
  EXPECT_EQ(sentences("Costó 10.000 euros y pesó 3.5 kilos. Nada más."),
            (Sentences{"Costó 10.000 euros y pesó 3.5 kilos.", "Nada más."}));
}

TEST(Splitter, SentenceMayStartWithADigit) {
  // ICU reads "20 años" as going on in lowercase.
  EXPECT_EQ(sentences("Nació en 1990. 20 años después volvió."),
            (Sentences{"Nació en 1990.", "20 años después volvió."}));
}

TEST(Splitter, NoBoundaryInsideUrlsOrEmailAddresses) {
  // ICU splits after "?" and "!".
  EXPECT_EQ(sentences("Visite https://ejemplo.com/Pagina?Id=5 hoy. Gracias."),
            (Sentences{"Visite https://ejemplo.com/Pagina?Id=5 hoy.", "Gracias."}));
  EXPECT_EQ(sentences("Ver www.ejemplo.com/¡Hola!Adios ahora."),
            (Sentences{"Ver www.ejemplo.com/¡Hola!Adios ahora."}));
  EXPECT_EQ(sentences("Escriba a ana.ruiz@Diario.es hoy. Responderá."),
            (Sentences{"Escriba a ana.ruiz@Diario.es hoy.", "Responderá."}));
}

TEST(Splitter, HeadlineOnItsOwnLineIsASentence) {
  EXPECT_EQ(sentences("Titular sin punto\nEl cuerpo empieza aquí."),
            (Sentences{"Titular sin punto", "El cuerpo empieza aquí."}));
  EXPECT_EQ(sentences("Mundo\n\nel texto sigue en minúscula."),
            (Sentences{"Mundo", "el texto sigue en minúscula."}));
}

TEST(Splitter, HardWrappedLineGoesOnInLowercase) {
  // ICU splits at every line break.
  EXPECT_EQ(sentences("El presidente dijo que\nla economía crece. Fin."),
            (Sentences{"El presidente dijo que\nla economía crece.", "Fin."}));
  EXPECT_EQ(sentences("Wonsan, Corea del Norte –\n13 de julio de 2025 – El líder habló."),
            (Sentences{"Wonsan, Corea del Norte –\n13 de julio de 2025 – El líder habló."}));
  EXPECT_EQ(sentences("Lo dijo el Sr.\nGarcía ayer."), (Sentences{"Lo dijo el Sr.\nGarcía ayer."}));
}

TEST(Splitter, ListItemsAreSentences) {
  EXPECT_EQ(
      sentences("- Defensa mutua:\nAmbos países firmaron. - Apoyo militar:\nEnviaron tropas."),
      (Sentences{"- Defensa mutua:", "Ambos países firmaron.",
                 "- Apoyo militar:", "Enviaron tropas."}));
  EXPECT_EQ(sentences("Acordaron tres puntos:\n- uno\n- dos\n1. tres"),
            (Sentences{"Acordaron tres puntos:", "- uno", "- dos", "1. tres"}));
}

TEST(Splitter, DatelineBeforeADashBelongsToItsSentence) {
  EXPECT_EQ(sentences("MADRID. - El Gobierno aprobó la ley."),
            (Sentences{"MADRID. - El Gobierno aprobó la ley."}));
  EXPECT_EQ(sentences("Fue elegido. 7 de julio. - Barak presenta su Gobierno."),
            (Sentences{"Fue elegido.", "7 de julio. - Barak presenta su Gobierno."}));
  // Not a heading: a dialogue line starts after the dash.
  EXPECT_EQ(sentences("De allí las rebajas. - Ya sé qué pasa - dijo ella."),
            (Sentences{"De allí las rebajas.", "- Ya sé qué pasa - dijo ella."}));
}

TEST(Splitter, CapitalsHeadlineRunIntoItsText) {
  EXPECT_EQ(sentences("CUARTA VICTORIA DEL SEVILLA Un gol de Zalayeta dio el triunfo."),
            (Sentences{"CUARTA VICTORIA DEL SEVILLA", "Un gol de Zalayeta dio el triunfo."}));
  // Two acronyms are not a headline.
  EXPECT_EQ(sentences("Lo firmaron la ONU y la OTAN en Bruselas."),
            (Sentences{"Lo firmaron la ONU y la OTAN en Bruselas."}));
}

TEST(Splitter, MalformedUtf8DoesNotStopSplitting) {
  std::string text = "Hola\xFF. Adi\xC3s.";
  std::vector<ByteRange> ranges = splitter().split(text, "es");
  EXPECT_EQ(ranges.size(), 2u);
  EXPECT_TRUE(covers_text(text, ranges));
}

TEST(Splitter, EnglishHasItsOwnAbbreviations) {
  EXPECT_EQ(sentences("Mr. Smith arrived in the U.S. Then he left.", "en"),
            (Sentences{"Mr. Smith arrived in the U.S.", "Then he left."}));
  // Spanish data does not know "Mr.": the period ends a sentence there.
  EXPECT_EQ(sentences("Mr. Smith arrived.", "es"), (Sentences{"Mr.", "Smith arrived."}));
}

TEST(Splitter, LanguageTagsFallBackToTheirLanguage) {
  EXPECT_TRUE(splitter().supports("es"));
  EXPECT_TRUE(splitter().supports("es-MX"));
  EXPECT_TRUE(splitter().supports("ES_mx"));
  EXPECT_FALSE(splitter().supports("fr"));
  EXPECT_EQ(splitter().languages(), "en, es");
}

TEST(Splitter, UnknownLanguageIsAnError) {
  try {
    splitter().split("Bonjour.", "fr");
    FAIL() << "expected std::invalid_argument";
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "no sentence data for language 'fr' (have: en, es)");
  }
}

}  // namespace
}  // namespace cadena::split::testing
