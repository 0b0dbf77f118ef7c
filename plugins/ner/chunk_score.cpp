#include "chunk_score.hpp"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "labels.hpp"

namespace cadena::ner {

void ChunkScore::add(const std::vector<std::string>& gold,
                     const std::vector<std::string>& predicted) {
  if (gold.size() != predicted.size())
    throw std::invalid_argument("gold and predicted tags differ in length");
  tokens_ += gold.size();
  for (std::size_t i = 0; i < gold.size(); ++i) correct_tags_ += gold[i] == predicted[i];
  std::vector<Chunk> expected = chunks_of_tags(gold);
  std::vector<Chunk> found = chunks_of_tags(predicted);
  for (const Chunk& c : expected) {
    ++overall_.gold;
    ++by_type_[c.type].gold;
  }
  for (const Chunk& c : found) {
    ++overall_.found;
    ChunkCounts& counts = by_type_[c.type];
    ++counts.found;
    if (std::find(expected.begin(), expected.end(), c) != expected.end()) {
      ++overall_.correct;
      ++counts.correct;
    }
  }
}

void ChunkScore::report(std::ostream& out) const {
  char line[256];
  std::snprintf(line, sizeof line,
                "processed %zu tokens with %zu phrases; found: %zu phrases; correct: %zu.\n",
                tokens_, overall_.gold, overall_.found, overall_.correct);
  out << line;
  double accuracy = tokens_ ? 100.0 * static_cast<double>(correct_tags_) / tokens_ : 0.0;
  std::snprintf(line, sizeof line,
                "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n", accuracy,
                100 * overall_.precision(), 100 * overall_.recall(), 100 * overall_.f1());
  out << line;
  for (const auto& [type, c] : by_type_) {
    std::snprintf(line, sizeof line, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %zu\n",
                  type.c_str(), 100 * c.precision(), 100 * c.recall(), 100 * c.f1(), c.found);
    out << line;
  }
}

}  // namespace cadena::ner
