// A block: one paragraph-like unit of a page or text (a <p>, a heading, a list
// item, a table cell, a line of plain text), the unit that boilerplate removal
// keeps or drops as a whole.
#ifndef CADENA_CLEAN_BLOCK_HPP
#define CADENA_CLEAN_BLOCK_HPP

#include <cstddef>

#include "mapped_text.hpp"

namespace cadena::clean {

// The element a block came from, as far as the classifier cares.
enum class BlockKind {
  kText,       // a paragraph, a <div>, a line of plain text
  kHeading,    // <h1>-<h6>
  kListItem,   // <li>, <dt>, <dd>
  kTableCell,  // <td>, <th>
  kQuote       // <blockquote>
};

struct Block {
  // The text, mapped to the original: raw as segmented, normalized once the
  // cleaner has passed over it.
  MappedText text;
  BlockKind kind = BlockKind::kText;
  int heading_level = 0;       // 1-6 for <h1>-<h6>, else 0
  std::size_t link_bytes = 0;  // non-space bytes inside links (HTML)
  std::size_t text_bytes = 0;  // non-space bytes in all (HTML)

  double link_density() const {
    return text_bytes == 0 ? 0.0 : static_cast<double>(link_bytes) / text_bytes;
  }
};

}  // namespace cadena::clean

#endif  // CADENA_CLEAN_BLOCK_HPP
