// Reading plain text into blocks: one per line, as news text usually comes
// (one paragraph per line, or paragraphs between blank lines). A line that
// was only wrapped goes on into the next: it ends with a comma, or with no
// closing punctuation while the next line starts in lowercase.
#ifndef CADENA_CLEAN_TEXT_BLOCKS_HPP
#define CADENA_CLEAN_TEXT_BLOCKS_HPP

#include <string_view>
#include <vector>

#include "block.hpp"

namespace cadena::clean {

std::vector<Block> read_text(std::string_view text);

}  // namespace cadena::clean

#endif  // CADENA_CLEAN_TEXT_BLOCKS_HPP
