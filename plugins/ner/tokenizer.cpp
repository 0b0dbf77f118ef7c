#include "tokenizer.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cadena/data.hpp>
#include <cadena/plugins/break_iterator.hpp>
#include <cstdint>
#include <limits>
#include <stdexcept>

#include "word_form.hpp"

namespace cadena::ner {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool starts_with_ascii_nocase(std::string_view text, std::size_t pos, std::string_view prefix) {
  if (text.size() - pos < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if ((text[pos + i] | 0x20) != prefix[i]) return false;
  return true;
}

// Punctuation that ends a sentence or closes a bracket after a URL or an
// address without being part of it: "(www.efe.es)." -> "www.efe.es".
std::size_t trim_trailing_punctuation(std::string_view text, std::size_t begin, std::size_t end) {
  constexpr std::string_view kTrailing = ".,;:!?)]}\"'";
  while (end > begin && kTrailing.find(text[end - 1]) != std::string_view::npos) --end;
  return end;
}

std::size_t non_space_end(std::string_view text, std::size_t pos) {
  std::size_t after = 0;
  while (pos < text.size() && !is_space(code_point_at(text, pos, after))) pos = after;
  return pos;
}

// The end of a URL starting at `pos` ("http://…", "https://…", "www.…"), or pos.
std::size_t url_end(std::string_view text, std::size_t pos) {
  if (!starts_with_ascii_nocase(text, pos, "http://") &&
      !starts_with_ascii_nocase(text, pos, "https://") &&
      !starts_with_ascii_nocase(text, pos, "www."))
    return pos;
  return trim_trailing_punctuation(text, pos, non_space_end(text, pos));
}

bool is_address_char(char c) {
  return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '.' || c == '_' ||
         c == '-' || c == '+' || c == '%';
}

// The end of an e-mail address starting at `pos` ("prensa@efe.es"), or pos.
std::size_t email_end(std::string_view text, std::size_t pos) {
  std::size_t at = pos;
  while (at < text.size() && is_address_char(text[at])) ++at;
  if (at == pos || at >= text.size() || text[at] != '@') return pos;
  std::size_t end = at + 1;
  while (end < text.size() && is_address_char(text[end])) ++end;
  end = trim_trailing_punctuation(text, at + 1, end);
  while (end > at + 1 && text[end - 1] == '-') --end;
  std::string_view domain = text.substr(at + 1, end - at - 1);
  if (domain.find('.') == std::string_view::npos) return pos;
  return end;
}

bool is_ordinal_indicator(std::string_view segment) {
  return segment == "\xC2\xBA" /* º */ || segment == "\xC2\xAA" /* ª */;
}

bool all_digits(std::string_view s) {
  for (char c : s)
    if (!is_digit(c)) return false;
  return !s.empty();
}

bool ends_alphanumeric(std::string_view s) {
  std::size_t start = s.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  std::size_t after = 0;
  UChar32 c = code_point_at(s, start, after);
  return is_letter(c) || u_isdigit(c);
}

bool starts_alphanumeric(std::string_view s) {
  std::size_t after = 0;
  UChar32 c = code_point_at(s, 0, after);
  return is_letter(c) || u_isdigit(c);
}

bool is_single_code_point(std::string_view word) {
  std::size_t after = 0;
  code_point_at(word, 0, after);
  return after == word.size();
}

bool is_ellipsis(std::string_view word) {
  return word.find_first_not_of('.') == std::string_view::npos;
}

// A capital initial ("W") or an acronym written with periods ("EE.UU", "S.A"):
// the period after it is part of the token.
bool takes_final_period(std::string_view word) {
  WordCase c = word_case(word);
  if (c != WordCase::capitals && c != WordCase::capitalised) return false;
  if (is_single_code_point(word)) return true;  // a letter, since it has a case
  return c == WordCase::capitals && word.find('.') != std::string_view::npos;
}

}  // namespace

Tokenizer::Tokenizer(const std::string& abbreviations_file) {
  for (const DataLine& line : read_data_lines(abbreviations_file)) {
    std::string where = abbreviations_file + ":" + std::to_string(line.line);
    if (!is_valid_utf8(line.text))
      throw std::runtime_error(where + ": the line is not valid UTF-8");
    if (line.text.back() != '.')
      throw std::runtime_error(where + ": '" + line.text +
                               "' does not end with a period; write abbreviations as in text");
    std::string key;
    for (char c : line.text)
      if (c != ' ' && c != '\t') key += c;
    if (key.size() > longest_) longest_ = key.size();
    abbreviations_.insert(key);
    if (word_case(key) == WordCase::lower) {
      std::size_t after = 0;
      UChar32 first = code_point_at(key, 0, after);
      std::string capitalised;
      append_code_point(capitalised, u_totitle(first));
      abbreviations_.insert(capitalised + key.substr(after));
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  words_.reset(icu::BreakIterator::createWordInstance(icu::Locale("es"), status));
  if (U_FAILURE(status))
    throw std::runtime_error(std::string("ICU has no word rules for Spanish: ") +
                             u_errorName(status));
}

Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer::~Tokenizer() = default;

std::size_t Tokenizer::abbreviation_end(std::string_view text, std::size_t pos) const {
  std::string key;
  std::size_t found = pos;
  for (std::size_t i = pos; i < text.size() && key.size() < longest_; ++i) {
    char c = text[i];
    if (c == ' ') {
      if (key.empty() || key.back() != '.') break;  // only "EE. UU." has spaces inside
      continue;
    }
    if (c == '\t' || c == '\n' || c == '\r') break;
    key += c;
    if (c != '.' || abbreviations_.count(key) == 0) continue;
    std::size_t after = 0;
    bool word_goes_on = i + 1 < text.size() && is_letter(code_point_at(text, i + 1, after));
    if (!word_goes_on) found = i + 1;
  }
  return found;
}

std::vector<Token> Tokenizer::tokenize(std::string_view text) const {
  if (text.size() > static_cast<std::size_t>(std::numeric_limits<int32_t>::max()))
    throw std::length_error("text too long to tokenize (ICU offsets are 32-bit)");
  std::unique_ptr<icu::BreakIterator> iterator = cadena::plugins::iterate_utf8(*words_, text);

  std::vector<Token> segments;
  std::size_t start = 0;
  for (int32_t b = iterator->next(); b != icu::BreakIterator::DONE; b = iterator->next()) {
    auto end = static_cast<std::size_t>(b);
    std::size_t after = 0;
    if (!is_space(code_point_at(text, start, after))) segments.push_back({start, end});
    start = end;
  }

  auto piece = [&](std::size_t i) {
    return text.substr(segments[i].begin, segments[i].end - segments[i].begin);
  };
  auto adjacent = [&](std::size_t i) { return segments[i].begin == segments[i - 1].end; };

  std::vector<Token> tokens;
  for (std::size_t i = 0; i < segments.size();) {
    Token token = segments[i];
    std::size_t whole = url_end(text, token.begin);
    if (whole == token.begin) whole = email_end(text, token.begin);
    if (whole == token.begin) whole = abbreviation_end(text, token.begin);
    if (whole > token.begin) {
      while (i < segments.size() && segments[i].begin < whole)
        token.end = std::max(whole, segments[i++].end);
      tokens.push_back(token);
      continue;
    }
    std::size_t j = i + 1;
    while (j < segments.size() && adjacent(j)) {
      std::string_view word = text.substr(token.begin, token.end - token.begin);
      std::string_view next = piece(j);
      bool has_third = j + 1 < segments.size() && adjacent(j + 1);
      if (next == "-" && has_third && ends_alphanumeric(word) &&
          starts_alphanumeric(piece(j + 1))) {
        token.end = segments[j + 1].end;  // Jong-un, 2-0, Castilla-La
        j += 2;
      } else if (all_digits(word) && next == "." && has_third &&
                 is_ordinal_indicator(piece(j + 1))) {
        token.end = segments[j + 1].end;  // 1.º
        j += 2;
      } else if (all_digits(word) && is_ordinal_indicator(next)) {
        token.end = segments[j].end;
        j += 1;
      } else if (next == "." && (is_ellipsis(word) ||
                                 (takes_final_period(word) &&
                                  !(j + 1 == segments.size() && is_single_code_point(word))))) {
        token.end = segments[j].end;  // "...", W., EE.UU. (but "vitamina C." ends a sentence)
        j += 1;
      } else {
        break;
      }
    }
    tokens.push_back(token);
    i = j;
  }
  return tokens;
}

}  // namespace cadena::ner
