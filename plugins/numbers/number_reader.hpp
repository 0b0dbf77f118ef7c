// Reads one quantity at a token: digits ("10.000", "3,5 millones", "10k"),
// spelled words ("doscientos cincuenta mil", "medio millón", "una docena"),
// fractions ("dos tercios", "ciento tres con dos tercios", "uno sobre tres",
// "veintiunavos"), spelled decimals ("cuarenta y siete coma veintiocho") and
// halves ("tres millones y medio"). Both stages read quantities with it:
// `numbers` for the numbers layer, `dates` for "tres días" and years.
//
// One reader per document; it keeps the document's decision on ambiguous
// separators (see decide_decimal()).
#ifndef CADENA_NUMBERS_NUMBER_READER_HPP
#define CADENA_NUMBERS_NUMBER_READER_HPP

#include <cstddef>

#include "digit_numerals.hpp"
#include "number_lexicon.hpp"
#include "text_tokens.hpp"

namespace cadena::numbers {

struct Quantity {
  std::size_t end = 0;  // the token past it; 0 when nothing was read
  double value = 0;
  bool integer = true;        // exact and whole
  bool fraction = false;      // written as a fraction ("3/4", "dos tercios", "la mitad")
  bool digits = false;        // starts with a digit numeral
  bool ordinal = false;       // digits with an ordinal suffix ("1.º", "3er")
  bool article_only = false;  // just "un"/"una": the article unless something says otherwise
  double scale = 1;           // the last scale word ("12 millones": 10^6)
  explicit operator bool() const { return end != 0; }
};

class NumberReader {
 public:
  // `decimal` is the separator the document reads ambiguous numerals with
  // (see decide_decimal()).
  NumberReader(const TokenizedText& text, const NumberLexicon& lexicon, char decimal)
      : text_(text), lex_(lexicon), decimal_(decimal) {}

  // The quantity starting at token i, or an empty Quantity. Digits glued to
  // letters ("29km", "11S", "G20", "B-52") are no quantity.
  Quantity read(std::size_t i) const { return read(i, true); }

  // A cardinal alone, without what may follow it in read(): no fraction,
  // dozens, "y medio", "coma", "sobre". "ocho y media" is 8, so that the
  // dates stage reads the time "las ocho y media" itself.
  Quantity read_cardinal(std::size_t i) const { return read(i, false); }

  // The ordinal words at token i ("primero", "tercer", "vigésimo segundo"),
  // with `ordinal` set. A word that is also a noun ("segundo", "cuarto") is
  // an ordinal only before a lowercase word, and not after a number ("tres
  // segundos", "un segundo."; but "un segundo diálogo").
  Quantity ordinal_words(std::size_t i) const;

  // The digit numeral at token i (a digits token, or '.'/',' right before
  // one), its ambiguity decided: thousands before a count noun, else the
  // document's separator. `end` is a token index; 0 when there is none.
  DigitNumeral numeral(std::size_t i, std::size_t& end) const;

  // The word at token i counts whole things (count_nouns.txt).
  bool count_noun_at(std::size_t i) const;

  const TokenizedText& text() const { return text_; }
  const NumberLexicon& lexicon() const { return lex_; }

 private:
  Quantity read(std::size_t i, bool tail) const;
  Quantity read_words(std::size_t i, bool tail) const;
  Quantity read_digits(std::size_t i, bool tail) const;
  // After a whole quantity: "docenas", "y medio", "y cuatro docenas",
  // fractions, "coma"/"con" decimals, "sobre".
  void read_tail(Quantity& q, double last_scale) const;
  // A spelled denominator at token i agreeing with `numerator`, or 0.
  double denominator_at(std::size_t i, double numerator) const;
  // Spelled digits after "coma": "cero tres" -> "03".
  bool read_decimals(std::size_t i, std::size_t& end, std::string& digits) const;
  bool letters_glued_before(std::size_t i) const;

  const TokenizedText& text_;
  const NumberLexicon& lex_;
  char decimal_;
};

// The separator a document's ambiguous numerals take as decimal point: the
// vote of its numerals whose form shows it ("1.234.567", "3,5", "10,000
// soldados"), ties going to the lexicon's convention.
char decide_decimal(const TokenizedText& text, const NumberLexicon& lexicon);

}  // namespace cadena::numbers

#endif  // CADENA_NUMBERS_NUMBER_READER_HPP
