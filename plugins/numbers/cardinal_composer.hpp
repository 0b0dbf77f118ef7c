// Builds the value of a spelled cardinal word by word, refusing a word that
// cannot continue it, so that "dos tres" is two numbers and "entre dos y
// tres" never adds up:
//  - a group of three digits takes hundreds, tens, units in falling order
//    ("doscientos cuarenta y siete"; "dieciséis" fills tens and units);
//  - "y" joins tens to units only ("cuarenta y siete"), or follows hundreds
//    (English "one hundred and five");
//  - "mil" multiplies the group before it ("cincuenta y dos mil");
//  - scale words multiply all since the previous one, and must fall
//    ("dos mil millones" = 2·10^9, "tres billones ... millones ...").
#ifndef CADENA_NUMBERS_CARDINAL_COMPOSER_HPP
#define CADENA_NUMBERS_CARDINAL_COMPOSER_HPP

#include <limits>

#include "number_lexicon.hpp"

namespace cadena::numbers {

class CardinalComposer {
 public:
  // Starts from a number read otherwise (digits, "medio"): only "mil", scale
  // words and multipliers may follow it.
  void seed(double value) {
    group_ = value;
    lowest_slot_ = kClosed;
    words_ = 0;
    seeded_ = true;
  }
  // Adds the next word, joined by "y" when `joined`. False (and nothing
  // changes) when the word cannot continue the number.
  bool add(const CardinalWord& word, bool joined = false);

  bool empty() const { return words_ == 0 && !seeded_; }
  int words() const { return words_; }
  double value() const { return total_ + thousands_ + group_; }
  // The last scale applied, 1000 for "mil", 1 for none: "tres millones y
  // medio" adds half of it.
  double last_scale() const { return last_scale_; }
  // A "y" after the words so far could join another word.
  bool can_join() const { return lowest_slot_ == kTens || lowest_slot_ == kHundreds; }
  // The last word was "mil" or a scale word ("dosmil|ésimos").
  bool ends_in_scale() const { return lowest_slot_ == kEmpty && words_ > 0; }

 private:
  // Slots of a group, highest first; a word must go below the lowest filled.
  static constexpr int kEmpty = 4, kHundreds = 3, kTens = 2, kUnits = 1, kClosed = 0;
  bool add_additive(double value, bool joined);

  double total_ = 0;      // parts closed by a scale word
  double thousands_ = 0;  // "dos mil" of the current part
  double group_ = 0;      // the group being written
  int lowest_slot_ = kEmpty;
  double last_scale_ = 1;
  double scale_limit_ = std::numeric_limits<double>::infinity();
  int words_ = 0;
  bool seeded_ = false;
};

}  // namespace cadena::numbers

#endif  // CADENA_NUMBERS_CARDINAL_COMPOSER_HPP
