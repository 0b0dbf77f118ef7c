// Finds the numbers of a text: cardinals, decimals and fractions in digits or
// words, ordinals, percentages, amounts of money and ranges, each with its
// value (see docs/numbers-dates.md for what is and is not a number).
#ifndef CADENA_NUMBERS_NUMBER_RECOGNIZER_HPP
#define CADENA_NUMBERS_NUMBER_RECOGNIZER_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "number_lexicon.hpp"

namespace cadena::numbers {

struct NumberMention {
  std::size_t begin = 0;  // bytes of the text, [begin, end)
  std::size_t end = 0;
  double value = 0;  // a range's lower end
  bool integer = true;
  std::string_view kind;  // cardinal, decimal, fraction, ordinal, percent, currency, range
  std::string unit;       // "%", an ISO 4217 code, or ""
  double min = 0;         // ranges only
  double max = 0;
};

// The numbers of `text` in order, none overlapping. Thread-safe: all state is
// per call.
std::vector<NumberMention> find_numbers(std::string_view text, const NumberLexicon& lexicon);

}  // namespace cadena::numbers

#endif  // CADENA_NUMBERS_NUMBER_RECOGNIZER_HPP
