// The abbreviations of one language and the one question the splitter asks of
// them: is the period at this offset part of an abbreviation, and may that
// abbreviation end a sentence?
//
// Entries are written as they appear in text ("Sr.", "EE. UU.", "a. de C.")
// and end with a period. Matching ignores spaces, so "EE. UU." also matches
// "EE.UU." and "EE.  UU.". An entry that starts with a lowercase letter also
// matches capitalised ("pág." and "Pág."), as at the start of a sentence.
//
// Immutable after load(): safe to share between threads.
#ifndef CADENA_SPLIT_ABBREVIATIONS_HPP
#define CADENA_SPLIT_ABBREVIATIONS_HPP

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace cadena::split {

class Abbreviations {
 public:
  // The files of a language folder: entries of the first never end a sentence
  // (titles before a name, "pág." before a number); entries of the second may
  // ("etc.", "EE. UU.", months), when the next word starts a sentence.
  static constexpr const char* kNeverFinalFile = "abbreviations.txt";
  static constexpr const char* kMayEndFile = "final_abbreviations.txt";

  // Reads both files of `language_dir`. Throws std::runtime_error naming the
  // file and line of a malformed or repeated entry.
  static Abbreviations load(const std::string& language_dir);

  enum class Role {
    none,         // the period ends no known abbreviation
    inside,       // the period is inside one that goes on ("EE." of "EE. UU.")
    never_final,  // the period ends one that never ends a sentence ("Sr.")
    may_end       // the period ends one that may end a sentence ("etc.")
  };

  // The role of the period that ends just before `period_end` in `text`.
  Role period_role(std::string_view text, std::size_t period_end) const;

 private:
  struct Entry {
    bool may_end;
    bool listed;  // false for the capitalised form made from a lowercase entry
    std::string file;
    int line;
  };
  void add(const std::string& written, bool may_end, const std::string& file, int line);
  void insert(const std::string& key, const Entry& entry, const std::string& written);
  // The end of the longest entry written from `start` on, or 0; its entry in `found`.
  std::size_t longest_match(std::string_view text, std::size_t start, const Entry*& found) const;

  // Keyed by the entry without spaces; std::less<> looks up a string_view
  // without building a string for every period of a text.
  std::map<std::string, Entry, std::less<>> entries_;
  static constexpr std::size_t kLongestKey = 32;  // bytes, without spaces
  std::size_t longest_key_ = 0;
  std::size_t most_words_ = 0;
};

}  // namespace cadena::split

#endif  // CADENA_SPLIT_ABBREVIATIONS_HPP
