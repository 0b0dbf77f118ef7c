// What the summarizer reads from each sentence of a document: its terms (for
// similarity) and the surface facts that tell prose from headlines, labels,
// captions and boilerplate (for sentence_screen.hpp).
#ifndef CADENA_SUMMARIZE_SENTENCE_FACTS_HPP
#define CADENA_SUMMARIZE_SENTENCE_FACTS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "lexicon.hpp"

namespace cadena::summarize {

// Bytes [begin, end) of a text.
struct ByteRange {
  std::size_t begin;
  std::size_t end;
};

// How a sentence ends, closing quotes and brackets aside.
enum class Ending { kPeriod, kQuestion, kExclamation, kNone };

struct SentenceFacts {
  std::vector<std::uint32_t> terms;  // stems of its content words, in text order
  std::size_t words = 0;             // every word, stop words included
  std::size_t characters = 0;        // code points
  Ending ending = Ending::kNone;     // '.' and '…' are kPeriod; ':' is kNone
  bool credit = false;               // a credit label before a colon: "Foto: AFP."
  bool boilerplate = false;          // holds a boilerplate phrase: "Leer más"
  bool continues = false;            // opens with a connective and a comma: "Asimismo, …"
  bool points_back = false;          // opens with a pointer (pointers.txt): "Con esa frase …"
  // Opens inside a quotation begun in an earlier sentence of its paragraph,
  // or with the closing mark of one: a quotation's middle or its tail
  // ("…», dijo en una de sus respuestas.").
  bool starts_in_quote = false;
  // Leaves a quotation open for the next sentence: the head of a quotation
  // whose speaker comes later.
  bool ends_in_quote = false;
  bool starts_line = false;          // the text or a line break comes just before it
  bool ends_line = false;            // the text's end or a line break comes just after it
};

// The facts of each sentence (byte ranges into `text`, in order, not
// overlapping), words looked up in `lexicon`.
std::vector<SentenceFacts> sentence_facts(std::string_view text,
                                          const std::vector<ByteRange>& sentences,
                                          Lexicon& lexicon);

}  // namespace cadena::summarize

#endif  // CADENA_SUMMARIZE_SENTENCE_FACTS_HPP
