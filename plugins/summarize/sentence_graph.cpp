#include "sentence_graph.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace cadena::summarize {

namespace {

struct Posting {
  std::uint32_t sentence;
  double weight;
};

std::vector<std::vector<Posting>> inverted_index(const std::vector<TermVector>& sentences) {
  std::vector<std::vector<Posting>> postings;
  for (std::size_t i = 0; i < sentences.size(); ++i)
    for (const TermWeight& w : sentences[i]) {
      if (w.term >= postings.size()) postings.resize(w.term + 1);
      postings[w.term].push_back({static_cast<std::uint32_t>(i), w.weight});
    }
  return postings;
}

}  // namespace

SentenceGraph::SentenceGraph(const std::vector<TermVector>& sentences, double min_similarity) {
  if (!(min_similarity > 0)) throw std::invalid_argument("the graph's min_similarity must be > 0");
  std::vector<std::vector<Posting>> postings = inverted_index(sentences);
  std::vector<double> dot(sentences.size(), 0.0);
  std::vector<std::uint32_t> touched;
  first_edge_.reserve(sentences.size() + 1);
  first_edge_.push_back(0);
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    // Terms in increasing order, as cosine() adds them.
    for (const TermWeight& w : sentences[i])
      for (const Posting& p : postings[w.term]) {
        if (p.sentence == i) continue;
        if (dot[p.sentence] == 0) touched.push_back(p.sentence);
        dot[p.sentence] += w.weight * p.weight;
      }
    std::sort(touched.begin(), touched.end());
    for (std::uint32_t j : touched) {
      if (dot[j] >= min_similarity) edges_.push_back({j, dot[j]});
      dot[j] = 0;
    }
    touched.clear();
    first_edge_.push_back(edges_.size());
  }
}

std::vector<double> lexrank(const SentenceGraph& graph, const LexRankSettings& settings) {
  std::size_t n = graph.size();
  if (n == 0) return {};
  std::vector<double> out_weight(n, 0.0);
  for (std::size_t i = 0; i < n; ++i)
    for (const SentenceGraph::Edge& e : graph.neighbours(i)) out_weight[i] += e.weight;

  double size = static_cast<double>(n);
  std::vector<double> rank(n, 1 / size);
  std::vector<double> next(n);
  for (int iteration = 0; iteration < settings.max_iterations; ++iteration) {
    // A sentence with no edge hands its share to every sentence alike.
    double stranded = 0;
    for (std::size_t i = 0; i < n; ++i)
      if (out_weight[i] == 0) stranded += rank[i];
    std::fill(next.begin(), next.end(),
              (1 - settings.damping + settings.damping * stranded) / size);
    for (std::size_t i = 0; i < n; ++i) {
      if (out_weight[i] == 0) continue;
      double share = settings.damping * rank[i] / out_weight[i];
      for (const SentenceGraph::Edge& e : graph.neighbours(i)) next[e.to] += share * e.weight;
    }
    double change = 0;
    for (std::size_t i = 0; i < n; ++i) change += std::fabs(next[i] - rank[i]);
    rank.swap(next);
    if (change < settings.tolerance) break;
  }
  return rank;
}

}  // namespace cadena::summarize
