// Facts several documents share, for one summary of a story told by several
// outlets (Gillick & Favre, 2009, "A Scalable Global Model for
// Summarization"): a concept is a pair of consecutive content terms of a
// sentence ("defens mutu", "ciudad coster"), and it weighs the number of
// documents that have it. A fact every outlet reports weighs the most, and a
// summary that holds it once gains nothing from holding it again: what LexRank
// and MMR, which compare whole sentences, miss when outlets tell one fact in
// other words around a few shared phrases.
#ifndef CADENA_SUMMARIZE_CONCEPTS_HPP
#define CADENA_SUMMARIZE_CONCEPTS_HPP

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace cadena::summarize {

using Concept = std::uint64_t;  // two term ids, the first in the high half

// The distinct concepts of a sentence's terms (in text order), sorted.
std::vector<Concept> sentence_concepts(const std::vector<std::uint32_t>& terms);

struct WeightedConcept {
  std::uint32_t index;   // dense, [0, ConceptWeights::size())
  std::uint32_t weight;  // documents that have it
};
using ConceptList = std::vector<WeightedConcept>;  // sorted by index

class ConceptWeights {
 public:
  // A concept in fewer documents than this weighs nothing: one outlet's own
  // phrasing is not a shared fact.
  explicit ConceptWeights(std::uint32_t min_documents) : min_documents_(min_documents) {}

  // One document: the concepts of all its sentences, headlines included (an
  // outlet that puts a fact in its headline reports it).
  void add_document(const std::vector<std::vector<Concept>>& sentences);

  // The concepts of a sentence that weigh something.
  ConceptList weigh(const std::vector<Concept>& concepts);

  // How many distinct concepts weigh() has returned.
  std::size_t size() const { return weighed_; }

 private:
  static constexpr std::uint32_t kNoIndex = UINT32_MAX;
  struct Entry {
    std::uint32_t documents = 0;
    std::uint32_t index = kNoIndex;  // given in order of first weighing
  };
  std::uint32_t min_documents_;
  std::uint32_t weighed_ = 0;
  std::unordered_map<Concept, Entry> entries_;  // looked up, never iterated
};

}  // namespace cadena::summarize

#endif  // CADENA_SUMMARIZE_CONCEPTS_HPP
