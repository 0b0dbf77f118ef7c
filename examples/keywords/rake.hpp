// Key phrases of one text by RAKE (Rose et al., "Automatic keyword extraction
// from individual documents", 2010): stop words and punctuation cut the text
// into candidate phrases; a word scores its degree (the summed length of the
// candidates it occurs in) over its frequency; a phrase scores the sum of its
// words. No training, no corpus statistics: one document at a time.
//
// Rose et al. weigh words three ways, and so do we: degree / frequency (their
// default) favours words that occur mostly in long candidates, so a single
// three-word phrase beats a name the article repeats; degree alone favours
// words that recur in long candidates, which suits news, where the topic is
// what gets repeated; frequency alone ignores phrase length.
#ifndef KEYWORDS_RAKE_HPP
#define KEYWORDS_RAKE_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace keywords {

struct KeyPhrase {
  std::string phrase;  // case-folded words joined by one space
  std::size_t begin;   // bytes of its first occurrence in the text
  std::size_t end;
  double score;
  int count;  // occurrences in the text
};

enum class WordScore { kDegreeOverFrequency, kDegree, kFrequency };

struct RakeSettings {
  std::size_t max_words;    // longer candidates are dropped, as RAKE does
  std::size_t max_phrases;  // how many to return
  WordScore word_score;
};

// Stop words are case-folded (fold_case). The best phrases first; ties go to
// the more frequent, then to the earlier one, so the order is deterministic.
std::vector<KeyPhrase> extract_key_phrases(std::string_view text, const std::unordered_set<std::string>& stop_words,
                                           const RakeSettings& settings);

}  // namespace keywords

#endif  // KEYWORDS_RAKE_HPP
