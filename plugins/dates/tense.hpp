// The tense a date expression is written in, from the verbs of its sentence
// (tense.txt): "el martes" is the last Tuesday in "conversaron el martes" and
// the next one in "se reunirán el martes".
#ifndef CADENA_DATES_TENSE_HPP
#define CADENA_DATES_TENSE_HPP

#include <cstddef>

#include "date_lexicon.hpp"

namespace cadena::dates {

// The tense of the cue nearest to tokens [first, last) among tokens
// [sentence_begin, sentence_end) outside them; Tense::none when the sentence
// has no cue. Of two cues as near, the one before wins.
Tense tense_around(const TokenizedText& text, const DateLexicon& lexicon,
                   std::size_t sentence_begin, std::size_t sentence_end, std::size_t first,
                   std::size_t last);

}  // namespace cadena::dates

#endif  // CADENA_DATES_TENSE_HPP
