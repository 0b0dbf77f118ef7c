// ROUGE (Lin, 2004), to score summaries against reference summaries: the
// overlap of words (ROUGE-1), of word pairs (ROUGE-2) and the longest common
// subsequence (ROUGE-L, over the whole text as Google's rouge-score computes
// `rougeL`). Words are lowercased and accent-folded (word_reader.hpp); no
// stemming and no stop words, so the scores do not lean on the summarizer's
// own language data.
#ifndef CADENA_TESTS_SUMMARIZE_ROUGE_HPP
#define CADENA_TESTS_SUMMARIZE_ROUGE_HPP

#include <string>
#include <string_view>
#include <vector>

namespace cadena::summarize::rouge {

struct Score {
  double precision = 0;
  double recall = 0;
  double f = 0;  // F1; 0 when precision and recall are both 0
};

struct Scores {
  Score rouge1;
  Score rouge2;
  Score rougeL;
};

std::vector<std::string> words(std::string_view text);

// N-grams of the candidate that are in the reference, each counted at most as
// often as the reference has it.
Score rouge_n(const std::vector<std::string>& candidate, const std::vector<std::string>& reference,
              std::size_t n);
Score rouge_l(const std::vector<std::string>& candidate, const std::vector<std::string>& reference);

Scores score(std::string_view candidate, std::string_view reference);

}  // namespace cadena::summarize::rouge

#endif  // CADENA_TESTS_SUMMARIZE_ROUGE_HPP
