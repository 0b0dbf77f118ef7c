// One label per entity in a document: the mentions that share a key (and so
// name one entity, entity_keys.hpp) take the label most of them were given.
// "Lavrov" tagged ORG once among four PER mentions becomes PER. A tie keeps
// each mention's own label: nothing says which one is right.
//
// The tagger has no confidence to weigh the votes with (Viterbi's best path,
// not marginals), so each mention counts once.
#ifndef CADENA_NER_LABEL_VOTE_HPP
#define CADENA_NER_LABEL_VOTE_HPP

#include <string>
#include <vector>

#include "entity_keys.hpp"

namespace cadena::ner {

// The voted label of each mention, in the order given.
std::vector<std::string> one_label_per_key(const std::vector<KeyedMention>& mentions);

}  // namespace cadena::ner

#endif  // CADENA_NER_LABEL_VOTE_HPP
