#include "viterbi.hpp"

#include <limits>

namespace cadena::ner {

Viterbi::Viterbi(const LabelSet& labels)
    : labels_(labels.size()), allowed_(labels.allowed_moves()), may_end_(labels.allowed_ends()) {}

std::vector<int> Viterbi::decode(const std::vector<float>& emissions, std::size_t tokens,
                                 const std::vector<float>& transitions) const {
  constexpr float kNever = -std::numeric_limits<float>::infinity();
  const std::size_t L = labels_;
  std::vector<int> path(tokens, 0);
  if (tokens == 0) return path;
  // Forbidden transitions score -inf, so that the loops below need no test.
  std::vector<float> moves(transitions.size());
  for (std::size_t k = 0; k < moves.size(); ++k) moves[k] = allowed_[k] ? transitions[k] : kNever;
  std::vector<float> best(tokens * L);
  std::vector<int> back(tokens * L, 0);
  for (std::size_t y = 0; y < L; ++y) best[y] = moves[y] + emissions[y];
  for (std::size_t i = 1; i < tokens; ++i) {
    const float* before = &best[(i - 1) * L];
    for (std::size_t y = 0; y < L; ++y) {
      float top = kNever;
      int arg = 0;
      for (std::size_t p = 0; p < L; ++p) {
        float s = before[p] + moves[(p + 1) * L + y];
        if (s > top) {
          top = s;
          arg = static_cast<int>(p);
        }
      }
      best[i * L + y] = top + emissions[i * L + y];
      back[i * L + y] = arg;
    }
  }
  float top = kNever;
  int last = 0;
  for (std::size_t y = 0; y < L; ++y) {
    float s = best[(tokens - 1) * L + y];
    if (may_end_[y] && s > top) {
      top = s;
      last = static_cast<int>(y);
    }
  }
  for (std::size_t i = tokens; i-- > 0;) {
    path[i] = last;
    last = back[i * L + static_cast<std::size_t>(last)];
  }
  return path;
}

}  // namespace cadena::ner
