#include "dateline.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

namespace cadena::clean {
namespace {

// Datelines sit in the first words of a story; looking further finds dates
// inside sentences.
constexpr std::size_t kScanBytes = 200;
constexpr std::size_t kMaxPlaceTokens = 10;

struct Token {
  enum Kind { kWord, kNumber, kMark } kind;
  std::string_view text;
  UChar32 mark;  // for kMark
};

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t begin = i;
    UChar32 c;
    U8_NEXT(text.data(), i, text.size(), c);
    if (c < 0 || u_isUWhiteSpace(c)) continue;
    const bool alpha = u_isalpha(c);
    const bool digit = u_isdigit(c);
    if (!alpha && !digit) {
      tokens.push_back({Token::kMark, text.substr(begin, i - begin), c});
      continue;
    }
    std::size_t end = i;
    while (end < text.size()) {
      std::size_t next = end;
      UChar32 d;
      U8_NEXT(text.data(), next, text.size(), d);
      if (d < 0 || (alpha ? !u_isalpha(d) : !u_isdigit(d))) break;
      end = next;
    }
    tokens.push_back({alpha ? Token::kWord : Token::kNumber, text.substr(begin, end - begin), 0});
    i = end;
  }
  return tokens;
}

bool is_dash(UChar32 c) { return c == '-' || (c >= 0x2012 && c <= 0x2015) || c == 0x2212; }

bool is_mark(const Token& t, UChar32 c) { return t.kind == Token::kMark && t.mark == c; }

bool starts_upper(std::string_view word) {
  std::size_t i = 0;
  UChar32 c;
  U8_NEXT(word.data(), i, word.size(), c);
  return c >= 0 && u_isupper(c);
}

// "de", "of": a short lowercase word between the parts of a date, or inside a
// place name ("Corea del Norte").
bool is_filler(const Token& t) {
  return t.kind == Token::kWord && t.text.size() <= 3 && !starts_upper(t.text);
}

int number(const Token& t) {
  if (t.kind != Token::kNumber || t.text.size() > 4) return -1;
  int n = 0;
  for (char c : t.text) n = n * 10 + (c - '0');
  return n;
}

bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

bool valid(int year, int month, int day) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= kDays[month - 1] + (month == 2 && leap(year) ? 1 : 0);
}

class DatelineParser {
 public:
  DatelineParser(const std::vector<Token>& tokens, const LanguageData& language)
      : t_(tokens), language_(language) {}

  // The date and the token after the dateline's closing mark.
  std::optional<std::pair<std::string, std::size_t>> parse() const {
    for (std::size_t start = 0; start < t_.size() && start <= kMaxPlaceTokens + 1; ++start) {
      if (!place_before(start)) continue;
      std::size_t end = 0;
      if (auto date = date_at(start, end)) return std::make_pair(*date, after_closing_mark(end));
    }
    return std::nullopt;
  }

 private:
  // Tokens [0, start) are a place followed by a separator, or nothing.
  bool place_before(std::size_t start) const {
    if (start == 0) return true;
    const Token& separator = t_[start - 1];
    if (!(is_mark(separator, ',') || (separator.kind == Token::kMark && is_dash(separator.mark)))) {
      return false;
    }
    if (start == 1 || t_[0].kind != Token::kWord || !starts_upper(t_[0].text)) return false;
    for (std::size_t i = 0; i + 1 < start; ++i) {
      const Token& t = t_[i];
      const bool place_word = t.kind == Token::kWord && (starts_upper(t.text) || is_filler(t));
      if (!place_word && !is_mark(t, ',') && !is_mark(t, '.')) return false;
    }
    return true;
  }

  int month_at(std::size_t i) const {
    if (i >= t_.size() || t_[i].kind != Token::kWord) return 0;
    return language_.month(lowercase(t_[i].text));
  }

  // Past a month name and the period of its abbreviation.
  std::size_t after_month(std::size_t i) const {
    return i + 1 < t_.size() && is_mark(t_[i + 1], '.') && i + 2 < t_.size() &&
                   !ends_dateline(i + 2)
               ? i + 2
               : i + 1;
  }

