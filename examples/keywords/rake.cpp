#include "rake.hpp"

#include <algorithm>
#include <map>

#include "words.hpp"

namespace keywords {

namespace {

struct Candidate {
  std::vector<std::string> words;
  std::size_t begin;
  std::size_t end;
};

// Maximal runs of content words between stop words, numbers and breaks.
std::vector<Candidate> candidates(std::string_view text, const std::unordered_set<std::string>& stop_words,
                                  std::size_t max_words) {
  std::vector<Candidate> out;
  Candidate run{{}, 0, 0};
  auto close = [&] {
    if (!run.words.empty() && run.words.size() <= max_words) out.push_back(run);
    run.words.clear();
  };
  for (const Token& t : tokenize(text)) {
    std::string word = t.is_break ? std::string() : fold_case(text.substr(t.begin, t.end - t.begin));
    // One-letter words ("y", "a", "I") carry no topic in any language we read.
    if (t.is_break || t.all_digits || word.size() < 2 || stop_words.count(word)) {
      close();
      continue;
    }
    if (run.words.empty()) run.begin = t.begin;
    run.words.push_back(std::move(word));
    run.end = t.end;
  }
  close();
  return out;
}

}  // namespace

std::vector<KeyPhrase> extract_key_phrases(std::string_view text, const std::unordered_set<std::string>& stop_words,
                                           const RakeSettings& settings) {
  std::vector<Candidate> found = candidates(text, stop_words, settings.max_words);
  std::map<std::string, double> frequency, degree;
  for (const Candidate& c : found) {
    for (const std::string& w : c.words) {
      frequency[w] += 1;
      degree[w] += static_cast<double>(c.words.size());
    }
  }
  std::map<std::string, KeyPhrase> phrases;
  for (const Candidate& c : found) {
    std::string key;
    double score = 0;
    for (const std::string& w : c.words) {
      key += (key.empty() ? "" : " ") + w;
      score += settings.word_score == WordScore::kDegree      ? degree[w]
               : settings.word_score == WordScore::kFrequency ? frequency[w]
                                                              : degree[w] / frequency[w];
    }
    auto [it, added] = phrases.try_emplace(key, KeyPhrase{key, c.begin, c.end, score, 0});
    it->second.count += 1;
  }
  std::vector<KeyPhrase> ranked;
  for (auto& entry : phrases) ranked.push_back(std::move(entry.second));
  std::sort(ranked.begin(), ranked.end(), [](const KeyPhrase& a, const KeyPhrase& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.count != b.count) return a.count > b.count;
    return a.begin < b.begin;
  });
  if (ranked.size() > settings.max_phrases) ranked.resize(settings.max_phrases);
  return ranked;
}

}  // namespace keywords
