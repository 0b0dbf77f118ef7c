// Which sentences a summary may use. A summary is made of statements of the
// article's prose; a page also holds headlines, section labels, list items,
// photo captions and credits, and links to other stories, and a scraped page
// repeats its headline as a caption. Those are told apart here from surface
// facts alone (sentence_facts.hpp), so that the cleaning stage is a help and
// not a requirement.
#ifndef CADENA_SUMMARIZE_SENTENCE_SCREEN_HPP
#define CADENA_SUMMARIZE_SENTENCE_SCREEN_HPP

#include <cstddef>
#include <vector>

#include "sentence_facts.hpp"

namespace cadena::summarize {

enum class Verdict {
  kEligible,
  kCaption,          // a photo credit ("Foto: AFP."), or a caption beside one on its line
  kBoilerplate,      // holds a boilerplate phrase ("Leer más", "Todos los derechos reservados")
  kNoFinalPeriod,    // a headline, a label, a list item: no final '.' or '…'
  kQuestion,         // ends in '?' or '!': subheads and calls to the reader
  kTooShort,         // fewer than kMinWords words
  kRepeatsHeadline,  // its terms are (nearly) all in one headline: a headline repeated as a caption
  kRepeatedLater,    // the same terms come again in a later eligible sentence, which stays
  kQuoteFragment,    // part of a quotation that runs over several sentences: its head
                     // (the speaker comes later), middle or tail ("…», dijo.")
};

struct ScreenRules {
  std::size_t min_words = 5;
  // A sentence repeats a headline when at least this share of its distinct
  // terms are in the headline.
  double headline_overlap = 0.8;
  // A headline needs this many distinct terms to be compared with.
  std::size_t headline_min_terms = 3;
};

// One verdict per sentence of a document, in order.
std::vector<Verdict> screen(const std::vector<SentenceFacts>& sentences,
                            const ScreenRules& rules = {});

}  // namespace cadena::summarize

#endif  // CADENA_SUMMARIZE_SENTENCE_SCREEN_HPP