  std::size_t skip_filler(std::size_t i) const {
    while (i < t_.size() && (is_filler(t_[i]) || is_mark(t_[i], ',')) && month_at(i) == 0) ++i;
    return i;
  }

  bool ends_dateline(std::size_t i) const {
    if (i >= t_.size() || t_[i].kind != Token::kMark) return false;
    const UChar32 c = t_[i].mark;
    return is_dash(c) || c == '(' || c == '.' || c == ':' || c == '|';
  }

  // A year at `i`, returning the position after it, or `i` when there is none.
  std::size_t year_at(std::size_t i, int& year) const {
    if (i < t_.size() && t_[i].kind == Token::kNumber && t_[i].text.size() == 4) {
      year = number(t_[i]);
      return i + 1;
    }
    return i;
  }

  // The token after the mark that closes the dateline at `i` (ends_dateline):
  // a dash, colon, period (and a dash after it) or bar; a bracket through its closing one
  // ("(EUROPA PRESS)") and a dash or colon after that. A bracket left open
  // within a few words closes nothing: the dateline then ends before it.
  std::size_t after_closing_mark(std::size_t i) const {
    if (!is_mark(t_[i], '(')) {
      // "Lima, 3 de mayo de 2022.- El": the dash after a period is the mark's too.
      const bool dash_after = (is_mark(t_[i], '.') || is_mark(t_[i], ':')) && i + 1 < t_.size() &&
                              t_[i + 1].kind == Token::kMark && is_dash(t_[i + 1].mark);
      return dash_after ? i + 2 : i + 1;
    }
    constexpr std::size_t kMaxAgencyTokens = 8;
    for (std::size_t j = i + 1; j < t_.size() && j <= i + kMaxAgencyTokens; ++j) {
      if (!is_mark(t_[j], ')')) continue;
      const bool dash_after = j + 1 < t_.size() && t_[j + 1].kind == Token::kMark &&
                              (is_dash(t_[j + 1].mark) || t_[j + 1].mark == ':');
      return dash_after ? j + 2 : j + 1;
    }
    return i;
  }

  // The date of a dateline whose date starts at token `i`; `end` is then the
  // token of its closing mark.
  std::optional<std::string> date_at(std::size_t i, std::size_t& end) const {
    int day = 0;
    int month = 0;
    int year = 0;
    end = i;
    const int first = number(t_[i]);
    if (first >= 1 && first <= 31) {  // 13 de julio de 2025, 13 July 2025
      const std::size_t m = skip_filler(i + 1);
      month = month_at(m);
      if (month == 0) return std::nullopt;
      day = first;
      end = year_at(skip_filler(after_month(m)), year);
    } else if ((month = month_at(i)) != 0) {  // July 13, 2025
      const std::size_t d = after_month(i);
      day = d < t_.size() ? number(t_[d]) : -1;
      if (day < 1 || day > 31) return std::nullopt;
      end = year_at(skip_filler(d + 1), year);
    } else {
      return std::nullopt;
    }
    if (year == 0 || !ends_dateline(end) || !valid(year, month, day)) return std::nullopt;
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
    return std::string(iso);
  }

  const std::vector<Token>& t_;
  const LanguageData& language_;
};

}  // namespace

std::optional<Dateline> find_dateline(std::string_view text, const LanguageData& language) {
  std::size_t cut = std::min(text.size(), kScanBytes);
  while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
  const std::string_view scanned = text.substr(0, cut);
  const std::vector<Token> tokens = tokenize(scanned);
  auto found = DatelineParser(tokens, language).parse();
  if (!found) return std::nullopt;
  // The tokens view `scanned`: the last one taken ends the dateline.
  const Token& last = tokens[found->second - 1];
  const std::size_t end = static_cast<std::size_t>(last.text.data() - scanned.data()) + last.text.size();
  return Dateline{std::move(found->first), end};
}

std::optional<std::string> dateline_date(std::string_view text, const LanguageData& language) {
  auto dateline = find_dateline(text, language);
  if (!dateline) return std::nullopt;
  return std::move(dateline->date);
}

}  // namespace cadena::clean
