// Sentence splitting of UTF-8 text: ICU's sentence rules for the language,
// corrected by that language's data and by Cadena's rules (boundary_rules.hpp).
//
// Built once from a data folder with one subfolder per language, named by its
// ICU locale (data/es/, data/en/; see README.md for the files). split() is
// const and safe to call from several threads at once on one object.
#ifndef CADENA_SPLIT_SENTENCE_SPLITTER_HPP
#define CADENA_SPLIT_SENTENCE_SPLITTER_HPP

#include <cadena/languages.hpp>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cadena::split {

// Bytes [begin, end) of a UTF-8 text.
struct ByteRange {
  std::size_t begin;
  std::size_t end;
  bool operator==(const ByteRange& other) const { return begin == other.begin && end == other.end; }
};

class SentenceSplitter {
 public:
  // Loads every language folder of `data_dir`. Throws std::runtime_error
  // naming the folder, or the file and line of a bad entry.
  explicit SentenceSplitter(const std::string& data_dir);
  SentenceSplitter(SentenceSplitter&&) noexcept;
  ~SentenceSplitter();

  // The sentences of `text`, in order, trimmed of white space: together they
  // hold every non-space code point of the text exactly once. `lang` is a
  // language tag ("es", "es-MX", "en"); a region falls back to its language.
  // Throws std::invalid_argument for a language with no data, and
  // std::length_error for a text of 2 GiB or more (ICU's offsets are 32-bit).
  std::vector<ByteRange> split(std::string_view text, std::string_view lang) const;

  bool supports(std::string_view lang) const;
  // The languages with data, e.g. "en, es", for messages.
  std::string languages() const;

 private:
  struct Language;

  cadena::Languages<Language> languages_;
};

}  // namespace cadena::split

#endif  // CADENA_SPLIT_SENTENCE_SPLITTER_HPP
