#include "rouge.hpp"

#include <algorithm>
#include <map>

#include "word_reader.hpp"

namespace cadena::summarize::rouge {
namespace {

Score from_counts(std::size_t overlap, std::size_t candidate_total, std::size_t reference_total) {
  Score s;
  if (candidate_total > 0) s.precision = static_cast<double>(overlap) / candidate_total;
  if (reference_total > 0) s.recall = static_cast<double>(overlap) / reference_total;
  if (s.precision + s.recall > 0) s.f = 2 * s.precision * s.recall / (s.precision + s.recall);
  return s;
}

std::map<std::vector<std::string>, std::size_t> ngrams(const std::vector<std::string>& words,
                                                       std::size_t n) {
  std::map<std::vector<std::string>, std::size_t> counts;
  for (std::size_t i = 0; i + n <= words.size(); ++i)
    ++counts[std::vector<std::string>(words.begin() + i, words.begin() + i + n)];
  return counts;
}

std::size_t total(const std::map<std::vector<std::string>, std::size_t>& counts) {
  std::size_t sum = 0;
  for (const auto& entry : counts) sum += entry.second;
  return sum;
}

}  // namespace

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  for (WordReader reader(text); reader.next();) out.push_back(reader.word());
  return out;
}

Score rouge_n(const std::vector<std::string>& candidate, const std::vector<std::string>& reference,
              std::size_t n) {
  auto c = ngrams(candidate, n);
  auto r = ngrams(reference, n);
  std::size_t overlap = 0;
  for (const auto& [gram, count] : c) {
    auto it = r.find(gram);
    if (it != r.end()) overlap += std::min(count, it->second);
  }
  return from_counts(overlap, total(c), total(r));
}

Score rouge_l(const std::vector<std::string>& candidate,
              const std::vector<std::string>& reference) {
  // lcs[j]: the LCS of the candidate so far and the first j reference words.
  std::vector<std::size_t> lcs(reference.size() + 1, 0), previous(reference.size() + 1, 0);
  for (const std::string& word : candidate) {
    previous.swap(lcs);
    for (std::size_t j = 1; j <= reference.size(); ++j)
      lcs[j] = word == reference[j - 1] ? previous[j - 1] + 1 : std::max(previous[j], lcs[j - 1]);
  }
  return from_counts(lcs[reference.size()], candidate.size(), reference.size());
}

Scores score(std::string_view candidate, std::string_view reference) {
  std::vector<std::string> c = words(candidate);
  std::vector<std::string> r = words(reference);
  return {rouge_n(c, r, 1), rouge_n(c, r, 2), rouge_l(c, r)};
}

}  // namespace cadena::summarize::rouge
