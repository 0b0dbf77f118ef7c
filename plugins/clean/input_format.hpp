// Whether an input is an HTML page or plain text.
#ifndef CADENA_CLEAN_INPUT_FORMAT_HPP
#define CADENA_CLEAN_INPUT_FORMAT_HPP

#include <string_view>

namespace cadena::clean {

enum class InputFormat { kText, kHtml };

// Guesses from the first bytes: a document type, an <html>, <head> or <body>
// tag, or markup that opens the input and closes an element soon after.
// Plain text that merely mentions "<" stays text.
InputFormat sniff_format(std::string_view input);

}  // namespace cadena::clean

#endif  // CADENA_CLEAN_INPUT_FORMAT_HPP
