// Boilerplate removal on the corpus: 002 is a scraped page saved as text,
// with its menu labels and a page of unrelated headlines around the article;
// the other seeds are clean articles that must come through whole.
#include "boilerplate.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "clean_test_support.hpp"
#include "cleaner.hpp"

namespace cadena::clean {
namespace {

const Cleaner& cleaner() {
  static const Cleaner instance(testing::data_dir(), CleanOptions{});
  return instance;
}

std::vector<std::string> split_blocks(const std::string& text) {
  std::vector<std::string> blocks;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t stop = text.find("\n\n", start);
    if (stop == std::string::npos) stop = text.size();
    blocks.push_back(text.substr(start, stop - start));
    start = stop + 2;
  }
  return blocks;
}

bool has_block(const std::vector<std::string>& blocks, const std::string& block) {
  return std::find(blocks.begin(), blocks.end(), block) != blocks.end();
}

class ScrapedPage : public ::testing::Test {
 protected:
  void SetUp() override {
    original_ = testing::corpus("002_91dc5cbc6c28c791.txt");
    result_ = cleaner().clean(original_, InputFormat::kText, "es");
    blocks_ = split_blocks(result_.text);
  }
  std::string original_;
  CleanResult result_;
  std::vector<std::string> blocks_;
};

TEST_F(ScrapedPage, MenuLabelsGo) {
  for (const char* label :
       {"Cargando...", "Mundo", "LEER MÁS", "Lo más visto", "Recetas", "Ofertas", "Lo Más Reciente",
        "Estados Unidos", "Política", "Deportes"}) {
    EXPECT_FALSE(has_block(blocks_, label)) << label;
  }
  EXPECT_EQ(result_.text.find("LEER"), std::string::npos);
  EXPECT_EQ(result_.text.find("Cargando"), std::string::npos);
}

TEST_F(ScrapedPage, UnrelatedHeadlinesGo) {
  for (const char* headline :
       {"China saca de la jugada a Estados Unidos", "rompe record histórico",
        "\"Derribemos a Francisco\"", "cede a amenazas de aranceles de Trump",
        "Familias de presos políticos de Venezuela", "Trump y Netanyahu pactan reunión",
        "Zohran Mamdani gana la alcaldía", "El 11S el atentado terrorista",
        "mejores destinos del mundo para hacer trekking", "Ollanta Humala", "Jerí hunde a Fujimori",
        "Vladimiro Montesinos", "Universitario vs Cusco FC", "Alianza Lima vs Olva Latino",
        "Liga 1 2026 por L1 Max"}) {
    EXPECT_EQ(result_.text.find(headline), std::string::npos) << headline;
  }
}

TEST_F(ScrapedPage, TheArticleStaysWhole) {
  ASSERT_FALSE(blocks_.empty());
  const std::string title =
      "Serguéi Lavrov, canciller de Rusia, se reunió con Kim Jong-un y agradeció su \"apoyo\" en "
      "la guerra contra Ucrania";
  EXPECT_EQ(blocks_.front(), title);
  EXPECT_EQ(result_.title, title);
  for (const char* paragraph_start :
       {"Durante la reunión, Serguéi Lavrov agradeció el respaldo de Corea del Norte",
        "El líder norcoreano Kim Jong-un recibió al ministro de Exteriores de Rusia",
        "Durante la cita, el canciller ruso agradeció directamente el respaldo de Pyongyang",
        "Uno de los temas más delicados tratados en el encuentro",
        "De acuerdo con el Ministerio de Relaciones Exteriores ruso",
        "Ante la posibilidad de un mayor despliegue de tropas norcoreanas",
        "Rusia y Corea del Norte continúan fortaleciendo sus vínculos bilaterales"}) {
    EXPECT_NE(result_.text.find(paragraph_start), std::string::npos) << paragraph_start;
  }
  EXPECT_TRUE(
      has_block(blocks_, "Rusia y Corea del Norte reafirmaron apoyo en la guerra con Ucrania"));
  EXPECT_TRUE(has_block(blocks_, "¿Cuál es la relación entre Rusia y Corea del Norte?"));
  const std::string last_sentence =
      "lo que evidencia una agenda sostenida de alto nivel entre Moscú y Pyongyang.";
  ASSERT_GE(blocks_.back().size(), last_sentence.size());
  EXPECT_EQ(blocks_.back().substr(blocks_.back().size() - last_sentence.size()), last_sentence);
}

TEST_F(ScrapedPage, ThePhotoTitleAndCaptionGoAsRepeats) {
  // The photo's title repeats the headline and its caption the first sentence
  // of a later paragraph: dropping them loses nothing of the article.
  EXPECT_FALSE(has_block(blocks_,
                         "Canciller de Rusia se reunió con Kim Jong-un y agradeció su "
                         "\"apoyo\" en la guerra contra Ucrania"));
  EXPECT_EQ(result_.text.find("Foto: AFP"), std::string::npos);
  const std::string repeated =
      "Lavrov afirmó que los funcionarios norcoreanos reafirmaron su apoyo "
      "total a los objetivos militares de Rusia en Ucrania.";
  const std::size_t first = result_.text.find(repeated);
  ASSERT_NE(first, std::string::npos);
  EXPECT_EQ(result_.text.find(repeated, first + 1), std::string::npos);
}

TEST_F(ScrapedPage, MapsBackToThePage) {
  EXPECT_TRUE(testing::map_holds(original_, result_.text, result_.pieces));
}

// A clean article comes out as its lines, one block each: nothing dropped.
class CleanArticle : public ::testing::TestWithParam<const char*> {};

TEST_P(CleanArticle, LosesNothing) {
  const std::string original = testing::corpus(GetParam());
  const CleanResult result = cleaner().clean(original, InputFormat::kText, "es");
  std::string expected;
  std::size_t start = 0;
  while (start < original.size()) {
    std::size_t stop = original.find('\n', start);
    if (stop == std::string::npos) stop = original.size();
    const std::string line = original.substr(start, stop - start);
    if (!line.empty()) expected += (expected.empty() ? "" : "\n\n") + line;
    start = stop + 1;
  }
  EXPECT_EQ(result.text, expected);
  EXPECT_TRUE(testing::map_holds(original, result.text, result.pieces));
}

INSTANTIATE_TEST_SUITE_P(Corpus, CleanArticle,
                         ::testing::Values("000_5ca84c13d22380ce.txt", "001_89594c8156684479.txt",
                                           "003_23cfea8cd729850d.txt", "004_96e895cd56a2e262.txt"));

// Pages built for the classifier: each exercises one of its rules.
std::string clean_text(const std::string& original) {
  return cleaner().clean(original, InputFormat::kText, "es").text;
}

const std::string kParagraph1 =
    "El Gobierno aprobó este martes en el Consejo de Ministros el proyecto de ley que regula el "
    "uso de los datos de los ciudadanos por parte de las administraciones públicas y de las "
    "empresas que trabajan para ellas.";
const std::string kParagraph2 =
    "La norma, que ahora deberá pasar por el Congreso, establece que los ciudadanos podrán "
    "saber en todo momento quién ha consultado sus datos y con qué fin, según explicó la "
    "portavoz al término de la reunión.";

TEST(Boilerplate, HeadlinesLeadingNowhereGo) {
  const std::string page = "Nuevo plan de datos del Gobierno para las administraciones\n" +
                           kParagraph1 + "\n" + kParagraph2 +
                           "\nLo más leído\nEl tiempo de mañana en toda la península ibérica\n"
                           "Cinco recetas fáciles para cenar esta misma semana\n";
  EXPECT_EQ(clean_text(page), "Nuevo plan de datos del Gobierno para las administraciones\n\n" +
                                  kParagraph1 + "\n\n" + kParagraph2);
}

TEST(Boilerplate, ShortLinesBetweenProseStay) {
  const std::string page = kParagraph1 + "\nAsí lo dijo.\n" + kParagraph2;
  EXPECT_EQ(clean_text(page), kParagraph1 + "\n\nAsí lo dijo.\n\n" + kParagraph2);
}

TEST(Boilerplate, LinksAroundTheArticleGo) {
  const std::string html =
      "<ul><li><a href=/a>Portada</a></li><li><a href=/b>Economía</a></li></ul>"
      "<h1>Nuevo plan de datos</h1><p>" +
      kParagraph1 +
      "</p><p>Lea también: <a href=/c>Otra "
      "noticia sobre los datos de los ciudadanos</a></p><p>" +
      kParagraph2 +
      "</p>"
      "<div><a href=/d>Aviso legal</a> | <a href=/e>Cookies</a></div>";
  const CleanResult result = cleaner().clean(html, InputFormat::kHtml, "es");
  EXPECT_EQ(result.text, "Nuevo plan de datos\n\n" + kParagraph1 + "\n\n" + kParagraph2);
}

TEST(Boilerplate, TheTitleNamesTheHeadline) {
  const std::string html =
      "<head><title>Nuevo plan de datos | El Diario</title></head>"
      "<h1>Nuevo plan de datos</h1><p><a href=/autor>Ana Pérez</a></p><p>" +
      kParagraph1 + "</p><p>" + kParagraph2 + "</p>";
  const CleanResult result = cleaner().clean(html, InputFormat::kHtml, "es");
  EXPECT_EQ(result.text, "Nuevo plan de datos\n\n" + kParagraph1 + "\n\n" + kParagraph2);
  EXPECT_EQ(result.title, "Nuevo plan de datos | El Diario");
}

TEST(Boilerplate, TooLittleTextKeepsEverythingNotBadOnItsOwn) {
  EXPECT_EQ(clean_text("Hola.\nMundo cruel y bello"), "Hola.\n\nMundo cruel y bello");
}

// A page in a language the plugin has no data for, read as Spanish (what
// `cadena run` does without --lang): its own commonest words stand in for
// function words, so the article is still told from the frame around it.
TEST(Boilerplate, APageInALanguageWithoutDataKeepsItsArticle) {
  const std::string p1 =
      "Die Stadt hat am Montag beschlossen, die alte Brücke über den Fluss im Frühjahr zu "
      "sanieren, weil die Prüfer an den Pfeilern tiefe Risse gefunden haben und der Verkehr "
      "in der Stadt seit Wochen nur noch auf einer Spur fließen kann.";
  const std::string p2 =
      "Der Bürgermeister sagte, die Arbeiten an der Brücke würden mindestens ein Jahr dauern "
      "und die Stadt werde in dieser Zeit zusätzliche Busse über die neue Brücke im Norden "
      "schicken, damit die Menschen aus den Dörfern am Fluss pünktlich zur Arbeit kommen.";
  const std::string p3 =
      "Die Kosten für die Sanierung schätzt die Verwaltung auf zwölf Millionen Euro, von denen "
      "das Land die Hälfte übernehmen will, wenn der Rat der Stadt im Mai den Plan für die "
      "Arbeiten und die Umleitung des Verkehrs an der Brücke endgültig annimmt.";
  const std::string html =
      "<div><a href=/a>Startseite</a> <a href=/b>Politik</a> <a href=/c>Wirtschaft</a></div>"
      "<div>Wetter heute: bewölkt, zwölf Grad, Westwind, Regen ab Mittag erwartet, "
      "Pollenflug mäßig, UV-Index niedrig</div>"
      "<h1>Alte Brücke wird saniert</h1><p>" + p1 + "</p><p>" + p2 + "</p><p>" + p3 + "</p>"
      "<div><a href=/d>Impressum</a> | <a href=/e>Datenschutz</a> | <a href=/f>Kontakt</a></div>";
  const CleanResult result = cleaner().clean(html, InputFormat::kHtml, "es");
  EXPECT_EQ(result.text, "Alte Brücke wird saniert\n\n" + p1 + "\n\n" + p2 + "\n\n" + p3);
}

}  // namespace
}  // namespace cadena::clean
