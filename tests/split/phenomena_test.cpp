// Kinds of text found splitting wrongly in web and document text (issue 14):
// enumerations, units before a final period, abbreviations of addresses and
// forms, hard-wrapped lines, quotations followed by a reporting clause, and
// the same in English. Each expected split worked out by hand.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "splitting.hpp"

namespace cadena::split::testing {
namespace {

using Sentences = std::vector<std::string>;

TEST(Phenomena, AUnitOrANumberBeforeTheFinalPeriodEndsTheSentence) {
  EXPECT_EQ(sentences("La temperatura alcanzó los 120°C. Después bajó."),
            (Sentences{"La temperatura alcanzó los 120°C.", "Después bajó."}));
  EXPECT_EQ(sentences("El tramo mide 35 km. La obra acaba en mayo."),
            (Sentences{"El tramo mide 35 km.", "La obra acaba en mayo."}));
  EXPECT_EQ(sentences("Ganaron por 3-1. El público aplaudió."),
            (Sentences{"Ganaron por 3-1.", "El público aplaudió."}));
}

TEST(Phenomena, AbbreviationsOfAddressesAndFormsDoNotEndASentence) {
  EXPECT_EQ(sentences("La sede está en la Cra. 7 con Cl. 26 de Bogotá. Abre a las nueve."),
            (Sentences{"La sede está en la Cra. 7 con Cl. 26 de Bogotá.", "Abre a las nueve."}));
  EXPECT_EQ(sentences("Llame al 555 0101, ext. 204, de lunes a viernes. Le atenderán."),
            (Sentences{"Llame al 555 0101, ext. 204, de lunes a viernes.", "Le atenderán."}));
  EXPECT_EQ(sentences("Consulte el formulario N°. 12 y el párr. 3 del reglamento. Es breve."),
            (Sentences{"Consulte el formulario N°. 12 y el párr. 3 del reglamento.", "Es breve."}));
  EXPECT_EQ(sentences("Subieron al Mt. Everest en 1953. Fue una hazaña."),
            (Sentences{"Subieron al Mt. Everest en 1953.", "Fue una hazaña."}));
}

TEST(Phenomena, EnumerationsSplitAtEachItem) {
  EXPECT_EQ(sentences("Requisitos:\n1. Ser mayor de edad.\n2. Tener el documento vigente."),
            (Sentences{"Requisitos:", "1. Ser mayor de edad.", "2. Tener el documento vigente."}));
  EXPECT_EQ(sentences("• 1. Primer paso.\n• 2. Segundo paso."),
            (Sentences{"• 1. Primer paso.", "• 2. Segundo paso."}));
}

TEST(Phenomena, AHardWrappedLineGoesOnWhileABlankLineEndsTheParagraph) {
  EXPECT_EQ(sentences("El consejo aprobó ayer el presupuesto para\nel año que viene con los votos de\n"
                      "la mayoría.\n\nLa oposición votó en contra."),
            (Sentences{"El consejo aprobó ayer el presupuesto para\nel año que viene con los votos de\n"
                       "la mayoría.",
                       "La oposición votó en contra."}));
}

TEST(Phenomena, AQuotationFollowedByItsReportingClauseIsOneSentence) {
  EXPECT_EQ(sentences("«No habrá guerra», dijo Kim. Nadie le creyó."),
            (Sentences{"«No habrá guerra», dijo Kim.", "Nadie le creyó."}));
  EXPECT_EQ(sentences("«¡No habrá guerra!», dijo Kim. Nadie le creyó."),
            (Sentences{"«¡No habrá guerra!», dijo Kim.", "Nadie le creyó."}));
  EXPECT_EQ(sentences("“Vamos a ganar.” Eso dijo el técnico."),
            (Sentences{"“Vamos a ganar.”", "Eso dijo el técnico."}));
  EXPECT_EQ(sentences("\"Es el final\", afirmó. Luego se fue."),
            (Sentences{"\"Es el final\", afirmó.", "Luego se fue."}));
}

TEST(Phenomena, EnglishAbbreviationsAndListItems) {
  EXPECT_EQ(sentences("Dr. Lee met Mr. Park at 9 a.m. on Monday. They talked.", "en"),
            (Sentences{"Dr. Lee met Mr. Park at 9 a.m. on Monday.", "They talked."}));
  EXPECT_EQ(sentences("The talks ended at 5 p.m. The press left.", "en"),
            (Sentences{"The talks ended at 5 p.m.", "The press left."}));
  EXPECT_EQ(sentences("He moved to the U.S. in 1990. He stayed.", "en"),
            (Sentences{"He moved to the U.S. in 1990.", "He stayed."}));
  EXPECT_EQ(sentences("Steps:\n1.) Open the box.\n2.) Take the lid off.", "en"),
            (Sentences{"Steps:", "1.) Open the box.", "2.) Take the lid off."}));
}

}  // namespace
}  // namespace cadena::split::testing
