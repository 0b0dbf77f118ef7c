#include "repeated_text.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace cadena::clean {
namespace {

// Blocks with fewer words are never dropped as repeats.
constexpr std::size_t kMinWords = 8;
// The share of a block's trigrams another block must hold.
constexpr double kContained = 0.8;
// A trigram in more kept blocks than this tells nothing of where a block was
// copied from, and following it would make a page of repeats quadratic.
constexpr std::size_t kMaxHolders = 16;

std::vector<std::uint64_t> trigrams(const std::vector<std::uint64_t>& words) {
  std::vector<std::uint64_t> out;
  for (std::size_t i = 0; i + 2 < words.size(); ++i) {
    out.push_back((words[i] * 1000003u ^ words[i + 1]) * 1000003u ^ words[i + 2]);
  }
  return out;
}

}  // namespace

void drop_repeated_text(const std::vector<BlockFeatures>& features, std::vector<bool>& content) {
  const std::size_t n = features.size();
  // Word for word copies first: the first one stays.
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> firsts;  // by a hash of the words
  for (std::size_t i = 0; i < n; ++i) {
    if (!content[i] || features[i].words.size() < kMinWords || features[i].repeats == 0) continue;
    std::uint64_t key = 0;
    for (std::uint64_t w : features[i].words) key = key * 1000003u ^ w;
    std::vector<std::size_t>& same_key = firsts[key];
    const bool copy = std::any_of(same_key.begin(), same_key.end(), [&](std::size_t j) {
      return features[j].words == features[i].words;
    });
    if (copy) {
      content[i] = false;
    } else {
      same_key.push_back(i);
    }
  }
  std::vector<std::vector<std::uint64_t>> grams(n);
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> holders;
  for (std::size_t i = 0; i < n; ++i) {
    if (!content[i]) continue;
    grams[i] = trigrams(features[i].words);
    for (std::uint64_t g : grams[i]) {
      std::vector<std::size_t>& h = holders[g];
      if (h.empty() || h.back() != i) h.push_back(i);
    }
  }
  // Decided against the kept blocks as they were, so the outcome does not
  // depend on the order blocks are looked at.
  const std::vector<bool> kept = content;
  for (std::size_t i = 0; i < n; ++i) {
    if (!kept[i] || features[i].words.size() < kMinWords) continue;
    const std::size_t own = features[i].words.size();
    std::unordered_map<std::size_t, std::size_t> shared;
    for (std::uint64_t g : grams[i]) {
      const std::vector<std::size_t>& h = holders[g];
      if (h.size() > kMaxHolders) continue;
      for (std::size_t j : h) {
        const std::size_t other = features[j].words.size();
        if (j != i && (other > own || (other == own && j < i))) ++shared[j];
      }
    }
    for (const auto& [j, count] : shared) {
      if (count >= kContained * grams[i].size()) {
        content[i] = false;
        break;
      }
    }
  }
}

}  // namespace cadena::clean
