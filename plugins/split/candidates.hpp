// Where a sentence may end: the offsets the boundary rules then judge.
#ifndef CADENA_SPLIT_CANDIDATES_HPP
#define CADENA_SPLIT_CANDIDATES_HPP

#include <unicode/brkiter.h>

#include <cstddef>
#include <string_view>
#include <vector>

namespace cadena::split {

// The candidate boundaries of `text`, sorted, each once: ICU's sentence
// boundaries (from a clone of `sentence_rules`, which is not touched), plus
//  - the white space after final punctuation and any closing quotes or
//    brackets, which ICU passes over before a dash, a digit or a lowercase
//    word, and after '…', which is not final punctuation to ICU;
//  - the end of an all-capitals headline run into its text, without a stop
//    ("CUARTA VICTORIA DEL SEVILLA Un gol del uruguayo…").
std::vector<std::size_t> candidate_boundaries(std::string_view text,
                                              const icu::BreakIterator& sentence_rules);

}  // namespace cadena::split

#endif  // CADENA_SPLIT_CANDIDATES_HPP
