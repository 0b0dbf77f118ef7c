// Which sentences may be chosen, on small Spanish texts read with the real
// language data: headlines, labels, captions, credits, boilerplate and
// repeats never; prose yes.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "language_data.hpp"
#include "lexicon.hpp"
#include "sentence_facts.hpp"
#include "sentence_screen.hpp"

namespace cadena::summarize {
namespace {

using Verdicts = std::vector<Verdict>;

const LanguageData& spanish() {
  static const Languages languages(CADENA_SOURCE_DIR "/plugins/summarize/data");
  return *languages.find("es");
}

// `sentences` are found in `text` one after the other, as a splitter gives them.
std::vector<SentenceFacts> facts_of(const std::string& text,
                                    const std::vector<std::string>& sentences) {
  std::vector<ByteRange> ranges;
  std::size_t from = 0;
  for (const std::string& s : sentences) {
    std::size_t at = text.find(s, from);
    EXPECT_NE(at, std::string::npos) << s;
    ranges.push_back({at, at + s.size()});
    from = at + s.size();
  }
  TermIds terms;
  Lexicon lexicon(spanish(), terms);
  return sentence_facts(text, ranges, lexicon);
}

Verdicts verdicts(const std::string& text, const std::vector<std::string>& sentences) {
  return screen(facts_of(text, sentences));
}

constexpr Verdict kOk = Verdict::kEligible;

TEST(SentenceFacts, ReadsTheSurface) {
  std::string text = "Kim recibió a Lavrov en Wonsan (Corea).\n«¿Vendrá Putin?» Foto: AFP";
  std::vector<SentenceFacts> f =
      facts_of(text, {"Kim recibió a Lavrov en Wonsan (Corea).", "«¿Vendrá Putin?»", "Foto: AFP"});
  EXPECT_EQ(f[0].ending, Ending::kPeriod);
  EXPECT_EQ(f[0].words, 7u);
  EXPECT_EQ(f[0].terms.size(), 5u);  // "a" and "en" are stop words
  EXPECT_EQ(f[0].characters, 39u);   // "ó" is one character
  EXPECT_TRUE(f[0].starts_line);
  EXPECT_TRUE(f[0].ends_line);
  EXPECT_EQ(f[1].ending, Ending::kQuestion);  // behind the closing quote
  EXPECT_FALSE(f[1].ends_line);
  EXPECT_FALSE(f[1].credit);
  EXPECT_EQ(f[2].ending, Ending::kNone);
  EXPECT_TRUE(f[2].credit);
}

TEST(SentenceFacts, AConnectiveAndACommaOpenASentenceThatContinues) {
  std::string text =
      "Asimismo, recalcó que la decisión depende de Pyongyang. Por otra parte, Kim visitó Wonsan. "
      "Por otra parte del frente llegaron tropas. Kim, por su parte, calló. Además de Lavrov, "
      "viajó Shoigú. «Sin embargo», dijo Kim, «no cederemos».";
  std::vector<SentenceFacts> f = facts_of(
      text, {"Asimismo, recalcó que la decisión depende de Pyongyang.",
             "Por otra parte, Kim visitó Wonsan.", "Por otra parte del frente llegaron tropas.",
             "Kim, por su parte, calló.", "Además de Lavrov, viajó Shoigú.",
             "«Sin embargo», dijo Kim, «no cederemos»."});
  EXPECT_TRUE(f[0].continues);
  EXPECT_TRUE(f[1].continues);   // a connective of three words
  EXPECT_FALSE(f[2].continues);  // the same words, no comma: "from another part of the front"
  EXPECT_FALSE(f[3].continues);  // not at the start
  EXPECT_FALSE(f[4].continues);  // "además de": a comma, but not after the connective
  EXPECT_FALSE(f[5].continues);  // a quote closes before the comma: "«Sin embargo»,"
}

TEST(Screen, ProseIsEligible) {
  EXPECT_EQ(
      verdicts(
          "Kim prometió apoyo incondicional a Rusia. Lavrov agradeció el envío de tropas.",
          {"Kim prometió apoyo incondicional a Rusia.", "Lavrov agradeció el envío de tropas."}),
      (Verdicts{kOk, kOk}));
}

TEST(Screen, HeadlinesLabelsAndListItemsHaveNoFinalPeriod) {
  EXPECT_EQ(
      verdicts(
          "Mundo\nRusia y Corea del Norte refuerzan su pacto de defensa\n"
          "- Defensa mutua en caso de agresión externa:\nAmbos países firmaron un tratado en 2024.",
          {"Mundo", "Rusia y Corea del Norte refuerzan su pacto de defensa",
           "- Defensa mutua en caso de agresión externa:",
           "Ambos países firmaron un tratado en 2024."}),
      (Verdicts{Verdict::kNoFinalPeriod, Verdict::kNoFinalPeriod, Verdict::kNoFinalPeriod, kOk}));
}

TEST(Screen, QuestionsAndExclamationsAreNotStatements) {
  EXPECT_EQ(verdicts("¿Cuál es la relación entre Rusia y Corea del Norte? ¡Suscríbete ahora mismo "
                     "a nuestro boletín!",
                     {"¿Cuál es la relación entre Rusia y Corea del Norte?",
                      "¡Suscríbete ahora mismo a nuestro boletín!"}),
            (Verdicts{Verdict::kQuestion, Verdict::kBoilerplate}));
  EXPECT_EQ(verdicts("«¿Hasta cuándo seguirá la guerra en Ucrania?»",
                     {"«¿Hasta cuándo seguirá la guerra en Ucrania?»"}),
            (Verdicts{Verdict::kQuestion}));
}

TEST(Screen, ShortSentencesAndBoilerplate) {
  EXPECT_EQ(
      verdicts(
          "Hubo acuerdo. Leer más. Todos los derechos reservados a la editorial en 2025.",
          {"Hubo acuerdo.", "Leer más.", "Todos los derechos reservados a la editorial en 2025."}),
      (Verdicts{Verdict::kTooShort, Verdict::kBoilerplate, Verdict::kBoilerplate}));
}

// The scraped page of corpus/002: a caption and its credit on one line.
TEST(Screen, ACreditAndTheCaptionOnItsLine) {
  std::string caption =
      "Lavrov afirmó que los funcionarios norcoreanos reafirmaron su apoyo total.";
  EXPECT_EQ(verdicts("El canciller llegó ayer a la ciudad de Wonsan.\n" + caption +
                         " Foto: AFP.\n"
                         "La reunión duró más de tres horas en total.",
                     {"El canciller llegó ayer a la ciudad de Wonsan.", caption, "Foto: AFP.",
                      "La reunión duró más de tres horas en total."}),
            (Verdicts{kOk, Verdict::kCaption, Verdict::kCaption, kOk}));
}

// A credit alone on its line labels the one-sentence line above it, not a
// paragraph of several sentences.
TEST(Screen, ACreditBelowItsCaption) {
  EXPECT_EQ(verdicts("Kim Jong-un saluda a Lavrov en el aeropuerto de Wonsan.\nImagen: EFE\n"
                     "Lavrov llegó el viernes a Corea del Norte.",
                     {"Kim Jong-un saluda a Lavrov en el aeropuerto de Wonsan.", "Imagen: EFE",
                      "Lavrov llegó el viernes a Corea del Norte."}),
            (Verdicts{Verdict::kCaption, Verdict::kCaption, kOk}));
  EXPECT_EQ(verdicts("Lavrov llegó el viernes a Corea del Norte. Kim lo recibió en el aeropuerto "
                     "de Wonsan.\nFoto: EFE",
                     {"Lavrov llegó el viernes a Corea del Norte.",
                      "Kim lo recibió en el aeropuerto de Wonsan.", "Foto: EFE"}),
            (Verdicts{kOk, kOk, Verdict::kCaption}));
}

// "Fuente" is a credit label only before a colon.
TEST(Screen, ACreditLabelWithoutColonIsAWord) {
  EXPECT_EQ(verdicts("Una fuente diplomática confirmó el viaje del canciller.",
                     {"Una fuente diplomática confirmó el viaje del canciller."}),
            (Verdicts{kOk}));
}

// A headline repeated as a caption, this time with a period, is still the headline.
TEST(Screen, AHeadlineRepeatedAsACaption) {
  EXPECT_EQ(verdicts("Serguéi Lavrov, canciller de Rusia, se reunió con Kim Jong-un en Wonsan\n"
                     "Canciller de Rusia se reunió con Kim Jong-un.\n"
                     "El canciller ruso se reunió con Kim Jong-un y habló de la guerra, de "
                     "sanciones y de vuelos.",
                     {"Serguéi Lavrov, canciller de Rusia, se reunió con Kim Jong-un en Wonsan",
                      "Canciller de Rusia se reunió con Kim Jong-un.",
                      "El canciller ruso se reunió con Kim Jong-un y habló de la guerra, de "
                      "sanciones y de vuelos."}),
            (Verdicts{Verdict::kNoFinalPeriod, Verdict::kRepeatsHeadline, kOk}));
}

TEST(Screen, ARepeatedSentenceCountsOnceAtItsLastPlace) {
  std::string s = "Kim prometió apoyo total a Rusia en la guerra.";
  EXPECT_EQ(verdicts(s + "\nLavrov agradeció el envío de miles de soldados.\n" + s,
                     {s, "Lavrov agradeció el envío de miles de soldados.", s}),
            (Verdicts{Verdict::kRepeatedLater, kOk, kOk}));
}

// A quotation that runs over several sentences: its head (the speaker comes
// later), its middle and its tail are never chosen; a whole quotation with
// its speaker is. Straight and typographic marks alike, and a line break
// ends an unbalanced quotation.
TEST(Screen, QuotationFragments) {
  std::string text =
      "\"Seamos honestos. Joe Biden no está bien. No es apto para el cargo\", dijo Rick Scott.\n"
      "«El acuerdo entra en vigor hoy mismo», dijo el canciller ruso en Pyongyang.\n"
      "“Sin orden no hay paz entre las dos Coreas hoy. Lo sabemos bien en el sur del país”, "
      "afirmó el ministro.\n"
      "Un \"error sin cerrar en esta línea del texto de hoy.\n"
      "El ministro de Defensa visitó la base naval de Wonsan el lunes.";
  EXPECT_EQ(verdicts(text, {"\"Seamos honestos.", "Joe Biden no está bien.",
                            "No es apto para el cargo\", dijo Rick Scott.",
                            "«El acuerdo entra en vigor hoy mismo», dijo el canciller ruso en Pyongyang.",
                            "“Sin orden no hay paz entre las dos Coreas hoy.",
                            "Lo sabemos bien en el sur del país”, afirmó el ministro.",
                            "Un \"error sin cerrar en esta línea del texto de hoy.",
                            "El ministro de Defensa visitó la base naval de Wonsan el lunes."}),
            (Verdicts{Verdict::kQuoteFragment, Verdict::kQuoteFragment, Verdict::kQuoteFragment,
                      kOk, Verdict::kQuoteFragment, Verdict::kQuoteFragment,
                      Verdict::kQuoteFragment, kOk}));
}

// Openers that point back (pointers.txt), with or without a comma; the
// exceptions of time stand alone.
TEST(SentenceFacts, PointsBack) {
  std::string text =
      "Con esa frase, el ministro cerró la sesión. Por ello la sesión terminó pronto. "
      "Este martes el ministro habló. Este acuerdo cambia todo. Ella lo confirmó ayer. "
      "El ministro lo confirmó ayer.";
  std::vector<SentenceFacts> f = facts_of(
      text, {"Con esa frase, el ministro cerró la sesión.", "Por ello la sesión terminó pronto.",
             "Este martes el ministro habló.", "Este acuerdo cambia todo.",
             "Ella lo confirmó ayer.", "El ministro lo confirmó ayer."});
  EXPECT_TRUE(f[0].points_back);
  EXPECT_TRUE(f[1].points_back);
  EXPECT_FALSE(f[2].points_back);  // "! este martes"
  EXPECT_TRUE(f[3].points_back);
  EXPECT_TRUE(f[4].points_back);
  EXPECT_FALSE(f[5].points_back);  // "el" is an article, not "él"
}

}  // namespace
}  // namespace cadena::summarize
