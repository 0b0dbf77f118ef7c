// The words met while summarizing one set of documents. Each distinct folded
// word is looked up in the language data once (stop word? stem? credit
// label?), not at every occurrence, which is most of the summarizer's speed.
//
// Ids are numbered in the order words are first met, so they depend only on
// the input: nothing here iterates a hash table. One Lexicon serves one call.
#ifndef CADENA_SUMMARIZE_LEXICON_HPP
#define CADENA_SUMMARIZE_LEXICON_HPP

#include <cstdint>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

#include "language_data.hpp"

namespace cadena::summarize {

// Terms are stems of content words, shared by the lexicons of every language
// in one summary.
class TermIds {
 public:
  std::uint32_t id(const std::string& stem);

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;
};

class Lexicon {
 public:
  static constexpr std::uint32_t kNoTerm = std::numeric_limits<std::uint32_t>::max();

  struct Word {
    std::string text;    // folded
    std::uint32_t term;  // kNoTerm for a stop word
    bool credit_label;
    bool starts_phrase;  // the first word of a boilerplate phrase
  };

  Lexicon(const LanguageData& language, TermIds& terms) : language_(language), terms_(terms) {}

  // The id of a folded word, added when new.
  std::uint32_t add(const std::string& folded);
  const Word& operator[](std::uint32_t id) const { return words_[id]; }
  const LanguageData& language() const { return language_; }

 private:
  const LanguageData& language_;
  TermIds& terms_;
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<Word> words_;
};

}  // namespace cadena::summarize

#endif  // CADENA_SUMMARIZE_LEXICON_HPP
