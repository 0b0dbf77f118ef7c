// Dropping text a page says twice: a photo's title and caption that repeat the
// headline and a sentence of the article, a standfirst repeated as the first
// paragraph, a body rendered twice. A kept block that repeats an earlier one
// word for word goes, and so does one whose word trigrams lie (almost) all
// inside one longer kept block: the longer copy, or of equal ones the first,
// stays.
// Blocks of a few words are left alone: short subheadings often recur inside
// the paragraphs they head.
#ifndef CADENA_CLEAN_REPEATED_TEXT_HPP
#define CADENA_CLEAN_REPEATED_TEXT_HPP

#include <vector>

#include "block_features.hpp"

namespace cadena::clean {

// Clears content[i] for each block repeated inside another kept block.
void drop_repeated_text(const std::vector<BlockFeatures>& features, std::vector<bool>& content);

}  // namespace cadena::clean

#endif  // CADENA_CLEAN_REPEATED_TEXT_HPP
