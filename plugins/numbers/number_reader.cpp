#include "number_reader.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

#include "cardinal_composer.hpp"
#include "decimal.hpp"

namespace cadena::numbers {
namespace {

bool is_whole(double value) { return std::floor(value) == value && std::fabs(value) < 9.0e15; }

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The value of a vulgar fraction character ("½", "⅙"), or 0.
double vulgar_fraction(std::string_view symbol) {
  std::int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(symbol.data(), i, static_cast<std::int32_t>(symbol.size()), c);
  double value = c < 0 ? U_NO_NUMERIC_VALUE : u_getNumericValue(c);
  return value == U_NO_NUMERIC_VALUE || value == std::floor(value) ? 0 : value;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// A cardinal written as one word ("cientocinco", "treintaicinco", "dosmil"):
// its value, or 0. With `needs_scale` it must end in "mil" or a scale word.
double compound_cardinal(std::string_view word, bool needs_scale, const NumberLexicon& lex) {
  constexpr std::size_t kLongestWord = 16;
  CardinalComposer composer;
  bool joined = false;  // the previous piece was "i"
  std::size_t pos = 0;
  while (pos < word.size()) {
    std::size_t length = std::min(kLongestWord, word.size() - pos);
    for (; length > 0; --length) {
      std::string_view piece = word.substr(pos, length);
      if (const CardinalWord* w = lex.cardinals.word(piece); w && composer.add(*w, joined)) {
        joined = false;
        break;
      }
      if (!joined && composer.can_join() && lex.is_connector(piece, Connector::inner)) {
        joined = true;
        break;
      }
    }
    if (length == 0) return 0;
    pos += length;
  }
  if (joined || composer.empty() || (needs_scale && !composer.ends_in_scale())) return 0;
  return composer.value();
}

std::string whole_digits(double value) { return std::to_string(static_cast<long long>(value)); }

// 0.<digits>, whatever the C++ locale.
double decimal_fraction(const std::string& digits) {
  std::string number = "0." + digits;
  double value = 0;
  parse_decimal(number, value);
  return value;
}

}  // namespace

bool NumberReader::letters_glued_before(std::size_t i) const {
  if (!text_.attached(i)) return false;
  if (text_.is_word(i - 1)) return true;  // "G20"
  // "B-52", "COVID-19": a code, not a negative number
  return (text_.is_symbol(i - 1, "-") || text_.is_symbol(i - 1, "\u2010")) &&
         text_.attached(i - 1) && text_.is_word(i - 2);
}

bool NumberReader::count_noun_at(std::size_t i) const {
  if (!text_.is_word(i) || text_[i].capitalized || text_[i].line_before) return false;
  std::string_view word = text_.folded(i);
  if (lex_.measure_units.word(word) || lex_.cardinals.word(word) || lex_.multipliers.word(word) ||
      lex_.measure_units.longest(text_, i))
    return false;
  for (const std::string& ending : lex_.count_noun_endings)
    if (ends_with(word, ending) && word.size() >= ending.size() + 2) return true;
  return false;
}

DigitNumeral NumberReader::numeral(std::size_t i, std::size_t& end) const {
  std::string_view text = text_.text();
  std::size_t pos = text_[i].begin;
  // Digits after "192.168." go on a string of groups (an address, a
  // version): they are a whole number of their own, not "1.2".
  bool continues = text_.is_digits(i) && text_.attached(i) && i >= 2 &&
                   (text_.is_symbol(i - 1, ".") || text_.is_symbol(i - 1, ",")) &&
                   text_.attached(i - 1) && text_.is_digits(i - 2);
  DigitNumeral n =
      read_digit_numeral(continues ? text.substr(0, text_[i].end) : text, pos, decimal_);
  if (n.end == 0) return n;
  end = text_.token_at(n.end);
  if (n.ambiguous && count_noun_at(end)) {  // "10,000 soldados": never ten soldiers
    char separator = text[text.find_first_of(".,", pos)];
    char other = separator == '.' ? ',' : '.';
    n = read_digit_numeral(text, pos, other);
    n.shown_decimal = other;
  }
  return n;
}

Quantity NumberReader::read(std::size_t i, bool tail) const {
  if (i >= text_.size()) return {};
  if (text_.is_digits(i)) return read_digits(i, tail);
  bool leading_separator = (text_.is_symbol(i, ",") || text_.is_symbol(i, ".")) &&
                           text_[i].space_before && text_.is_digits(i + 1) && text_.attached(i + 1);
  if (leading_separator) return read_digits(i, tail);
  if (text_.is_word(i)) return read_words(i, tail);
  if (double value = vulgar_fraction(text_.surface(i))) {
    Quantity q;
    q.value = value;
    q.integer = false;
    q.fraction = true;
    q.end = i + 1;
    return q;
  }
  return {};
}

Quantity NumberReader::read_digits(std::size_t i, bool tail) const {
  if (letters_glued_before(i)) return {};
  std::size_t j = 0;
  DigitNumeral n = numeral(i, j);
  if (n.end == 0) return {};
  Quantity q;
  q.digits = true;
  q.value = n.value;
  q.integer = n.integer;
  q.fraction = n.fraction;
  auto is_ordinal_suffix = [&](std::size_t k) {
    for (const std::string& suffix : lex_.ordinal_suffixes)
      if (text_.folded(k) == suffix) return true;
    return false;
  };
  bool glued_word_after = text_.is_word(j + 1) && text_.attached(j + 1);
  if (text_.is_word(j) && text_.attached(j)) {
    double factor = lex_.magnitude(text_.surface(j));
    if (factor != 0 && !glued_word_after) {
      q.value *= factor;
      q.integer = is_whole(q.value);
      ++j;
    } else if (q.integer && !n.ambiguous && is_ordinal_suffix(j) && !glued_word_after) {
      q.ordinal = true;
      q.end = j + 1;
      return q;
    } else {
      return {};  // "29km", "11S", "3años"
    }
  } else if (text_.is_symbol(j, ".") && text_.attached(j) && text_.is_word(j + 1) &&
             text_.attached(j + 1) && is_ordinal_suffix(j + 1) && q.integer) {
    q.ordinal = true;  // "1.º"
    q.end = j + 2;
    return q;
  } else if (double part = text_.attached(j) ? vulgar_fraction(text_.surface(j)) : 0) {
    q.value += part;  // "2½"
    q.integer = false;
    q.fraction = true;
    ++j;
  } else if (text_.is_word(j) && !text_[j].line_before && lex_.magnitude(text_.surface(j)) != 0 &&
             !glued_word_after) {
    q.value *= lex_.magnitude(text_.surface(j));  // "2,33 k"
    q.integer = is_whole(q.value);
    ++j;
  }
  double last_scale = 1;
  if (!q.fraction) {  // "12 millones", "2 mil millones", "3,5 millones"
    CardinalComposer composer;
    composer.seed(q.value);
    while (text_.is_word(j) && !text_[j].line_before) {
      const CardinalWord* w = lex_.cardinals.word(text_.folded(j));
      if (!w || (w->role != CardinalWord::Role::thousand && w->role != CardinalWord::Role::scale) ||
          !composer.add(*w))
        break;
      ++j;
    }
    q.value = composer.value();
    q.integer = is_whole(q.value);
    q.scale = last_scale = composer.last_scale();
  }
  q.end = j;
  if (tail) read_tail(q, last_scale);
  return q;
}

Quantity NumberReader::read_words(std::size_t i, bool tail) const {
  if (i >= text_.size()) return {};  // a connector ends the text: "siete con"
  Quantity q;
  const FractionWord* half = lex_.fractions.word(text_.folded(i));
  if (half && half->number == GrammaticalNumber::alone) {  // "la mitad"
    q.value = 1 / half->denominator;
    q.integer = false;
    q.fraction = true;
    q.end = i + 1;
    return q;
  }
  CardinalComposer composer;
  std::size_t j = i;
  if (half && half->number == GrammaticalNumber::singular && text_.is_word(i + 1)) {
    // "medio millón", "media docena"
    const CardinalWord* next = lex_.cardinals.word(text_.folded(i + 1));
    bool scaled = next && (next->role == CardinalWord::Role::scale ||
                           next->role == CardinalWord::Role::thousand);
    if (scaled || lex_.multipliers.word(text_.folded(i + 1))) {
      composer.seed(1 / half->denominator);
      j = i + 1;
    }
  }
  while (j < text_.size() && (j == i || !text_[j].line_before)) {
    const CardinalWord* w = text_.is_word(j) ? lex_.cardinals.word(text_.folded(j)) : nullptr;
    if (w) {
      if (!composer.add(*w)) break;
      ++j;
      continue;
    }
    // "cuarenta y siete", "twenty-one"
    if (lex_.is_connector(text_.folded(j), Connector::and_) && composer.can_join() &&
        text_.is_word(j + 1) && !text_[j + 1].line_before) {
      const CardinalWord* w = lex_.cardinals.word(text_.folded(j + 1));
      if (w && composer.add(*w, true)) {
        j += 2;
        continue;
      }
    }
    break;
  }
  if (composer.empty() || j == i) return {};
  const CardinalWord* first = lex_.cardinals.word(text_.folded(i));
  bool bare_scale = j == i + 1 && first && first->role == CardinalWord::Role::scale;
  if (bare_scale && text_.is_word(j) && lex_.is_connector(text_.folded(j), Connector::of))
    return {};  // "millones de municiones": an indefinite amount, not 10^6
  q.value = composer.value();
  q.integer = is_whole(q.value);
  q.scale = composer.last_scale();
  q.end = j;
  q.article_only = j == i + 1 && first && first->role == CardinalWord::Role::article;
  if (tail) read_tail(q, composer.last_scale());
  if (q.end != j) q.article_only = false;
  return q;
}

Quantity NumberReader::ordinal_words(std::size_t i) const {
  if (!text_.is_word(i)) return {};
  const OrdinalWord* first = lex_.ordinals.word(text_.folded(i));
  if (!first) return {};
  Quantity q;
  q.ordinal = true;
  q.value = first->value;
  q.end = i + 1;
  // "vigésimo segundo": a round ordinal and a smaller one
  const OrdinalWord* next =
      text_.is_word(i + 1) ? lex_.ordinals.word(text_.folded(i + 1)) : nullptr;
  if (next && first->value >= 20 && first->value % 10 == 0 && next->value < 10 &&
      !text_[i + 1].line_before) {
    q.value += next->value;
    q.end = i + 2;
    return q;
  }
  if (!first->ambiguous) return q;
  bool before_lowercase_word =
      text_.is_word(i + 1) && !text_[i + 1].capitalized && !text_[i + 1].line_before;
  const CardinalWord* before =
      text_.is_word(i - 1) ? lex_.cardinals.word(text_.folded(i - 1)) : nullptr;
  bool after_number =
      (i > 0 && text_.is_digits(i - 1)) || (before && before->role != CardinalWord::Role::article);
  if (!before_lowercase_word || after_number) return {};
  return q;
}

double NumberReader::denominator_at(std::size_t i, double numerator) const {
  if (!text_.is_word(i) || numerator <= 0) return 0;
  // More than one takes a plural ("dos millonésimo" is no fraction); one
  // takes either, as written ("un cientocincoavos").
  auto agrees = [numerator](GrammaticalNumber n) {
    return n == GrammaticalNumber::plural || (numerator == 1 && n == GrammaticalNumber::singular);
  };
  std::string_view word = text_.folded(i);
  if (const FractionWord* f = lex_.fractions.word(word))
    return agrees(f->number) ? f->denominator : 0;
  for (const FractionSuffix& s : lex_.fraction_suffixes) {
    if (!agrees(s.number) || !ends_with(word, s.suffix)) continue;
    std::string stem(word.substr(0, word.size() - s.suffix.size()));
    double d = compound_cardinal(stem, s.needs_scale, lex_);
    // "treint|avos": the stem lost the vowel the suffix starts with
    if (d == 0 && is_vowel(s.suffix[0]))
      d = compound_cardinal(stem + s.suffix[0], s.needs_scale, lex_);
    if (d > 1) return d;
  }
  return 0;
}

bool NumberReader::read_decimals(std::size_t i, std::size_t& end, std::string& digits) const {
  std::size_t j = i;
  while (text_.is_word(j) && !text_[j].line_before) {
    CardinalComposer composer;
    std::size_t k = j;
    while (text_.is_word(k) && !text_[k].line_before) {
      const CardinalWord* w = lex_.cardinals.word(text_.folded(k));
      bool joined = false;
      if (!w && lex_.is_connector(text_.folded(k), Connector::and_) && composer.can_join() &&
          text_.is_word(k + 1)) {  // not "siete coma cuarenta y" at the end of the text
        w = lex_.cardinals.word(text_.folded(k + 1));
        joined = true;
      }
      if (!w || !composer.add(*w, joined)) break;
      k += joined ? 2 : 1;
    }
    if (composer.empty()) break;
    digits += whole_digits(composer.value());
    j = k;
  }
  end = j;
  return j != i;
}

void NumberReader::read_tail(Quantity& q, double last_scale) const {
  std::size_t j = q.end;
  if (!text_.is_word(j) || text_[j].line_before) return;
  std::string_view word = text_.folded(j);
  if (const double* factor = lex_.multipliers.word(word)) {  // "tres docenas"
    q.value *= *factor;
    q.integer = is_whole(q.value);
    q.end = j + 1;
    return;
  }
  const Connector* connector = lex_.connectors.word(word);
  if (!connector) {
    if (q.digits || !q.integer) return;
    if (double d = denominator_at(j, q.value)) {  // "dos tercios", "tres veintiunavos"
      q.value /= d;
      q.integer = false;
      q.fraction = true;
      q.end = j + 1;
    }
    return;
  }
  if (*connector == Connector::and_ && text_.is_word(j + 1)) {
    const FractionWord* half = lex_.fractions.word(text_.folded(j + 1));
    if (half && half->number == GrammaticalNumber::singular) {
      // "cinco y medio", "tres millones y medio", "un billón y medio millón"
      const CardinalWord* scale =
          text_.is_word(j + 2) ? lex_.cardinals.word(text_.folded(j + 2)) : nullptr;
      bool own_scale =
          scale && scale->role == CardinalWord::Role::scale && scale->value < last_scale;
      q.value += (own_scale ? scale->value : last_scale) / half->denominator;
      q.end = j + (own_scale ? 3 : 2);
      q.fraction = true;
      q.integer = is_whole(q.value);
      return;
    }
    Quantity dozens = read_words(j + 1, true);  // "dos mil y cuatro docenas"
    if (dozens && dozens.end > j + 1 && lex_.multipliers.word(text_.folded(dozens.end - 1))) {
      q.value += dozens.value;
      q.end = dozens.end;
    }
    return;
  }
  if (*connector == Connector::over) {  // "uno sobre tres", "1 sobre 21"
    if (!q.integer) return;
    Quantity below = read(j + 1);
    if (!below || !below.integer || below.value == 0 || below.fraction || below.ordinal) return;
    q.value /= below.value;
    q.integer = false;
    q.fraction = true;
    q.end = below.end;
    return;
  }
  if (q.digits || !q.integer) return;
  if (*connector == Connector::with) {
    Quantity part = read_words(j + 1, true);
    if (!part) return;
    if (part.fraction) {  // "veinte con tres quintos", "seis millones con dos tercios"
      q.value += part.value * last_scale;
      q.fraction = true;
    } else if (part.integer) {  // "siete con cincuenta" = 7.50
      q.value += decimal_fraction(whole_digits(part.value));
    } else {
      return;
    }
    q.integer = is_whole(q.value);
    q.end = part.end;
    return;
  }
  if (*connector == Connector::point) {  // "cuarenta y siete coma veintiocho"
    std::size_t end = 0;
    std::string digits;
    if (!read_decimals(j + 1, end, digits)) return;
    q.value += decimal_fraction(digits);
    q.integer = is_whole(q.value);
    q.end = end;
  }
}

char decide_decimal(const TokenizedText& text, const NumberLexicon& lexicon) {
  NumberReader probe(text, lexicon, lexicon.decimal_separator);
  int comma = 0;
  int period = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!text.is_digits(i)) continue;
    std::size_t end = 0;
    DigitNumeral n = probe.numeral(i, end);
    if (n.end == 0) continue;
    comma += n.shown_decimal == ',';
    period += n.shown_decimal == '.';
    i = end - 1;
  }
  if (comma != period) return comma > period ? ',' : '.';
  return lexicon.decimal_separator;
}

}  // namespace cadena::numbers
