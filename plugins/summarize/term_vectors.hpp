// Sentences as TF-IDF vectors of their terms, and their cosine similarity.
// Vectors are sparse, sorted by term id, so that every sum runs in the same
// order on every run and in every build.
#ifndef CADENA_SUMMARIZE_TERM_VECTORS_HPP
#define CADENA_SUMMARIZE_TERM_VECTORS_HPP

#include <cstdint>
#include <vector>

namespace cadena::summarize {

struct TermCount {
  std::uint32_t term;
  std::uint32_t count;
};
using TermCounts = std::vector<TermCount>;  // sorted by term

struct TermWeight {
  std::uint32_t term;
  double weight;
};
using TermVector = std::vector<TermWeight>;  // sorted by term; unit length, or empty

// How often each term occurs in `terms`.
TermCounts count_terms(std::vector<std::uint32_t> terms);

// Inverse document frequency, each sentence a document:
// idf(t) = 1 + ln((1 + n) / (1 + df(t))), smoothed so that a term in every
// sentence still weighs something.
class InverseDocumentFrequency {
 public:
  explicit InverseDocumentFrequency(const std::vector<TermCounts>& sentences);
  // `term` must occur in one of the sentences.
  double operator()(std::uint32_t term) const { return idf_[term]; }
  // Whether `term` occurs in one of the sentences.
  bool knows(std::uint32_t term) const { return term < idf_.size() && idf_[term] > 0; }

 private:
  std::vector<double> idf_;  // by term id
};

// Term frequency times IDF, scaled to unit length.
TermVector tf_idf(const TermCounts& counts, const InverseDocumentFrequency& idf);

double cosine(const TermVector& a, const TermVector& b);

}  // namespace cadena::summarize

#endif  // CADENA_SUMMARIZE_TERM_VECTORS_HPP
