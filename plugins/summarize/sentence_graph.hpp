// The sentence graph of LexRank (Erkan & Radev, 2004): sentences are nodes,
// and two sentences are linked, weighted by their cosine similarity, when it
// reaches a threshold. A sentence is central when sentences that are central
// themselves resemble it: PageRank over this graph.
#ifndef CADENA_SUMMARIZE_SENTENCE_GRAPH_HPP
#define CADENA_SUMMARIZE_SENTENCE_GRAPH_HPP

#include <cstddef>
#include <cstdint>
#include <vector>

#include "term_vectors.hpp"

namespace cadena::summarize {

class SentenceGraph {
 public:
  struct Edge {
    std::uint32_t to;
    double weight;  // the cosine similarity, equal to cosine() bit for bit
  };
  struct Neighbours {
    const Edge* first;
    const Edge* last;
    const Edge* begin() const { return first; }
    const Edge* end() const { return last; }
  };

  // Links sentences i != j whose similarity is at least `min_similarity` (> 0).
  // Built from an inverted index, so the cost follows the pairs that share a
  // term, not the square of the number of sentences.
  SentenceGraph(const std::vector<TermVector>& sentences, double min_similarity);

  std::size_t size() const { return first_edge_.size() - 1; }
  // The sentences linked to `i`, in increasing order.
  Neighbours neighbours(std::size_t i) const {
    return {edges_.data() + first_edge_[i], edges_.data() + first_edge_[i + 1]};
  }

 private:
  std::vector<Edge> edges_;
  std::vector<std::size_t> first_edge_;  // edges of i: [first_edge_[i], first_edge_[i + 1])
};

struct LexRankSettings {
  double damping = 0.85;  // the chance of following an edge rather than jumping anywhere
  double tolerance = 1e-10;
  int max_iterations = 200;
};

// The stationary distribution of the random walk over the graph, edges taken
// in proportion to their weight (continuous LexRank). Sums to 1; a sentence
// linked to none keeps the share of the random jump.
std::vector<double> lexrank(const SentenceGraph& graph, const LexRankSettings& settings = {});

}  // namespace cadena::summarize

#endif  // CADENA_SUMMARIZE_SENTENCE_GRAPH_HPP
