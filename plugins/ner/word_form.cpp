#include "word_form.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace cadena::ner {

bool is_letter(UChar32 c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return u_isalpha(c);
}

bool is_valid_utf8(std::string_view text) {
  std::size_t after = 0;
  for (std::size_t pos = 0; pos < text.size(); pos = after)
    if (code_point_at(text, pos, after) == 0xFFFD && text.compare(pos, 3, "\xEF\xBF\xBD") != 0)
      return false;
  return true;
}

bool is_space(UChar32 c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return u_isUWhiteSpace(c);
}

WordCase word_case(std::string_view word) {
  bool upper = false;
  bool lower = false;
  bool first_upper = false;
  bool any = false;
  std::size_t after = 0;
  for (std::size_t pos = 0; pos < word.size(); pos = after) {
    UChar32 c = code_point_at(word, pos, after);
    if (!is_letter(c)) continue;
    bool is_upper = u_isupper(c) || u_istitle(c);
    if (!any) first_upper = is_upper;
    any = true;
    upper |= is_upper;
    lower |= !is_upper;
  }
  if (!any) return WordCase::none;
  if (upper && !lower) return WordCase::capitals;
  return first_upper ? WordCase::capitalised : WordCase::lower;
}

std::string lowercase(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  std::size_t after = 0;
  for (std::size_t pos = 0; pos < word.size(); pos = after) {
    UChar32 c = code_point_at(word, pos, after);
    if (c < 0x80) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    } else {
      append_code_point(out, u_tolower(c));
    }
  }
  return out;
}

std::string folded(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposed;
  if (U_SUCCESS(status))
    decomposed = nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(
                                    text.data(), static_cast<int32_t>(text.size()))),
                                status);
  if (U_FAILURE(status)) return lowercase(text);
  icu::UnicodeString bare;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) != U_NON_SPACING_MARK) bare.append(u_tolower(c));
  }
  std::string out;
  bare.toUTF8String(out);
  return out;
}

std::string shape(std::string_view word, bool collapse) {
  std::string out;
  char last = 0;
  int run = 0;
  std::size_t after = 0;
  for (std::size_t pos = 0; pos < word.size(); pos = after) {
    UChar32 c = code_point_at(word, pos, after);
    char kind;
    if (is_letter(c)) {
      kind = u_isupper(c) || u_istitle(c) ? 'X' : 'x';
    } else if (u_isdigit(c)) {
      kind = 'd';
    } else if (c < 0x80) {
      kind = static_cast<char>(c);
    } else {
      kind = '*';  // any other symbol or punctuation outside ASCII
    }
    run = kind == last ? run + 1 : 1;
    last = kind;
    if (run == 1 || (!collapse && run <= 4)) out += kind;
  }
  return out;
}

std::string_view prefix(std::string_view word, std::size_t n) {
  std::size_t pos = 0;
  std::size_t after = 0;
  for (std::size_t i = 0; i < n; ++i, pos = after) {
    if (pos >= word.size()) return {};
    code_point_at(word, pos, after);
  }
  return word.substr(0, pos);
}

std::string_view suffix(std::string_view word, std::size_t n) {
  std::size_t pos = word.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (pos == 0) return {};
    do --pos;
    while (pos > 0 && U8_IS_TRAIL(word[pos]));
  }
  return word.substr(pos);
}

std::size_t code_points(std::string_view word) {
  std::size_t n = 0;
  for (char c : word) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string token_form(std::string_view token_text) {
  std::string form;
  form.reserve(token_text.size());
  std::size_t after = 0;
  for (std::size_t pos = 0; pos < token_text.size(); pos = after) {
    UChar32 c = code_point_at(token_text, pos, after);
    if (!is_space(c)) form.append(token_text.substr(pos, after - pos));
  }
  bool acronym = word_case(form) == WordCase::capitals && form.find('.') != std::string::npos &&
                 form.find_first_not_of('.') != std::string::npos;
  if (acronym) {
    std::string bare;
    for (char c : form)
      if (c != '.') bare += c;
    if (code_points(bare) > 1) return bare;
  }
  return form;
}

std::string word_key(std::string_view form) {
  std::string key = lowercase(form);
  for (char& c : key)
    if (c >= '1' && c <= '9') c = '0';
  return key;
}

}  // namespace cadena::ner
