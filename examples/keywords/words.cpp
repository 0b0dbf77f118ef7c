#include "words.hpp"

#include <cadena/sdk_utf8.hpp>

namespace keywords {

namespace {

using cadena::decode;

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

// Letters of the Latin scripts and anything past U+024F that is not General
// Punctuation (dashes, quotes, ellipsis) or a symbol block.
bool is_word_char(char32_t c) {
  if (c < 0x80) return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c == 0xAA || c == 0xBA) return true;  // ª º
  if (c < 0xC0 || c == 0xD7 || c == 0xF7) return false;
  return c < 0x2000 || c > 0x2BFF;
}

// Inside a word, these join its parts: "ex-ministro", "O'Donnell".
bool is_joiner(char32_t c) { return c == '-' || c == '\'' || c == 0x2019; }

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\r' || c == 0xA0; }

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t n = 0;
    char32_t c = decode(text, i, n);
    if (is_word_char(c)) {
      std::size_t begin = i;
      bool digits = true;
      while (i < text.size()) {
        c = decode(text, i, n);
        if (is_word_char(c)) {
          digits = digits && is_digit(c);
          i += n;
          continue;
        }
        std::size_t m = 0;
        if (is_joiner(c) && i + n < text.size() && is_word_char(decode(text, i + n, m))) {
          i += n;
          continue;
        }
        break;
      }
      tokens.push_back({begin, i, false, digits});
    } else {
      if (!is_space(c)) tokens.push_back({i, i + n, true, false});
      i += n;
    }
  }
  return tokens;
}

std::string fold_case(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (std::size_t i = 0; i < word.size();) {
    std::size_t n = 0;
    char32_t c = decode(word, i, n);
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c + 32);
    } else if (c >= 0xC0 && c <= 0xDE && c != 0xD7) {
      char32_t lower = c + 0x20;  // two bytes in UTF-8, like the capital
      out += static_cast<char>(0xC0 | (lower >> 6));
      out += static_cast<char>(0x80 | (lower & 0x3F));
    } else {
      out.append(word.substr(i, n));
    }
    i += n;
  }
  return out;
}

}  // namespace keywords
