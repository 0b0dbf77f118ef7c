// Numerals written with digits: "10.000,5", "10,000.5", "1 234 567", ",08",
// "1e10", "2,5^-1", "3/4", "2 1/4". Read at the character level from a digit
// (or from a separator right before one) to the end of the numeral, without
// its sign or any word after it.
//
// What '.' and ',' mean is decided per numeral when its form says it: two
// different separators ("1.111,11"), one repeated ("1.234.567"), a group that
// is not three digits long ("3,5", "1111.13", "0.683"). A single separator
// followed by exactly three digits ("10,000", "4.800") is ambiguous: the
// caller decides it (count noun after it, the document's vote, the region).
#ifndef CADENA_NUMBERS_DIGIT_NUMERALS_HPP
#define CADENA_NUMBERS_DIGIT_NUMERALS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace cadena::numbers {

struct DigitNumeral {
  std::size_t end = 0;  // bytes, past the numeral; 0 when there is none
  double value = 0;
  bool integer = true;    // value is exact and whole
  bool fraction = false;  // written "3/4" or "2 1/4"
  // Which separator the numeral itself shows to be the decimal one: ',' or
  // '.', or 0 when it shows neither (no separator, or an ambiguous one).
  char shown_decimal = 0;
  bool ambiguous = false;  // a single '.'/',' before exactly three digits
};

// Reads the numeral starting at byte `pos` of `text` (a digit, or '.'/','
// followed by a digit at the start of a word: ",08" = 0.08).
// `decimal` is the separator that an ambiguous numeral takes as decimal point
// (',' or '.'); pass the other one to read it as thousands.
DigitNumeral read_digit_numeral(std::string_view text, std::size_t pos, char decimal);

}  // namespace cadena::numbers

#endif  // CADENA_NUMBERS_DIGIT_NUMERALS_HPP
