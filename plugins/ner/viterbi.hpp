// The best label sequence of a sentence under a first-order model: per-token
// label scores plus label-to-label transition scores, with the transitions the
// label scheme forbids (O -> I-PER, B-PER -> L-ORG) never taken.
#ifndef CADENA_NER_VITERBI_HPP
#define CADENA_NER_VITERBI_HPP

#include <cstddef>
#include <vector>

#include "labels.hpp"

namespace cadena::ner {

class Viterbi {
 public:
  explicit Viterbi(const LabelSet& labels);

  // `emissions`: tokens × labels scores, row-major. `transitions`: (labels +
  // 1) × labels, row 0 from the sentence start, row p + 1 from label p.
  std::vector<int> decode(const std::vector<float>& emissions, std::size_t tokens,
                          const std::vector<float>& transitions) const;

 private:
  std::size_t labels_;
  std::vector<char> allowed_;  // (labels + 1) × labels, like transitions
  std::vector<char> may_end_;
};

}  // namespace cadena::ner

#endif  // CADENA_NER_VITERBI_HPP
