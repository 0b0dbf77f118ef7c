// What the summarizer knows of one language, read from its data folder
// (data/<lang>/, see docs/summarize.md): stop words, light stemming rules,
// the labels of photo credits, the phrases of page boilerplate and the
// connectives that open a sentence continuing the one before. Entries are
// folded as words are (word_reader.hpp) when they are read, so the files are
// written with their accents.
//
// Immutable after load(): safe to share between threads.
#ifndef CADENA_SUMMARIZE_LANGUAGE_DATA_HPP
#define CADENA_SUMMARIZE_LANGUAGE_DATA_HPP

#include <cadena/languages.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace cadena::summarize {

// A folded phrase, word by word: {"leer", "mas"}.
using Phrase = std::vector<std::string>;

class LanguageData {
 public:
  static constexpr const char* kStopwordsFile = "stopwords.txt";
  static constexpr const char* kSuffixesFile = "suffixes.txt";
  static constexpr const char* kCreditLabelsFile = "credit_labels.txt";
  static constexpr const char* kBoilerplateFile = "boilerplate.txt";
  static constexpr const char* kConnectivesFile = "connectives.txt";
  // Optional: a language without it has no pointers.
  static constexpr const char* kPointersFile = "pointers.txt";
  // Stemming never leaves fewer bytes than this: "mes" stays "mes".
  static constexpr std::size_t kMinStem = 3;

  // Reads the five files of `language_dir`. Throws std::runtime_error naming
  // the file and line of a missing file or a malformed entry.
  static LanguageData load(const std::string& language_dir);

  // Arguments are folded words.
  bool is_stopword(const std::string& word) const { return stopwords_.count(word) != 0; }
  // A word that, followed by ':', labels a photo credit or caption ("Foto: AFP").
  bool is_credit_label(const std::string& word) const { return credit_labels_.count(word) != 0; }
  // The boilerplate phrases whose first word is `word`; null when none is.
  const std::vector<Phrase>* phrases_starting_with(const std::string& word) const {
    return starting_with(phrases_, word);
  }
  // The connectives ("además", "sin embargo") whose first word is `word`;
  // null when none is.
  const std::vector<Phrase>* connectives_starting_with(const std::string& word) const {
    return starting_with(connectives_, word);
  }
  // Whether a sentence whose folded words are `words` opens with a pointer to
  // what came before ("Con esa frase", "Por ello", "Ella", "Este") and not
  // with one of the exceptions that stand alone ("Este martes"). `words` are
  // looked up as folded text.
  template <typename WordAt>
  bool opens_with_pointer(std::size_t count, const WordAt& word_at) const {
    if (count == 0) return false;
    auto matches = [&](const PhraseIndex& index) {
      const std::vector<Phrase>* phrases = starting_with(index, word_at(0));
      if (!phrases) return false;
      for (const Phrase& phrase : *phrases) {
        if (phrase.size() > count) continue;
        std::size_t k = 1;
        while (k < phrase.size() && word_at(k) == phrase[k]) ++k;
        if (k == phrase.size()) return true;
      }
      return false;
    };
    return !matches(pointer_exceptions_) && matches(pointers_);
  }
  // The word with its inflectional suffixes removed, one rule per step:
  // "soldados" -> "soldado" -> "soldad", "naciones" -> "nacion".
  std::string stem(std::string word) const;

 private:
  struct SuffixRule {
    std::string suffix;
    std::string replacement;
  };
  // Phrases by their first word.
  using PhraseIndex = std::unordered_map<std::string, std::vector<Phrase>>;
  static const std::vector<Phrase>* starting_with(const PhraseIndex& index,
                                                  const std::string& word);
  static PhraseIndex read_phrases(const std::string& path);
  void read_pointers(const std::string& path);
  void add_suffix_rule(const std::string& entry, const std::string& where);

  std::unordered_set<std::string> stopwords_;
  std::unordered_set<std::string> credit_labels_;
  PhraseIndex phrases_;
  PhraseIndex connectives_;
  PhraseIndex pointers_;
  PhraseIndex pointer_exceptions_;  // "! este martes" in the file
  // Per step, longest suffix first.
  std::vector<std::vector<SuffixRule>> steps_;
};

// The language folders of a data directory, found by language tag (a region
// falls back to its language), each loaded as LanguageData.
class Languages : public cadena::Languages<LanguageData> {
 public:
  // Throws std::runtime_error naming the folder or the file that is wrong.
  explicit Languages(const std::string& data_dir)
      : cadena::Languages<LanguageData>(data_dir, kStopwordsFile,
                                        [](const std::string& folder, const std::string&) {
                                          return LanguageData::load(folder);
                                        }) {}

 private:
  static constexpr const char* kStopwordsFile = LanguageData::kStopwordsFile;
};

}  // namespace cadena::summarize

#endif  // CADENA_SUMMARIZE_LANGUAGE_DATA_HPP
