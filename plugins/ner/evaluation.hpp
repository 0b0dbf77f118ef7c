// Scoring a tagger on gold CoNLL sentences, the tokens tagged as given, as
// `cadena eval ner` and the tests do.
#ifndef CADENA_NER_EVALUATION_HPP
#define CADENA_NER_EVALUATION_HPP

#include <ostream>
#include <vector>

#include "chunk_score.hpp"
#include "conll.hpp"
#include "entity_keys.hpp"
#include "tagger.hpp"

namespace cadena::ner {

// What happens to the tagger's labels after tagging, as the recognizer does
// it over a document (entity_recognizer.hpp).
enum class DocumentLabels {
  tagger,  // the tagger's labels as they are
  keys,    // a bare surname takes the label of its full name (entity_keys.hpp)
  vote,    // that, then one label per key (label_vote.hpp)
};

// CoNLL files have no document breaks: each sentence's neighbours
// (kNeighbourSentences on each side) stand for its document, for the
// document context and for `labels` other than `tagger` (which need `keys`).
// With `predictions`, each token is also written there as conlleval reads it
// ("token gold predicted", a blank line after each sentence), for looking at
// the errors or scoring with another tool.
ChunkScore evaluate(const Tagger& tagger, const std::vector<TaggedSentence>& gold,
                    std::ostream* predictions = nullptr,
                    DocumentLabels labels = DocumentLabels::tagger,
                    const EntityKeys* keys = nullptr);

}  // namespace cadena::ner

#endif  // CADENA_NER_EVALUATION_HPP
