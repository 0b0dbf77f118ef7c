#include "concepts.hpp"

#include <algorithm>

namespace cadena::summarize {

std::vector<Concept> sentence_concepts(const std::vector<std::uint32_t>& terms) {
  std::vector<Concept> concepts;
  for (std::size_t i = 1; i < terms.size(); ++i)
    concepts.push_back(static_cast<Concept>(terms[i - 1]) << 32 | terms[i]);
  std::sort(concepts.begin(), concepts.end());
  concepts.erase(std::unique(concepts.begin(), concepts.end()), concepts.end());
  return concepts;
}

void ConceptWeights::add_document(const std::vector<std::vector<Concept>>& sentences) {
  std::vector<Concept> distinct;
  for (const std::vector<Concept>& s : sentences)
    distinct.insert(distinct.end(), s.begin(), s.end());
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  for (Concept c : distinct) ++entries_[c].documents;
}

ConceptList ConceptWeights::weigh(const std::vector<Concept>& concepts) {
  ConceptList list;
  for (Concept c : concepts) {
    auto found = entries_.find(c);
    if (found == entries_.end() || found->second.documents < min_documents_) continue;
    Entry& e = found->second;
    if (e.index == kNoIndex) e.index = weighed_++;
    list.push_back({e.index, e.documents});
  }
  std::sort(list.begin(), list.end(),
            [](const WeightedConcept& a, const WeightedConcept& b) { return a.index < b.index; });
  return list;
}

}  // namespace cadena::summarize
