// CoNLL-2002 style tagged text: one `TOKEN TAG` per line, a blank line between
// sentences, tags in IOB2 (B-PER, I-PER, O). Read for training and evaluation.
#ifndef CADENA_NER_CONLL_HPP
#define CADENA_NER_CONLL_HPP

#include <string>
#include <vector>

namespace cadena::ner {

struct TaggedSentence {
  std::vector<std::string> tokens;
  std::vector<std::string> tags;
  int line = 0;  // of the first token, for messages
};

// Reads a whole file. Columns are separated by spaces or tabs; the token is
// the first column and the tag the last, so files with POS columns work too.
// Lines starting with -DOCSTART- are document breaks and are skipped. Throws
// std::runtime_error "file:line: why" for a line without a tag, a tag that is
// not O, B-TYPE or I-TYPE, or text that is not UTF-8; an I- tag that follows
// neither B- nor I- of its type (IOB1) is read as B-.
std::vector<TaggedSentence> read_conll(const std::string& path);

// Per sentence, the token_form() of each token (word_form.hpp): the tokens as
// the tagger reads them.
std::vector<std::vector<std::string>> token_forms(const std::vector<TaggedSentence>& sentences);

}  // namespace cadena::ner

#endif  // CADENA_NER_CONLL_HPP
