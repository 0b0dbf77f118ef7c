#include "text_tokens.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <limits>
#include <stdexcept>

namespace cadena::numbers {
namespace {

// Folding a code point: ICU's simple lowercase, then the base letter of its
// canonical decomposition when the rest of it is combining marks. Latin
// letters (where news text lives) are computed once into a table.
UChar32 fold_slow(UChar32 c) {
  UChar32 lower = u_tolower(c);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposition;
  if (U_FAILURE(status) || !nfd->getDecomposition(lower, decomposition)) return lower;
  UChar32 base = decomposition.char32At(0);
  for (int32_t i = U16_LENGTH(base); i < decomposition.length(); ++i)
    if (u_getCombiningClass(decomposition.charAt(i)) == 0) return lower;
  return base;
}

constexpr UChar32 kTableEnd = 0x250;  // Latin-1 and Latin Extended-A/B

const std::array<UChar32, kTableEnd>& fold_table() {
  static const std::array<UChar32, kTableEnd> table = [] {
    std::array<UChar32, kTableEnd> t{};
    for (UChar32 c = 0; c < kTableEnd; ++c) t[c] = fold_slow(c);
    return t;
  }();
  return table;
}

UChar32 fold_code_point(UChar32 c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  if (c < kTableEnd) return fold_table()[c];
  return fold_slow(c);
}

void append_utf8(std::string& out, UChar32 c) {
  char buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, c);
  out.append(buffer, static_cast<std::size_t>(length));
}

// The code point at `pos`; `after` receives the offset past it.
UChar32 next_code_point(std::string_view text, std::size_t pos, std::size_t& after) {
  auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) {
    after = pos + 1;
    return byte;
  }
  auto i = static_cast<std::int64_t>(pos);
  UChar32 c = 0;
  U8_NEXT_OR_FFFD(text.data(), i, static_cast<std::int64_t>(text.size()), c);
  after = static_cast<std::size_t>(i);
  return c;
}

bool is_white_space(UChar32 c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return u_isUWhiteSpace(c);
}

bool is_line_break(UChar32 c) {
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85;
}

bool is_word_character(UChar32 c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

}  // namespace

std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t after = 0;
  for (std::size_t pos = 0; pos < text.size(); pos = after)
    append_utf8(out, fold_code_point(next_code_point(text, pos, after)));
  return out;
}

TokenizedText::TokenizedText(std::string_view text) : text_(text) {
  if (text.size() >= std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("text of 4 GiB or more");
  folded_.reserve(text.size());
  bool space_before = false;
  bool line_before = true;
  std::size_t pos = 0;
  std::size_t after = 0;
  while (pos < text.size()) {
    UChar32 c = next_code_point(text, pos, after);
    if (is_white_space(c)) {
      space_before = true;
      line_before = line_before || is_line_break(c);
      pos = after;
      continue;
    }
    Token token{};
    token.begin = static_cast<std::uint32_t>(pos);
    token.folded_begin = static_cast<std::uint32_t>(folded_.size());
    token.space_before = space_before || tokens_.empty();
    token.line_before = line_before;
    if (c >= '0' && c <= '9') {
      token.kind = TokenKind::digits;
      while (after < text.size() && text[after] >= '0' && text[after] <= '9') ++after;
      folded_.append(text.substr(pos, after - pos));
    } else if (is_word_character(c)) {
      token.kind = TokenKind::word;
      token.capitalized = u_isupper(c) || u_istitle(c);
      std::size_t end = pos;
      while (end < text.size()) {
        std::size_t next = 0;
        UChar32 d = next_code_point(text, end, next);
        if (!is_word_character(d)) break;
        append_utf8(folded_, fold_code_point(d));
        end = next;
      }
      after = end;
    } else {
      token.kind = TokenKind::symbol;
      folded_.append(text.substr(pos, after - pos));
    }
    token.end = static_cast<std::uint32_t>(after);
    token.folded_size = static_cast<std::uint32_t>(folded_.size() - token.folded_begin);
    tokens_.push_back(token);
    space_before = false;
    line_before = false;
    pos = after;
  }
}

std::size_t TokenizedText::token_at(std::size_t offset) const {
  auto it = std::lower_bound(tokens_.begin(), tokens_.end(), offset,
                             [](const Token& t, std::size_t o) { return t.begin < o; });
  return static_cast<std::size_t>(it - tokens_.begin());
}

}  // namespace cadena::numbers
