// What the cleaner knows of one language, read from its data folder
// (data/<lang>/): the function words that mark running prose, and the month
// names that datelines are written with.
//
// Immutable after load(): safe to share between threads.
#ifndef CADENA_CLEAN_LANGUAGE_DATA_HPP
#define CADENA_CLEAN_LANGUAGE_DATA_HPP

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace cadena::clean {

// Lowercases UTF-8 text the way word lookups here expect (ICU simple case
// mapping, code point by code point).
std::string lowercase(std::string_view text);

class LanguageData {
 public:
  static constexpr const char* kStopwordsFile = "stopwords.txt";
  static constexpr const char* kMonthsFile = "months.txt";

  // Reads both files of `language_dir`. Throws std::runtime_error naming the
  // file (and line) that is missing or malformed.
  static LanguageData load(const std::string& language_dir);

  // `word` lowercase.
  bool is_stopword(const std::string& word) const { return stopwords_.count(word) != 0; }
  // The month (1-12) a lowercase name or abbreviation stands for, or 0.
  int month(const std::string& word) const {
    auto it = months_.find(word);
    return it == months_.end() ? 0 : it->second;
  }

 private:
  std::unordered_set<std::string> stopwords_;
  std::unordered_map<std::string, int> months_;
};

}  // namespace cadena::clean

#endif  // CADENA_CLEAN_LANGUAGE_DATA_HPP
