// Reading an HTML page into blocks with gumbo, a real HTML5 parser.
//
// The text of every element not left out (html_elements.hpp: scripts, the
// page's frame, figures, hidden elements) is kept, one block per block-level
// element (p, h1-h6, li, td, div, blockquote, ...) and per <br>, character
// references decoded, each piece of text mapped to the bytes of the page it
// came from. Pages nested deeper than browsers allow are capped first
// (nesting_cap.hpp); the walk itself never recurses.
#ifndef CADENA_CLEAN_HTML_PAGE_HPP
#define CADENA_CLEAN_HTML_PAGE_HPP

#include <string>
#include <string_view>
#include <vector>

#include "block.hpp"

namespace cadena::clean {

struct HtmlPage {
  std::vector<Block> blocks;  // raw text, in page order
  std::string title;          // see page_metadata.hpp
  std::string published;      // YYYY-MM-DD, or empty
};

// Never fails: malformed markup is parsed as a browser would.
HtmlPage read_html(std::string_view html);

}  // namespace cadena::clean

#endif  // CADENA_CLEAN_HTML_PAGE_HPP
