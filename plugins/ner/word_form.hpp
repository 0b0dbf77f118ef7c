// What the tagger and the entity keys see of a word: its case, its shape, its
// lowercase and accent-free forms. Words are UTF-8; a malformed byte reads as
// U+FFFD, so bad input degrades a feature instead of failing the document.
#ifndef CADENA_NER_WORD_FORM_HPP
#define CADENA_NER_WORD_FORM_HPP

#include <cadena/plugins/code_points.hpp>
#include <unicode/umachine.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace cadena::ner {

using plugins::append_code_point;
using plugins::code_point_at;

enum class WordCase {
  lower,        // "casa", "de"
  capitalised,  // "Kim", "McKay", "Jong-un"
  capitals,     // "ETA", "EE.UU."
  none          // no letter: "10.000", "«"
};
WordCase word_case(std::string_view word);

// Simple (one code point to one) lowercase mapping: "EE.UU." -> "ee.uu.".
std::string lowercase(std::string_view word);

// Lowercase without diacritics: "Serguéi" -> "serguei", "Ñúñez" -> "nunez".
// Used where spellings of one name must meet (keys, variants).
std::string folded(std::string_view text);

// The word's shape with runs collapsed: "Kim" -> "Xx", "EE.UU." -> "X.X.",
// "10.000" -> "d.d", "Jong-un" -> "Xx-x". With `collapse` false, runs are
// kept up to four characters: "Kim" -> "Xxx", "1999" -> "dddd".
std::string shape(std::string_view word, bool collapse);

// The first and last `n` code points ("" when the word is shorter than n).
std::string_view prefix(std::string_view word, std::size_t n);
std::string_view suffix(std::string_view word, std::size_t n);

// The form of a token that features and gazetteers see: no white space inside
// ("EE. UU." -> "EE.UU."), and an acronym without its periods ("EE.UU." ->
// "EEUU", as AnCora writes it; an initial "J." stays).
std::string token_form(std::string_view token_text);

// Lowercase, with every digit written 0: "1999" and "2000" are one word.
std::string word_key(std::string_view form);

// How many code points `word` holds.
std::size_t code_points(std::string_view word);

bool is_letter(UChar32 c);
bool is_valid_utf8(std::string_view text);
bool is_space(UChar32 c);

}  // namespace cadena::ner

#endif  // CADENA_NER_WORD_FORM_HPP
