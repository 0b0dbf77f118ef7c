#include "word_reader.hpp"

#include <cadena/plugins/code_points.hpp>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>

namespace cadena::summarize {
namespace {

// Latin-1 Supplement, Latin Extended-A and -B: where the accented letters of
// the languages Cadena reads live.
constexpr UChar32 kFoldedFirst = 0x00C0;
constexpr UChar32 kFoldedLast = 0x024F;
constexpr UChar32 kEnye = 0x00F1;  // ñ

// Lowercase, and the base letter when the lowercase letter decomposes into
// one letter plus combining marks (NFD). Computed once from ICU, not written
// by hand, so that no letter of the range is forgotten.
const std::array<UChar32, kFoldedLast - kFoldedFirst + 1>& folding_table() {
  static const auto table = [] {
    std::array<UChar32, kFoldedLast - kFoldedFirst + 1> t{};
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    for (UChar32 c = kFoldedFirst; c <= kFoldedLast; ++c) {
      UChar32 lower = u_tolower(c);
      UChar32 folded = lower;
      icu::UnicodeString decomposed;
      if (lower != kEnye && U_SUCCESS(status) && nfd->getDecomposition(lower, decomposed)) {
        bool marks_only = true;
        for (int32_t i = decomposed.moveIndex32(0, 1); i < decomposed.length();
             i = decomposed.moveIndex32(i, 1))
          marks_only = marks_only && u_charType(decomposed.char32At(i)) == U_NON_SPACING_MARK;
        if (marks_only) folded = decomposed.char32At(0);
      }
      t[static_cast<std::size_t>(c - kFoldedFirst)] = folded;
    }
    return t;
  }();
  return table;
}

UChar32 fold(UChar32 c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  if (c >= kFoldedFirst && c <= kFoldedLast)
    return folding_table()[static_cast<std::size_t>(c - kFoldedFirst)];
  return u_tolower(c);
}

bool is_word_char(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return u_isalnum(c);
}

bool is_digit(UChar32 c) { return c < 0x80 ? c >= '0' && c <= '9' : u_isdigit(c); }

}  // namespace

bool WordReader::next() {
  std::size_t after = 0;
  UChar32 c = 0;
  while (pos_ < text_.size() && !is_word_char(c = plugins::code_point_at(text_, pos_, after))) pos_ = after;
  if (pos_ >= text_.size()) return false;
  word_.clear();
  begin_ = pos_;
  bool previous_digit = false;
  while (pos_ < text_.size()) {
    c = plugins::code_point_at(text_, pos_, after);
    if (is_word_char(c)) {
      plugins::append_code_point(word_, fold(c));
      previous_digit = is_digit(c);
      pos_ = after;
      continue;
    }
    // "10.000", "3,5": a separator between digits.
    std::size_t next_after = 0;
    bool digit_separator = (c == '.' || c == ',') && previous_digit && after < text_.size() &&
                           is_digit(plugins::code_point_at(text_, after, next_after));
    if (!digit_separator) break;
    word_ += static_cast<char>(c);
    pos_ = after;
  }
  end_ = pos_;
  return true;
}

std::string folded_words(std::string_view text) {
  std::string joined;
  for (WordReader words(text); words.next();) {
    if (!joined.empty()) joined += ' ';
    joined += words.word();
  }
  return joined;
}

}  // namespace cadena::summarize
