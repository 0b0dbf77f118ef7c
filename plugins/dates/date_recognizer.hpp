// Finds the date, time, duration and set expressions of a text and resolves
// them in two phases: an underspecified value from the words alone
// (date_grammar.hpp), then anchored to the reference date and the tense of
// the expression's sentence (anchoring.hpp).
#ifndef CADENA_DATES_DATE_RECOGNIZER_HPP
#define CADENA_DATES_DATE_RECOGNIZER_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "date_grammar.hpp"

namespace cadena::dates {

struct DateMention {
  std::size_t begin = 0;  // bytes of the text, [begin, end)
  std::size_t end = 0;
  Category category = Category::date;
  std::string type;            // DATE, TIME, DURATION, SET
  std::string underspecified;  // phase 1: what the words say
  std::string value;           // phase 2: anchored (phase 1 when there is no reference date)
  std::string mod;             // TIMEX3 mod: START, MID, END, or ""
};

struct ByteRange {
  std::size_t begin;
  std::size_t end;
};

// The expressions of `text` in order, none overlapping. `reference` is the
// document's date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM[:SS], checked
// by the core; "hace 30 minutos" is anchored only with a time), or "" to
// leave values underspecified;
// `sentences` are the byte ranges of its sentences, in order (none: the
// text is one sentence). Thread-safe: all state is per call.
std::vector<DateMention> find_dates(std::string_view text, const DateLexicon& lexicon,
                                    std::string_view reference,
                                    const std::vector<ByteRange>& sentences);

}  // namespace cadena::dates

#endif  // CADENA_DATES_DATE_RECOGNIZER_HPP
