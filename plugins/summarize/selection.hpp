// Choosing the summary's sentences: the budget, and Maximal Marginal
// Relevance (Carbonell & Goldstein, 1998), which trades a sentence's relevance
// against its similarity to the sentences already chosen, so that a summary
// does not say the same thing twice; across documents, first the weight of
// the shared facts a sentence adds (concepts.hpp).
#ifndef CADENA_SUMMARIZE_SELECTION_HPP
#define CADENA_SUMMARIZE_SELECTION_HPP

#include <cstddef>
#include <limits>
#include <vector>

#include "concepts.hpp"
#include "term_vectors.hpp"

namespace cadena::summarize {

// How much a summary may hold. Exactly one kind is in effect.
struct Budget {
  enum class Kind { kSentences, kRatio, kCharacters, kWords };
  Kind kind = Kind::kSentences;
  double amount = 3;  // sentences; a share in (0, 1] of the sentences; characters; or words

  static Budget sentences(std::size_t n) { return {Kind::kSentences, static_cast<double>(n)}; }
  static Budget ratio(double share) { return {Kind::kRatio, share}; }
  static Budget characters(std::size_t n) { return {Kind::kCharacters, static_cast<double>(n)}; }
  static Budget words(std::size_t n) { return {Kind::kWords, static_cast<double>(n)}; }
};

struct Limits {
  static constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
  std::size_t sentences = kNone;
  // Code points of the summary's text: its sentences joined by single spaces.
  std::size_t characters = kNone;
  // Words of the summary, as word_reader.hpp counts them.
  std::size_t words = kNone;
};

// The limits a budget sets for a text of `sentence_count` sentences. A ratio
// is rounded up, so that every text gets at least one sentence.
Limits limits_of(const Budget& budget, std::size_t sentence_count);

struct MmrSettings {
  // 1 = relevance only; lower values weigh redundancy more.
  double lambda = 0.7;
  // A sentence at least this similar to a chosen one is never chosen: a
  // near-duplicate, however relevant. Above 1: no such rule.
  double near_duplicate = 0.5;
};

// The sentences to use, in the order they were chosen. Each time, among those
// that still fit the limits and are no near-duplicate of a chosen one: the one
// whose concepts not yet in the summary weigh the most; among those, the one
// that maximizes lambda * relevance - (1 - lambda) * (its highest similarity
// to a chosen sentence); ties go to the lower index. Without concepts (empty,
// or when what is left adds none) this is plain MMR. The vectors are indexed
// alike; `concepts` may be empty.
//
// `needs[i]`, when given, is the sentence that must be chosen before i
// may be (the one i points back to), kNoRequirement for none, or
// kNeverChosen: a sentence that needs another that cannot be chosen.
// `words[i]`, when given, is the sentence's word count, for limits.words.
constexpr std::size_t kNoRequirement = std::numeric_limits<std::size_t>::max();
constexpr std::size_t kNeverChosen = kNoRequirement - 1;
std::vector<std::size_t> select_mmr(const std::vector<double>& relevance,
                                    const std::vector<TermVector>& vectors,
                                    const std::vector<std::size_t>& characters,
                                    const Limits& limits, const MmrSettings& settings,
                                    const std::vector<ConceptList>& concepts = {},
                                    const std::vector<std::size_t>& needs = {},
                                    const std::vector<std::size_t>& words = {});

}  // namespace cadena::summarize

#endif  // CADENA_SUMMARIZE_SELECTION_HPP
