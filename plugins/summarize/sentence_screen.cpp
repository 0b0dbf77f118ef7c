#include "sentence_screen.hpp"

#include <algorithm>
#include <cstdint>
#include <map>

namespace cadena::summarize {
namespace {

using TermSet = std::vector<std::uint32_t>;  // sorted, distinct

TermSet distinct_terms(const std::vector<std::uint32_t>& terms) {
  TermSet set(terms);
  std::sort(set.begin(), set.end());
  set.erase(std::unique(set.begin(), set.end()), set.end());
  return set;
}

std::size_t common_terms(const TermSet& a, const TermSet& b) {
  std::size_t common = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j])
      ++i;
    else if (b[j] < a[i])
      ++j;
    else
      ++common, ++i, ++j;
  }
  return common;
}

// The sentences of the line that holds sentence `i`: [first, last].
std::pair<std::size_t, std::size_t> line_of(const std::vector<SentenceFacts>& s, std::size_t i) {
  std::size_t first = i, last = i;
  while (!s[first].starts_line) --first;
  while (!s[last].ends_line) ++last;
  return {first, last};
}

// A credit labels the sentences of its own line; a credit alone on its line
// labels the one-sentence line before it (a caption set above its credit).
void mark_captions(const std::vector<SentenceFacts>& s, std::vector<Verdict>& verdicts) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!s[i].credit) continue;
    auto [first, last] = line_of(s, i);
    for (std::size_t k = first; k <= last; ++k) verdicts[k] = Verdict::kCaption;
    bool alone = first == i && last == i;
    if (alone && i > 0 && s[i - 1].starts_line) verdicts[i - 1] = Verdict::kCaption;
  }
}

Verdict surface_verdict(const SentenceFacts& s, const ScreenRules& rules) {
  if (s.boilerplate) return Verdict::kBoilerplate;
  if (s.starts_in_quote || s.ends_in_quote) return Verdict::kQuoteFragment;
  if (s.ending == Ending::kNone) return Verdict::kNoFinalPeriod;
  if (s.ending != Ending::kPeriod) return Verdict::kQuestion;
  if (s.words < rules.min_words) return Verdict::kTooShort;
  return Verdict::kEligible;
}

}  // namespace

std::vector<Verdict> screen(const std::vector<SentenceFacts>& sentences, const ScreenRules& rules) {
  std::vector<Verdict> verdicts(sentences.size(), Verdict::kEligible);
  mark_captions(sentences, verdicts);
  std::vector<TermSet> terms(sentences.size());
  std::vector<std::size_t> headlines;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    terms[i] = distinct_terms(sentences[i].terms);
    if (verdicts[i] == Verdict::kEligible) verdicts[i] = surface_verdict(sentences[i], rules);
    if (sentences[i].ending == Ending::kNone && terms[i].size() >= rules.headline_min_terms)
      headlines.push_back(i);
  }
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    if (verdicts[i] != Verdict::kEligible || terms[i].empty()) continue;
    for (std::size_t h : headlines)
      if (static_cast<double>(common_terms(terms[i], terms[h])) >=
          rules.headline_overlap * static_cast<double>(terms[i].size()))
        verdicts[i] = Verdict::kRepeatsHeadline;
  }
  // Going backwards, the first eligible copy met is the last one in the text.
  std::map<std::vector<std::uint32_t>, std::size_t> later_copies;
  for (std::size_t i = sentences.size(); i-- > 0;) {
    if (verdicts[i] != Verdict::kEligible) continue;
    if (!later_copies.emplace(sentences[i].terms, i).second) verdicts[i] = Verdict::kRepeatedLater;
  }
  return verdicts;
}

}  // namespace cadena::summarize
