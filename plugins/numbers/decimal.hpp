// Reading a decimal number ("12.5", "1e3") into a double, the same in every
// build: floating-point std::from_chars is missing from Emscripten 3.1.6's
// libc++, and strtod follows the process's C locale, which a host may change.
#ifndef CADENA_NUMBERS_DECIMAL_HPP
#define CADENA_NUMBERS_DECIMAL_HPP

#include <locale>
#include <sstream>
#include <string_view>

namespace cadena::numbers {

// True when all of `text` is one decimal number (correctly rounded into `value`).
inline bool parse_decimal(std::string_view text, double& value) {
  if (text.empty()) return false;
  std::istringstream in{std::string(text)};
  in.imbue(std::locale::classic());
  in >> value;
  return !in.fail() && in.peek() == std::char_traits<char>::eof();
}

}  // namespace cadena::numbers

#endif  // CADENA_NUMBERS_DECIMAL_HPP
