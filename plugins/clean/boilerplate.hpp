// Boilerplate removal: which blocks of a page are the article. Judged from
// features of the blocks (block_features.hpp), never from a list of phrases,
// so that it works on plain text as on HTML. In the spirit of jusText
// (Pomikálek 2011), sized to news pages:
//  1. Each block gets a verdict from its own features: link-dense, repeated or
//     wordless blocks are bad; running prose (long enough, dense in function
//     words) good; shorter prose near-good; the rest short, to be decided by
//     context. Capitals only (a label, a kicker) are never more than short.
//  2. Headline-like blocks count as headings only where they introduce text:
//     when the next block that is not itself headline-like is prose. A run of
//     headlines leading nowhere (a "most read" box, the teasers at the foot
//     of a page) is bad.
//  3. The article is the stretch of blocks that weighs most (a maximum-sum
//     run: good text for, bad blocks against, text late in the page weighing
//     less), so that good-looking text far from it (teasers with a summary,
//     comments, a legal notice) is dropped, while an ad box inside the
//     article does not split it.
//  4. Inside the stretch, good and near-good blocks are kept, and short ones
//     between good text (a short sentence, a list item), not those at its
//     edges (credits, dates, labels).
//  5. Before the stretch, the headline the page's title names is kept, with
//     the standfirst that follows it.
// When no block is good (a note of a few lines, a list), every block not bad
// by its own features is kept: too little to tell an article from its frame.
#ifndef CADENA_CLEAN_BOILERPLATE_HPP
#define CADENA_CLEAN_BOILERPLATE_HPP

#include <vector>

#include "block.hpp"
#include "block_features.hpp"

namespace cadena::clean {

// Whether each block is article text.
std::vector<bool> find_content(const std::vector<Block>& blocks,
                               const std::vector<BlockFeatures>& features);

}  // namespace cadena::clean

#endif  // CADENA_CLEAN_BOILERPLATE_HPP
