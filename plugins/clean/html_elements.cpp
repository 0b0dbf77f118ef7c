#include "html_elements.hpp"

#include <bitset>
#include <initializer_list>
#include <string>
#include <vector>

namespace cadena::clean {
namespace {

bool has_attribute(const GumboNode* node, const char* name) {
  return gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

bool contains_ignoring_case_and_spaces(std::string_view haystack, std::string_view needle) {
  std::string squeezed;
  for (char c : haystack) {
    if (!is_html_space(c)) squeezed += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return squeezed.find(needle) != std::string::npos;
}

using TagSet = std::bitset<GUMBO_TAG_LAST + 1>;

TagSet tag_set(std::initializer_list<GumboTag> tags) {
  TagSet set;
  for (GumboTag tag : tags) set.set(tag);
  return set;
}

// Elements whose content is never article text.
bool is_dropped(GumboTag tag) {
  static const TagSet kDropped =
      tag_set({GUMBO_TAG_SCRIPT,   GUMBO_TAG_STYLE,    GUMBO_TAG_NOSCRIPT,   GUMBO_TAG_TEMPLATE,
               GUMBO_TAG_BUTTON,   GUMBO_TAG_SELECT,   GUMBO_TAG_OPTION,     GUMBO_TAG_OPTGROUP,
               GUMBO_TAG_DATALIST, GUMBO_TAG_TEXTAREA, GUMBO_TAG_INPUT,      GUMBO_TAG_LABEL,
               GUMBO_TAG_IFRAME,   GUMBO_TAG_OBJECT,   GUMBO_TAG_EMBED,      GUMBO_TAG_APPLET,
               GUMBO_TAG_SVG,      GUMBO_TAG_MATH,     GUMBO_TAG_CANVAS,     GUMBO_TAG_VIDEO,
               GUMBO_TAG_AUDIO,    GUMBO_TAG_FIGURE,   GUMBO_TAG_FIGCAPTION, GUMBO_TAG_MAP,
               GUMBO_TAG_MENU,     GUMBO_TAG_FIELDSET, GUMBO_TAG_LEGEND,     GUMBO_TAG_OUTPUT,
               GUMBO_TAG_PROGRESS, GUMBO_TAG_METER,    GUMBO_TAG_FRAMESET,   GUMBO_TAG_FRAME,
               GUMBO_TAG_NOFRAMES, GUMBO_TAG_NOEMBED,  GUMBO_TAG_TITLE});
  return kDropped[tag];
}

bool is_hidden(const GumboNode* node) {
  if (has_attribute(node, "hidden") || attribute(node, "aria-hidden") == "true") return true;
  std::string_view style = attribute(node, "style");
  return !style.empty() && (contains_ignoring_case_and_spaces(style, "display:none") ||
                            contains_ignoring_case_and_spaces(style, "visibility:hidden"));
}

// How many elements a wrapper check looks at: a real banner or sidebar is
// small, and the limit keeps the check linear on deep pages.
constexpr int kWrapperScanLimit = 5000;

// Whether the page's main content sits inside `node`: a <header> or <aside>
// left unclosed swallows the whole page (gumbo, like a browser, keeps it
// open), and is then a wrapper, not a banner. An <article> inside counts with
// `article_counts` (a banner holds none, a sidebar holds teasers).
bool wraps_main_content(const GumboNode* node, bool article_counts) {
  std::vector<const GumboNode*> pending{node};
  for (int seen = 0; !pending.empty(); ++seen) {
    if (seen == kWrapperScanLimit) return true;
    const GumboNode* n = pending.back();
    pending.pop_back();
    const GumboTag tag = n->v.element.tag;
    if (n != node && (is_article_container(n) && (article_counts || tag != GUMBO_TAG_ARTICLE))) {
      return true;
    }
    const GumboVector& children = n->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (child->type == GUMBO_NODE_ELEMENT) pending.push_back(child);
    }
  }
  return false;
}

bool is_inside_body(const GumboNode* node) {
  return node->parent && node->parent->type == GUMBO_NODE_ELEMENT &&
         node->parent->v.element.tag == GUMBO_TAG_BODY;
}

}  // namespace

std::string_view attribute(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

std::string_view child_text(const GumboNode* node) {
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_TEXT) return child->v.text.text;
  }
  return {};
}

bool is_block_level(GumboTag tag) {
  static const TagSet kBlockLevel =
      tag_set({GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE,  GUMBO_TAG_ASIDE,      GUMBO_TAG_BLOCKQUOTE,
               GUMBO_TAG_BODY,    GUMBO_TAG_CAPTION,  GUMBO_TAG_CENTER,     GUMBO_TAG_DD,
               GUMBO_TAG_DETAILS, GUMBO_TAG_DIR,      GUMBO_TAG_DIV,        GUMBO_TAG_DL,
               GUMBO_TAG_DT,      GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE,
               GUMBO_TAG_FOOTER,  GUMBO_TAG_FORM,     GUMBO_TAG_H1,         GUMBO_TAG_H2,
               GUMBO_TAG_H3,      GUMBO_TAG_H4,       GUMBO_TAG_H5,         GUMBO_TAG_H6,
               GUMBO_TAG_HEADER,  GUMBO_TAG_HGROUP,   GUMBO_TAG_HR,         GUMBO_TAG_HTML,
               GUMBO_TAG_LI,      GUMBO_TAG_LISTING,  GUMBO_TAG_MAIN,       GUMBO_TAG_MENU,
               GUMBO_TAG_NAV,     GUMBO_TAG_OL,       GUMBO_TAG_P,          GUMBO_TAG_PLAINTEXT,
               GUMBO_TAG_PRE,     GUMBO_TAG_SECTION,  GUMBO_TAG_SUMMARY,    GUMBO_TAG_TABLE,
               GUMBO_TAG_TBODY,   GUMBO_TAG_TD,       GUMBO_TAG_TFOOT,      GUMBO_TAG_TH,
               GUMBO_TAG_THEAD,   GUMBO_TAG_TR,       GUMBO_TAG_UL,         GUMBO_TAG_XMP});
  return kBlockLevel[tag];
}

bool is_article_container(const GumboNode* node) {
  const GumboTag tag = node->v.element.tag;
  return tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN || attribute(node, "role") == "main" ||
         attribute(node, "itemprop") == "articleBody";
}

bool leaves_out(const GumboNode* node, bool inside_article) {
  const GumboTag tag = node->v.element.tag;
  if (is_dropped(tag) || is_hidden(node)) return true;
  switch (tag) {
    case GUMBO_TAG_HEADER:
      return !inside_article && !wraps_main_content(node, true);
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
      return !wraps_main_content(node, false);
    case GUMBO_TAG_FORM:
      return !is_inside_body(node);
    default:
      return false;
  }
}

BlockContext context_of(GumboTag tag, const BlockContext& enclosing) {
  // gumbo numbers the six heading tags in order.
  if (tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6) {
    return {BlockKind::kHeading, static_cast<int>(tag - GUMBO_TAG_H1) + 1};
  }
  switch (tag) {
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
      return {BlockKind::kListItem, 0};
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
      return {BlockKind::kTableCell, 0};
    case GUMBO_TAG_BLOCKQUOTE:
      return {BlockKind::kQuote, 0};
    default:
      return enclosing;
  }
}

}  // namespace cadena::clean
