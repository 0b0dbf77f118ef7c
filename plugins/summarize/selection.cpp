#include "selection.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace cadena::summarize {

Limits limits_of(const Budget& budget, std::size_t sentence_count) {
  Limits limits;
  switch (budget.kind) {
    case Budget::Kind::kSentences:
      limits.sentences = static_cast<std::size_t>(budget.amount);
      break;
    case Budget::Kind::kRatio: {
      // The epsilon keeps 0.3 * 10 = 3.0000000000000004 at 3.
      double share = std::ceil(budget.amount * static_cast<double>(sentence_count) - 1e-9);
      limits.sentences = std::max<std::size_t>(1, static_cast<std::size_t>(share));
      break;
    }
    case Budget::Kind::kCharacters:
      limits.characters = static_cast<std::size_t>(budget.amount);
      break;
    case Budget::Kind::kWords:
      limits.words = static_cast<std::size_t>(budget.amount);
      break;
  }
  return limits;
}

std::vector<std::size_t> select_mmr(const std::vector<double>& relevance,
                                    const std::vector<TermVector>& vectors,
                                    const std::vector<std::size_t>& characters,
                                    const Limits& limits, const MmrSettings& settings,
                                    const std::vector<ConceptList>& concepts,
                                    const std::vector<std::size_t>& needs,
                                    const std::vector<std::size_t>& words) {
  std::size_t n = relevance.size();
  if (limits.words != Limits::kNone && words.size() != n)
    throw std::invalid_argument("select_mmr: a word budget needs the words of all " +
                                std::to_string(n) + " sentences, got " +
                                std::to_string(words.size()));
  if (!needs.empty() && needs.size() != n)
    throw std::invalid_argument("select_mmr: requirements for " + std::to_string(needs.size()) +
                                " sentences, relevance for " + std::to_string(n));
  std::vector<bool> taken(n, false);
  // Whether what sentence i needs is in the summary.
  auto ready = [&](std::size_t i) {
    if (needs.empty() || needs[i] == kNoRequirement) return true;
    return needs[i] != kNeverChosen && taken[needs[i]];
  };
  if (!concepts.empty() && concepts.size() != n)
    throw std::invalid_argument("select_mmr: concepts for " + std::to_string(concepts.size()) +
                                " sentences, relevance for " + std::to_string(n));
  std::size_t concept_count = 0;
  for (const ConceptList& list : concepts)
    for (const WeightedConcept& c : list)
      concept_count = std::max<std::size_t>(concept_count, c.index + std::size_t{1});
  std::vector<bool> covered(concept_count, false);  // by concept index: in the summary
  // The weight of the concepts sentence i would add.
  auto gain = [&](std::size_t i) {
    std::uint64_t weight = 0;
    if (!concepts.empty())
      for (const WeightedConcept& c : concepts[i])
        if (!covered[c.index]) weight += c.weight;
    return weight;
  };
  std::vector<double> redundancy(n, 0.0);  // highest similarity to a chosen sentence
  std::vector<bool> open(n, true);         // may still be chosen
  std::vector<std::size_t> chosen;
  std::size_t used = 0;        // characters of the summary so far
  std::size_t used_words = 0;  // its words
  while (chosen.size() < limits.sentences) {
    std::size_t best = n;
    std::uint64_t best_gain = 0;
    double best_value = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (!open[i]) continue;
      std::size_t cost = characters[i] + (chosen.empty() ? 0 : 1);
      bool too_many_words = !words.empty() && words[i] > limits.words - used_words;
      if (redundancy[i] >= settings.near_duplicate || cost > limits.characters - used ||
          too_many_words) {
        open[i] = false;  // the budget only shrinks and redundancy only grows
        continue;
      }
      if (!ready(i)) continue;  // stays open: what it needs may come later
      std::uint64_t added = gain(i);
      double value = settings.lambda * relevance[i] - (1 - settings.lambda) * redundancy[i];
      if (best == n || added > best_gain || (added == best_gain && value > best_value)) {
        best = i;
        best_gain = added;
        best_value = value;
      }
    }
    if (best == n) break;
    used += characters[best] + (chosen.empty() ? 0 : 1);
    if (!words.empty()) used_words += words[best];
    chosen.push_back(best);
    open[best] = false;
    taken[best] = true;
    if (!concepts.empty())
      for (const WeightedConcept& c : concepts[best]) covered[c.index] = true;
    for (std::size_t i = 0; i < n; ++i)
      if (open[i]) redundancy[i] = std::max(redundancy[i], cosine(vectors[i], vectors[best]));
  }
  return chosen;
}

}  // namespace cadena::summarize
