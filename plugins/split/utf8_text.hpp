// Reading code points of UTF-8 text at byte offsets, so that the splitter can
// look around a boundary without converting the document to UTF-16.
// Offsets are byte offsets; a malformed sequence reads as U+FFFD, so bad
// input degrades the result instead of failing it.
#ifndef CADENA_SPLIT_UTF8_TEXT_HPP
#define CADENA_SPLIT_UTF8_TEXT_HPP

#include <cadena/plugins/code_points.hpp>
#include <unicode/uchar.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace cadena::split {

using plugins::code_point_at;
using plugins::code_point_before;

inline bool is_space(UChar32 c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');  // ASCII's white space
  return u_isUWhiteSpace(c);
}

// The first offset at or after `pos` that is not white space.
inline std::size_t skip_space_forward(std::string_view text, std::size_t pos) {
  std::size_t after = 0;
  while (pos < text.size() && is_space(code_point_at(text, pos, after))) pos = after;
  return pos;
}

// The offset just past the last non-space code point before `pos`.
inline std::size_t skip_space_backward(std::string_view text, std::size_t pos) {
  std::size_t start = 0;
  while (pos > 0 && is_space(code_point_before(text, pos, start))) pos = start;
  return pos;
}

// The first byte of the word (run of non-space code points) that holds `pos - 1`.
inline std::size_t word_start(std::string_view text, std::size_t pos) {
  std::size_t start = 0;
  while (pos > 0 && !is_space(code_point_before(text, pos, start))) pos = start;
  return pos;
}

// The offset past the word (run of non-space code points) that holds `pos`.
inline std::size_t word_end(std::string_view text, std::size_t pos) {
  std::size_t after = 0;
  while (pos < text.size() && !is_space(code_point_at(text, pos, after))) pos = after;
  return pos;
}

// Punctuation that opens a sentence or a word without being part of it:
// brackets, quotes, '¿', '¡' ("(EE. UU.)", «¿Vienes?»).
inline bool is_opening_punctuation(UChar32 c) {
  int8_t type = u_charType(c);
  return type == U_START_PUNCTUATION || type == U_INITIAL_PUNCTUATION || c == '"' || c == '\'' ||
         c == 0x00BF /* ¿ */ || c == 0x00A1 /* ¡ */;
}

// ICU's Sentence_Break class of a code point (U_SB_ATERM, U_SB_CLOSE, ...).
inline int sentence_break_class(UChar32 c) {
  return u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
}

}  // namespace cadena::split

#endif  // CADENA_SPLIT_UTF8_TEXT_HPP
