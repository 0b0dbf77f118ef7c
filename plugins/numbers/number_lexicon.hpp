// What the number recognizer knows of one language (and region): number
// words, ordinals, fractions, currencies, percent signs, range words and how
// digits are grouped, read from data/<lang>/ and data/<lang>-<REGION>/ (see
// the comments at the top of each file there).
//
// Immutable after load(): safe to share between threads.
#ifndef CADENA_NUMBERS_NUMBER_LEXICON_HPP
#define CADENA_NUMBERS_NUMBER_LEXICON_HPP

#include <string>
#include <string_view>
#include <vector>

#include "phrase_table.hpp"

namespace cadena::numbers {

struct CardinalWord {
  enum class Role { additive, article, thousand, scale, multiplier };
  double value;
  Role role;
};

struct OrdinalWord {
  int value;
  bool ambiguous;  // also a noun: an ordinal only before a lowercase word
};

enum class GrammaticalNumber { singular, plural, alone };

struct FractionWord {
  double denominator;
  GrammaticalNumber number;
};

struct FractionSuffix {
  std::string suffix;  // folded
  GrammaticalNumber number;
  bool needs_scale;  // the stem must end in "mil" or a scale word
};

enum class Connector { and_, point, with, over, inner, of };

struct Currency {
  std::string code;
  bool before;  // may be written before the number
  bool after;
};

class NumberLexicon {
 public:
  // Reads the files of `folders` (general first; see language_folders()).
  // Throws std::runtime_error naming the file and line of a bad entry.
  static NumberLexicon load(const std::vector<std::string>& folders);

  PhraseTable<CardinalWord> cardinals;
  PhraseTable<OrdinalWord> ordinals;
  std::vector<std::string> ordinal_suffixes;  // folded
  PhraseTable<FractionWord> fractions;
  std::vector<FractionSuffix> fraction_suffixes;
  PhraseTable<double> multipliers;
  std::vector<std::pair<std::string, double>> magnitude_suffixes;  // case-sensitive
  PhraseTable<Connector> connectors;
  PhraseTable<bool> quantifier_cues;
  PhraseTable<bool> percent_signs;
  PhraseTable<Currency> currencies;
  PhraseTable<std::string> ranges;  // opening word -> folded word between
  PhraseTable<bool> measure_units;
  std::vector<std::string> count_noun_endings;  // folded
  char decimal_separator = ',';
  char thousands_separator = '.';

  // The magnitude suffix written exactly as `letters`, or 0.
  double magnitude(std::string_view letters) const;
  // The connector the folded word is, if any.
  bool is_connector(std::string_view folded, Connector c) const {
    const Connector* found = connectors.word(folded);
    return found && *found == c;
  }
};

}  // namespace cadena::numbers

#endif  // CADENA_NUMBERS_NUMBER_LEXICON_HPP
