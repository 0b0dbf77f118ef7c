#include "boundary_rules.hpp"

#include <unicode/uchar.h>

#include "utf8_text.hpp"

namespace cadena::split {
namespace {

constexpr UChar32 kEllipsis = 0x2026;
constexpr UChar32 kParagraphSeparator = 0x2029;
// A sentence of at most this many words, with a digit or in capitals, before
// ". -" is a heading of the text after the dash: a dateline ("MADRID. - El
// Gobierno…") or a date of a chronology ("7 de julio. - Barak presenta…").
constexpr int kHeadingWords = 4;
// A sentence of nothing but a number this long (after a bullet, if any)
// before its period is the number of a list item: "1. Ser mayor de edad",
// "• 2. Segundo paso", "3.) Close the lid".
constexpr int kItemNumberDigits = 3;

bool is_line_break(UChar32 c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 ||
         c == kParagraphSeparator;
}

// Line breaks in the gap: CR LF counts once, a paragraph separator twice (it
// ends a block as a blank line does).
int line_breaks(std::string_view text, Gap gap) {
  int count = 0;
  std::size_t after = 0;
  for (std::size_t pos = gap.end; pos < gap.next; pos = after) {
    UChar32 c = code_point_at(text, pos, after);
    if (c == kParagraphSeparator) {
      count += 2;
    } else if (is_line_break(c) && !(c == '\r' && after < gap.next && text[after] == '\n')) {
      ++count;
    }
  }
  return count;
}

bool is_terminator(UChar32 c) {
  int sb = sentence_break_class(c);
  return sb == U_SB_ATERM || sb == U_SB_STERM || c == kEllipsis;
}

bool is_dash(UChar32 c) { return u_charType(c) == U_DASH_PUNCTUATION; }

// The first code point from `pos` on that is neither white space nor
// punctuation placed before a word (quotes, brackets, dashes, '¿', '¡'), or
// U_SENTINEL at the end. Like ICU's rule SB8, it looks through "—preguntó"
// and «¿qué?» to the letter; unlike it, not through digits.
UChar32 first_significant(std::string_view text, std::size_t pos) {
  std::size_t after = 0;
  for (; pos < text.size(); pos = after) {
    UChar32 c = code_point_at(text, pos, after);
    if (!(u_ispunct(c) || is_space(c)) || is_terminator(c)) return c;
  }
  return U_SENTINEL;
}

// Whether the sentence goes on at `next`: a lowercase word follows, or no
// word at all before more final punctuation ("¿Por qué? - -. Ha salido así").
bool goes_on(std::string_view text, std::size_t next) {
  UChar32 c = first_significant(text, next);
  return u_isULowercase(c) || is_terminator(c);
}

bool starts_with_capital(std::string_view text, std::size_t next) {
  UChar32 c = first_significant(text, next);
  return u_isUUppercase(c) || u_istitle(c);
}

// A single capital before the period, a word of its own: "J." and "R." in
// "J. R. R. Tolkien" or "J.R.R.", "W." in "George W. Bush", "(J. Smith)";
// not the end of a longer word, code or quantity ("2B.", "129I.", "120°C.").
bool is_initial(std::string_view text, std::size_t period_start) {
  if (period_start == 0) return false;
  std::size_t letter_start = 0;
  if (!u_isUUppercase(code_point_before(text, period_start, letter_start))) return false;
  if (letter_start == 0) return true;
  std::size_t start = 0;
  const UChar32 before = code_point_before(text, letter_start, start);
  const int8_t type = u_charType(before);
  return is_space(before) || before == '.' || type == U_START_PUNCTUATION ||
         type == U_INITIAL_PUNCTUATION || is_dash(before);
}

// A boundary between two non-space code points inside a URL or an e-mail
// address ("www.Example.com", "watch?V=1", "Ana.Ruiz@Diario.es").
bool inside_address(std::string_view text, Gap gap) {
  if (gap.end != gap.next) return false;
  std::size_t begin = word_start(text, gap.end);
  std::string_view word = text.substr(begin, word_end(text, gap.next) - begin);
  std::size_t at = word.find('@');
  return word.find("://") != std::string_view::npos ||
         word.find("www.") != std::string_view::npos ||
         (at != std::string_view::npos && word.find('.', at) != std::string_view::npos);
}

bool starts_with_bullet(std::string_view text, std::size_t next) {
  std::size_t after = 0;
  UChar32 c = code_point_at(text, next, after);
  return is_dash(c) || c == '*' || c == 0x00B7 /* · */ || c == 0x2022 /* • */ ||
         c == 0x2023 /* ‣ */ || c == 0x25AA /* ▪ */ || c == 0x25E6 /* ◦ */;
}

// Whether the line at `next` opens a new block rather than continuing a
// hard-wrapped sentence: a numbered item ("1. ", "2) "), a question or an
// exclamation, or a capital letter. (Bulleted items are settled before.)
bool starts_block(std::string_view text, std::size_t next) {
  std::size_t after = 0;
  UChar32 c = code_point_at(text, next, after);
  if (c == 0x00BF /* ¿ */ || c == 0x00A1 /* ¡ */) return true;
  if (u_isdigit(c)) {
    while (after < text.size() && u_isdigit(c)) c = code_point_at(text, after, after);
    return c == '.' || c == ')';
  }
  return starts_with_capital(text, next);
}

// A line that ends in a comma, a dash or an open bracket goes on below, even
// before a capital ("Wonsan, Corea del Norte –" / "13 de julio").
bool line_goes_on(std::string_view text, std::size_t end) {
  std::size_t start = 0;
  UChar32 last = code_point_before(text, end, start);
  int8_t type = u_charType(last);
  return last == ',' || is_dash(last) || type == U_START_PUNCTUATION ||
         type == U_INITIAL_PUNCTUATION;
}

}  // namespace

BoundaryRules::BoundaryRules(std::string_view text, const Abbreviations& abbreviations)
    : text_(text), abbreviations_(abbreviations), sentence_begin_(skip_space_forward(text, 0)) {}

bool BoundaryRules::ends_sentence(Gap gap) {
  if (!judge(gap)) return false;
  sentence_begin_ = gap.next;
  return true;
}

bool BoundaryRules::judge(Gap gap) const {
  int breaks = line_breaks(text_, gap);
  if (breaks >= 2) return true;
  if (breaks == 1 && starts_with_bullet(text_, gap.next)) return true;
  // A closing quote or bracket belongs to the sentence it closes: judge the
  // mark before it ("«Vamos.» Luego", "(sic.)").
  std::size_t mark_end = gap.end;
  std::size_t mark_start = 0;
  while (mark_end > 0 &&
         sentence_break_class(code_point_before(text_, mark_end, mark_start)) == U_SB_CLOSE)
    mark_end = mark_start;
  if (mark_end > 0) {
    UChar32 mark = code_point_before(text_, mark_end, mark_start);
    if (sentence_break_class(mark) == U_SB_ATERM) return after_period(gap, mark_start, mark_end);
    if (is_terminator(mark)) return !inside_address(text_, gap) && !goes_on(text_, gap.next);
  }
  // No final punctuation: ICU breaks at every line break; keep the ones that
  // end a headline or a list item.
  if (breaks == 1) return starts_block(text_, gap.next) && !line_goes_on(text_, gap.end);
  return true;  // a boundary ICU or the headline scan found, which no rule here undoes
}

bool BoundaryRules::after_period(Gap gap, std::size_t period_start, std::size_t period_end) const {
  if (inside_address(text_, gap)) return false;
  switch (abbreviations_.period_role(text_, period_end)) {
    case Abbreviations::Role::inside:
    case Abbreviations::Role::never_final:
      return false;
    case Abbreviations::Role::may_end:
      return starts_with_capital(text_, gap.next);
    case Abbreviations::Role::none:
      break;
  }
  if (is_initial(text_, period_start) && starts_with_capital(text_, gap.next)) return false;
  if (is_item_number(period_start)) return false;
  std::size_t after = 0;
  if (is_dash(code_point_at(text_, gap.next, after)) && is_heading(period_start)) return false;
  return !goes_on(text_, gap.next);
}

bool BoundaryRules::is_item_number(std::size_t period_start) const {
  std::size_t pos = sentence_begin_;
  std::size_t after = 0;
  while (pos < period_start) {
    const UChar32 c = code_point_at(text_, pos, after);
    if (!is_space(c) && !starts_with_bullet(text_, pos)) break;
    pos = after;
  }
  int digits = 0;
  for (; pos < period_start; pos = after) {
    if (!u_isdigit(code_point_at(text_, pos, after)) || ++digits > kItemNumberDigits) return false;
  }
  return digits > 0;
}

bool BoundaryRules::is_heading(std::size_t period_start) const {
  int words = 0;
  bool digit = false;
  bool lowercase = false;
  bool in_word = false;
  std::size_t after = 0;
  for (std::size_t pos = sentence_begin_; pos < period_start; pos = after) {
    UChar32 c = code_point_at(text_, pos, after);
    bool space = is_space(c);
    if (!space && !in_word && ++words > kHeadingWords) return false;
    in_word = !space;
    digit |= u_isdigit(c) != 0;
    lowercase |= u_isULowercase(c) != 0;
  }
  return digit || !lowercase;
}

}  // namespace cadena::split
