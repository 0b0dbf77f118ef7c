#include "html_page.hpp"

#include <gtest/gtest.h>

#include "clean_test_support.hpp"
#include "cleaner.hpp"

namespace cadena::clean {
namespace {

using testing::map_holds;

// The text of a page with every block kept, and its map checked.
std::string text_of(const std::string& html) {
  static const Cleaner cleaner(testing::data_dir(), CleanOptions{false, "es"});
  const CleanResult result = cleaner.clean(html, InputFormat::kHtml, "es");
  EXPECT_TRUE(map_holds(html, result.text, result.pieces)) << html.substr(0, 200);
  return result.text;
}

// The original bytes the `nth` occurrence of `fragment` in the cleaned text
// maps to, when it lies in one piece.
std::string original_of(const std::string& html, const std::string& fragment, int nth = 0) {
  static const Cleaner cleaner(testing::data_dir(), CleanOptions{false, "es"});
  const CleanResult result = cleaner.clean(html, InputFormat::kHtml, "es");
  std::size_t at = result.text.find(fragment);
  for (; nth > 0 && at != std::string::npos; --nth) at = result.text.find(fragment, at + 1);
  EXPECT_NE(at, std::string::npos) << fragment;
  for (const cadena_offset_piece& p : result.pieces) {
    if (p.view_begin <= at && at < p.view_end) {
      EXPECT_GE(p.view_end, at + fragment.size()) << "the fragment spans pieces";
      const bool copy = p.view_end - p.view_begin == p.orig_end - p.orig_begin;
      return copy ? html.substr(p.orig_begin + (at - p.view_begin), fragment.size())
                  : html.substr(p.orig_begin, p.orig_end - p.orig_begin);
    }
  }
  return "";
}

TEST(HtmlPage, DecodesEntitiesAndMapsThemToTheirSource) {
  const std::string html = "<p>Caf&eacute; &amp; t&#233; &lt;3 &#x1F600;</p>";
  EXPECT_EQ(text_of(html), "Caf\xC3\xA9 & t\xC3\xA9 <3 \xF0\x9F\x98\x80");
  EXPECT_EQ(original_of(html, "\xC3\xA9"), "&eacute;");
  EXPECT_EQ(original_of(html, "\xC3\xA9", 1), "&#233;");
  EXPECT_EQ(original_of(html, "&"), "&amp;");
  EXPECT_EQ(original_of(html, "<"), "&lt;");
  EXPECT_EQ(original_of(html, "\xF0\x9F\x98\x80"), "&#x1F600;");
  EXPECT_EQ(original_of(html, "3"), "3");
  // A literal ampersand, and a legacy reference without its ';'.
  EXPECT_EQ(text_of("<p>AT&T &copy2022</p>"),
            "AT&T \xC2\xA9"
            "2022");
  EXPECT_EQ(original_of("<p>AT&T &copy2022</p>", "\xC2\xA9"), "&copy");
}

TEST(HtmlPage, DropsScriptsStylesAndTheirLookalikes) {
  EXPECT_EQ(text_of("<p>Uno<script>var s = '<p>no</p>';</script> dos</p>"
                    "<style>p { color: red }</style><noscript>Activa JavaScript</noscript>"
                    "<template><p>plantilla</p></template>"),
            "Uno dos");
}

TEST(HtmlPage, DropsThePageFrame) {
  EXPECT_EQ(
      text_of("<header>Diario</header><nav><a href=/>Portada</a></nav>"
              "<p>Texto.</p><aside>Lo más leído</aside><div><form>Suscríbete<input></form></div>"
              "<figure><img src=x.jpg><figcaption>Foto: AFP</figcaption></figure>"
              "<footer>Todos los derechos reservados</footer><p hidden>oculto</p>"
              "<div style=\"display: none\">oculto</div><p>Fin.</p>"),
      "Texto.\n\nFin.");
}

TEST(HtmlPage, KeepsAnArticlesOwnHeader) {
  EXPECT_EQ(text_of("<header>Diario</header><article><header><h1>Titular</h1></header>"
                    "<p>Texto.</p><footer>Etiquetas</footer></article>"),
            "Titular\n\nTexto.");
}

TEST(HtmlPage, KeepsAWrapperThatHoldsTheMainContent) {
  // The header is never closed, so it holds the whole page.
  EXPECT_EQ(text_of("<body><header><nav>Menú</nav><div><main><p>El artículo.</p></main>"),
            "El artículo.");
  // ASP.NET wraps the page in one form.
  EXPECT_EQ(text_of("<body><form id=aspnetForm><p>El artículo.</p><input value=x></form>"),
            "El artículo.");
}

TEST(HtmlPage, OneBlockPerBlockElementAndLineBreak) {
  EXPECT_EQ(text_of("<div>A<p>B</p>C<br>D<ul><li>E</li><li>F</li></ul><table><tr><td>G</td>"
                    "<td>H</td></tr></table>I</div>"),
            "A\n\nB\n\nC\n\nD\n\nE\n\nF\n\nG\n\nH\n\nI");
}

TEST(HtmlPage, InlineElementsDoNotSplitWords) {
  EXPECT_EQ(text_of("<p>Hola <b>mun</b>do, <a href=x>aquí</a>\n  <span>y</span>  allá</p>"),
            "Hola mundo, aquí y allá");
}

TEST(HtmlPage, RecordsKindLevelAndLinks) {
  const HtmlPage page = read_html(
      "<h2>Título</h2><p>Lee <a href=x>esto aquí</a></p><ul><li><div>Uno</div></li></ul>"
      "<blockquote><p>Cita</p></blockquote><table><tr><td>Celda</td></tr></table>");
  ASSERT_EQ(page.blocks.size(), 5u);
  EXPECT_EQ(page.blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(page.blocks[0].heading_level, 2);
  // "Lee" is 3 bytes, "esto" and "aquí" 4 and 5, inside the link.
  EXPECT_EQ(page.blocks[1].kind, BlockKind::kText);
  EXPECT_EQ(page.blocks[1].text_bytes, 12u);
  EXPECT_EQ(page.blocks[1].link_bytes, 9u);
  EXPECT_EQ(page.blocks[2].kind, BlockKind::kListItem);  // a <div> inside an <li>
  EXPECT_EQ(page.blocks[3].kind, BlockKind::kQuote);
  EXPECT_EQ(page.blocks[4].kind, BlockKind::kTableCell);
}

TEST(HtmlPage, TitleAndPublicationDate) {
  const HtmlPage titled = read_html(
      "<html><head><title>Diario | Algo  pasó</title>"
      "<meta property=\"article:published_time\" content=\"2022-05-04T08:27:49-0300\">"
      "</head><body><p>x</p></body></html>");
  EXPECT_EQ(titled.title, "Diario | Algo pasó");
  EXPECT_EQ(titled.published, "2022-05-04");

  // og:title before <title>; linked data before the meta tag (it states the
  // page's own time zone).
  const HtmlPage both = read_html(
      "<head><title>Diario</title><meta property=og:title content=\"Algo &amp; nada\">"
      "<meta property=article:published_time content=2022-05-06T02:00:00Z>"
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
      "\"datePublished\": \"2022-05-05T21:00:00-05:00\"}</script></head><p>x</p>");
  EXPECT_EQ(both.title, "Algo & nada");
  EXPECT_EQ(both.published, "2022-05-05");

  const HtmlPage undated = read_html("<meta name=date content=\"10/05/2022 05:22 pm\"><p>x</p>");
  EXPECT_EQ(undated.published, "");
}

TEST(HtmlPage, LineEndsNulsAndStrayTextKeepAValidMap) {
  EXPECT_EQ(text_of("<p>a\r\nb</p>"), "a b");
  EXPECT_EQ(text_of(std::string("<p>a\0b</p>", 10)), "ab");
  // The stray text goes before the table: the map must still go forwards.
  EXPECT_EQ(text_of("<table>stray<tr><td>cell</td></tr></table>"), "stray\n\ncell");
  text_of("<p>unclosed <b>bold <i>both</p> after</b></i> &amp &notanentity; &#0; &#xD800;");
  text_of("<<<>>><p <p <a href='>'>x</a>&");
}

TEST(HtmlPage, SurvivesDeepNesting) {
  // 100 000 nested elements: gumbo alone takes minutes and recurses when it
  // frees the tree; the nesting cap keeps it linear and shallow.
  for (const std::string tag : {"div", "b", "span", "table"}) {
    std::string html;
    for (int i = 0; i < 100000; ++i) html += "<" + tag + ">";
    html += "fondo";
    EXPECT_EQ(text_of(html), "fondo") << tag;
  }
}

}  // namespace
}  // namespace cadena::clean
