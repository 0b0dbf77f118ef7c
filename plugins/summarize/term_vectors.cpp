#include "term_vectors.hpp"

#include <algorithm>
#include <cmath>

#include "portable_math.hpp"

namespace cadena::summarize {

TermCounts count_terms(std::vector<std::uint32_t> terms) {
  std::sort(terms.begin(), terms.end());
  TermCounts counts;
  for (std::uint32_t term : terms) {
    if (!counts.empty() && counts.back().term == term)
      ++counts.back().count;
    else
      counts.push_back({term, 1});
  }
  return counts;
}

InverseDocumentFrequency::InverseDocumentFrequency(const std::vector<TermCounts>& sentences) {
  std::vector<std::uint32_t> frequency;
  for (const TermCounts& counts : sentences)
    for (const TermCount& c : counts) {
      if (c.term >= frequency.size()) frequency.resize(c.term + 1, 0);
      ++frequency[c.term];
    }
  double n = static_cast<double>(sentences.size());
  idf_.resize(frequency.size(), 0.0);
  for (std::size_t term = 0; term < frequency.size(); ++term)
    if (frequency[term] > 0)
      idf_[term] = 1 + portable_log((1 + n) / (1 + static_cast<double>(frequency[term])));
}

TermVector tf_idf(const TermCounts& counts, const InverseDocumentFrequency& idf) {
  TermVector vector;
  vector.reserve(counts.size());
  double squares = 0;
  for (const TermCount& c : counts) {
    double weight = c.count * idf(c.term);
    vector.push_back({c.term, weight});
    squares += weight * weight;
  }
  double norm = std::sqrt(squares);
  for (TermWeight& w : vector) w.weight /= norm;
  return vector;
}

double cosine(const TermVector& a, const TermVector& b) {
  double dot = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i].term < b[j].term)
      ++i;
    else if (b[j].term < a[i].term)
      ++j;
    else
      dot += a[i++].weight * b[j++].weight;
  }
  return dot;
}

}  // namespace cadena::summarize
