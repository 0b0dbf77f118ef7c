// The corrections Cadena applies to candidate sentence boundaries: given the
// text around one candidate, does a sentence really end there?
#ifndef CADENA_SPLIT_BOUNDARY_RULES_HPP
#define CADENA_SPLIT_BOUNDARY_RULES_HPP

#include <cstddef>
#include <string_view>

#include "abbreviations.hpp"

namespace cadena::split {

// A candidate boundary: the white space [end, next) between the last
// non-space byte of one sentence and the first of the next (empty when a
// boundary falls between two non-space code points).
struct Gap {
  std::size_t end;
  std::size_t next;
};

// The rules applied to one text, candidate after candidate in text order. It
// remembers where the current sentence began, so it lives for one split()
// call and is not shared between threads.
//
// Reasons, in order: a blank line always ends a sentence, and a line starting
// with a bullet starts one. After '.', the abbreviations, initials
// ("J. R. R. Tolkien"), URLs and e-mail addresses decide, then a heading
// before a dash ("7 de julio. - Barak presenta…" is one sentence), then the
// case of the next word, as after '?', '!' and '…' ("¿Vienes? —preguntó",
// «¿Vienes?» preguntó). A closing quote or bracket stays with the sentence
// it closes. A line break after text with no final punctuation ends a
// headline or list item when the next line starts a new block, not when it
// goes on in lowercase.
class BoundaryRules {
 public:
  BoundaryRules(std::string_view text, const Abbreviations& abbreviations);

  // Whether a sentence ends at `gap`; `gap.next` < text size. When it does,
  // the next sentence starts at gap.next.
  bool ends_sentence(Gap gap);

 private:
  bool judge(Gap gap) const;
  bool after_period(Gap gap, std::size_t period_start, std::size_t period_end) const;
  bool is_heading(std::size_t period_start) const;
  // Whether the sentence so far is only a list item's number (see kItemNumberDigits).
  bool is_item_number(std::size_t period_start) const;

  std::string_view text_;
  const Abbreviations& abbreviations_;
  std::size_t sentence_begin_;
};

}  // namespace cadena::split

#endif  // CADENA_SPLIT_BOUNDARY_RULES_HPP
