// Scoring a tagger on gold CoNLL sentences, the tokens tagged as given, as
// `cadena eval ner` and the tests do.
#ifndef CADENA_NER_EVALUATION_HPP
#define CADENA_NER_EVALUATION_HPP

#include <ostream>
#include <vector>

#include "chunk_score.hpp"
#include "conll.hpp"
#include "tagger.hpp"

namespace cadena::ner {

// CoNLL files have no document breaks: each sentence's neighbours
// (kNeighbourSentences on each side) stand for its document.
// With `predictions`, each token is also written there as conlleval reads it
// ("token gold predicted", a blank line after each sentence), for looking at
// the errors or scoring with another tool.
ChunkScore evaluate(const Tagger& tagger, const std::vector<TaggedSentence>& gold,
                    std::ostream* predictions = nullptr);

}  // namespace cadena::ner

#endif  // CADENA_NER_EVALUATION_HPP
