// Cuts a sentence of Spanish news into the tokens the tagger was trained on
// (AnCora and CoNLL-2002 style): ICU's word boundaries, then Cadena's rules —
// an abbreviation from the data stays whole, spaces included ("EE. UU.",
// "Sr."); so do an initial ("W."), an acronym with periods ("EE.UU."), an
// ordinal ("1.º", "3.ª"), a hyphenated word ("Kim Jong-un" -> "Kim",
// "Jong-un"; "2-0"), an e-mail address, a URL and an ellipsis. Numbers with
// separators ("10.000", "1,5") are ICU's single words already.
//
// Immutable once built: tokenize() is safe from several threads at once
// (each call uses its own clone of ICU's iterator).
#ifndef CADENA_NER_TOKENIZER_HPP
#define CADENA_NER_TOKENIZER_HPP

#include <unicode/utypes.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace cadena::ner {

// Bytes [begin, end) of the text given to tokenize().
struct Token {
  std::size_t begin;
  std::size_t end;
};

class Tokenizer {
 public:
  // `abbreviations_file`: one abbreviation a line as written, ending with a
  // period ("Sr.", "EE. UU."). Throws std::runtime_error "file:line: why".
  explicit Tokenizer(const std::string& abbreviations_file);
  Tokenizer(Tokenizer&&) noexcept;
  ~Tokenizer();

  // The tokens of `text` (a sentence, or any stretch of text), in order;
  // white space belongs to none. Throws std::length_error past 2 GiB.
  std::vector<Token> tokenize(std::string_view text) const;

 private:
  // The end of the abbreviation written at `pos`, or `pos` when none is.
  std::size_t abbreviation_end(std::string_view text, std::size_t pos) const;

  std::unique_ptr<icu::BreakIterator> words_;  // never iterated itself: cloned per call
  // Abbreviations without their spaces ("EE.UU."), and a capitalised copy of
  // those that start in lowercase ("Pág." for "pág.").
  std::unordered_set<std::string> abbreviations_;
  std::size_t longest_ = 0;  // bytes, without spaces
};

}  // namespace cadena::ner

#endif  // CADENA_NER_TOKENIZER_HPP
