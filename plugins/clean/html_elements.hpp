// What an HTML element means for the text of a page: whether it starts a
// block, what kind of block its text makes, and whether its content is left
// out (scripts, the page's frame, hidden elements). Used by html_page.cpp.
#ifndef CADENA_CLEAN_HTML_ELEMENTS_HPP
#define CADENA_CLEAN_HTML_ELEMENTS_HPP

#include <gumbo.h>

#include <string_view>

#include "block.hpp"

namespace cadena::clean {

// HTML's white space (no-break spaces are text).
inline bool is_html_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// An attribute's decoded value, or "" when the element has none.
std::string_view attribute(const GumboNode* element, const char* name);

// The decoded text of an element's first text child (a <title>, a <script>).
std::string_view child_text(const GumboNode* element);

// Whether an element starts and ends a block of text.
bool is_block_level(GumboTag tag);

// <article>, <main>, role="main" or itemprop="articleBody".
bool is_article_container(const GumboNode* element);

// Whether an element's content is no article text: scripts and styles,
// forms and their controls, figures and their captions (a caption describes a
// photo), embedded media, hidden elements; and the page's frame: banner
// (<header> outside an article), navigation, sidebars, footers, forms inside
// the page. A frame element holding the page's main content is a wrapper
// broken markup made (an unclosed <header> swallows the page; ASP.NET wraps
// the page in a <form> directly inside <body>) and is kept.
bool leaves_out(const GumboNode* element, bool inside_article);

// The kind of block text inside an element makes; generic containers keep
// the enclosing one (a <p> inside a <blockquote> is quoted text).
struct BlockContext {
  BlockKind kind;
  int heading_level;
};
BlockContext context_of(GumboTag tag, const BlockContext& enclosing);

}  // namespace cadena::clean

#endif  // CADENA_CLEAN_HTML_ELEMENTS_HPP
