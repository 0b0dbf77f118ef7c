// Exact-span entity scoring, as the CoNLL shared tasks' conlleval script does
// it: an entity counts as correct only when its type and both its ends match.
#ifndef CADENA_NER_CHUNK_SCORE_HPP
#define CADENA_NER_CHUNK_SCORE_HPP

#include <cstddef>
#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace cadena::ner {

struct ChunkCounts {
  std::size_t gold = 0;
  std::size_t found = 0;
  std::size_t correct = 0;
  double precision() const { return found ? static_cast<double>(correct) / found : 0.0; }
  double recall() const { return gold ? static_cast<double>(correct) / gold : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

class ChunkScore {
 public:
  // One sentence's gold and predicted IOB2 tags (of equal length).
  void add(const std::vector<std::string>& gold, const std::vector<std::string>& predicted);

  const ChunkCounts& overall() const { return overall_; }
  const std::map<std::string, ChunkCounts>& by_type() const { return by_type_; }

  // conlleval's table: tokens, phrases, accuracy, then P/R/F1 overall and per
  // type, in percent.
  void report(std::ostream& out) const;

 private:
  std::size_t tokens_ = 0;
  std::size_t correct_tags_ = 0;
  ChunkCounts overall_;
  std::map<std::string, ChunkCounts> by_type_;
};

}  // namespace cadena::ner

#endif  // CADENA_NER_CHUNK_SCORE_HPP
