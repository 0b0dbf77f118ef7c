// What the boilerplate classifier looks at in each block, measured once:
// length, words and the share of function words, how the block ends, capitals,
// repetition across the page and likeness to the page's title.
#ifndef CADENA_CLEAN_BLOCK_FEATURES_HPP
#define CADENA_CLEAN_BLOCK_FEATURES_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "block.hpp"
#include "language_data.hpp"

namespace cadena::clean {

// How a block's last sentence ends, closing quotes and brackets aside.
enum class Ending {
  kNone,      // no punctuation, or an ellipsis: a label, a headline, a cut-off line
  kPeriod,    // '.' or '!': a sentence
  kQuestion,  // '?': a sentence, or a question used as a subheading
  kColon      // ':': a lead-in to what follows
};

struct BlockFeatures {
  std::size_t chars = 0;  // code points
  // The block's words (runs of letters and digits, lowercased) in order, as
  // hashes: words are only ever compared, and a page holds many.
  std::vector<std::uint64_t> words;
  std::size_t numbers = 0;  // words of digits only
  std::size_t stopwords = 0;
  std::size_t letters = 0;
  std::size_t uppercase = 0;
  Ending ending = Ending::kNone;
  int repeats = 0;                // other blocks of the page with the same words
  double title_similarity = 0.0;  // Dice coefficient of word sets with the title

  // Among the words that are not numbers: figures say nothing of prose.
  double stopword_density() const {
    const std::size_t counted = words.size() - numbers;
    return counted == 0 ? 0.0 : static_cast<double>(stopwords) / counted;
  }
  bool all_caps() const { return letters >= 4 && uppercase * 10 >= letters * 8; }
};

// Whether a block reads as a headline or a subheading rather than prose or a
// label: it ends no sentence (a colon only after a few words: "Defensa
// mutua:"), and is a heading element, or short but of three words or more.
bool headline_like(const Block& block, const BlockFeatures& features);

// `blocks` normalized; `title` may be empty.
std::vector<BlockFeatures> measure_blocks(const std::vector<Block>& blocks,
                                          const LanguageData& language, std::string_view title);

}  // namespace cadena::clean

#endif  // CADENA_CLEAN_BLOCK_FEATURES_HPP
