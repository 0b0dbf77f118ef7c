// The token scanner both the `numbers` and the `dates` stage read text with:
// words (runs of letters), digit runs and single symbols, each with its byte
// range and, for matching against language data, a folded form (lowercase,
// diacritics removed: "Próximo" -> "proximo", "AÑO" -> "ano"), so that the data
// and the text meet whatever their accents and capitals ("dias", "Sábado").
//
// One TokenizedText per document; it owns the folded forms and is not shared.
#ifndef CADENA_NUMBERS_TEXT_TOKENS_HPP
#define CADENA_NUMBERS_TEXT_TOKENS_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cadena::numbers {

enum class TokenKind : std::uint8_t {
  word,    // letters and combining marks ("marítimos", "º")
  digits,  // ASCII digits ("2025")
  symbol   // any other single code point that is not white space ("," "€" "-")
};

struct Token {
  std::uint32_t begin;  // bytes into the text
  std::uint32_t end;
  std::uint32_t folded_begin;  // into TokenizedText's folded buffer
  std::uint32_t folded_size;
  TokenKind kind;
  bool space_before;  // white space separates it from the previous token
  bool line_before;   // that white space holds a line break (or the text starts here)
  bool capitalized;   // a word whose first letter is uppercase
};

// Lowercases and removes diacritics, code point by code point (ICU simple case
// mapping and canonical decomposition). Data files are folded the same way.
std::string fold(std::string_view text);

class TokenizedText {
 public:
  // Throws std::length_error for a text of 4 GiB or more (offsets are 32-bit).
  explicit TokenizedText(std::string_view text);

  std::string_view text() const { return text_; }
  std::size_t size() const { return tokens_.size(); }
  const Token& operator[](std::size_t i) const { return tokens_[i]; }

  std::string_view surface(std::size_t i) const {
    return text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
  }
  std::string_view folded(std::size_t i) const {
    return std::string_view(folded_).substr(tokens_[i].folded_begin, tokens_[i].folded_size);
  }
  bool is_word(std::size_t i) const { return i < size() && tokens_[i].kind == TokenKind::word; }
  bool is_digits(std::size_t i) const { return i < size() && tokens_[i].kind == TokenKind::digits; }
  // Token i is the symbol `c`.
  bool is_symbol(std::size_t i, std::string_view c) const {
    return i < size() && tokens_[i].kind == TokenKind::symbol && surface(i) == c;
  }
  // Token i follows token i - 1 with nothing between them.
  bool attached(std::size_t i) const { return i > 0 && i < size() && !tokens_[i].space_before; }
  // The first token that starts at or after byte `offset`.
  std::size_t token_at(std::size_t offset) const;

 private:
  std::string_view text_;
  std::vector<Token> tokens_;
  std::string folded_;
};

}  // namespace cadena::numbers

#endif  // CADENA_NUMBERS_TEXT_TOKENS_HPP
