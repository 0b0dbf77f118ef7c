// Code points of a UTF-8 text, for stages (header-only SDK). Spans are byte
// offsets; an option measured in characters, or a word's letters, needs code
// points. The host guarantees doc.text() is valid UTF-8; on invalid input
// these read a stray byte as the code point of its value, never past the end.
//
//   for (std::size_t i = 0; i < text.size();) { std::size_t n; char32_t c = cadena::decode(text, i, n); i += n; }
//   std::size_t chars = cadena::code_point_count(text);
//   std::size_t cut = cadena::byte_offset(text, 280);  // the first 280 characters are text.substr(0, cut)
#ifndef CADENA_SDK_UTF8_HPP
#define CADENA_SDK_UTF8_HPP

#include <cstddef>
#include <string_view>
#include <vector>

namespace cadena {

// The code point starting at byte i (i < text.size()); its length in bytes goes to `length`.
inline char32_t decode(std::string_view text, std::size_t i, std::size_t& length) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  std::size_t n = c < 0x80 ? 1 : c >> 5 == 0x6 ? 2 : c >> 4 == 0xE ? 3 : c >> 3 == 0x1E ? 4 : 1;
  if (i + n > text.size()) n = 1;
  for (std::size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) n = 1;
  char32_t cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
  for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  length = n;
  return cp;
}

// How many code points the text holds.
inline std::size_t code_point_count(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0, n = 0; i < text.size(); i += n, ++count) decode(text, i, n);
  return count;
}

// The byte offset of each code point, then text.size(): offsets[k] is where
// the k-th character starts, so a code-point range [a, b) is bytes
// [offsets[a], offsets[b]).
inline std::vector<std::size_t> code_point_offsets(std::string_view text) {
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0, n = 0; i < text.size(); i += n) {
    offsets.push_back(i);
    decode(text, i, n);
  }
  offsets.push_back(text.size());
  return offsets;
}

// The byte offset where code point number `count` starts (text.size() if the
// text is shorter).
inline std::size_t byte_offset(std::string_view text, std::size_t count) {
  std::size_t i = 0;
  for (std::size_t n = 0; count > 0 && i < text.size(); --count) {
    decode(text, i, n);
    i += n;
  }
  return i;
}

}  // namespace cadena

#endif  // CADENA_SDK_UTF8_HPP
