// The words of UTF-8 text, lowercased and accent-folded ("Pyongyang,"
// -> "pyongyang", "Ucrania" -> "ucrania", "públicamente" -> "publicamente"),
// so that the summarizer compares words however a writer accented or
// capitalised them. "ñ" stays "ñ": in Spanish it is a letter, not an accented
// "n" ("año" is not "ano").
//
// A word is a run of letters and digits; a '.' or ',' between two digits
// stays inside it, so that "10.000" is one word and not "10" and "000".
// Offsets are bytes. Letters outside Latin scripts are lowercased only.
#ifndef CADENA_SUMMARIZE_WORD_READER_HPP
#define CADENA_SUMMARIZE_WORD_READER_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace cadena::summarize {

// Reads the words of a text one after the other:
//   for (WordReader words(text); words.next();) use(words.word());
class WordReader {
 public:
  explicit WordReader(std::string_view text) : text_(text) {}

  // Moves to the next word; false when there is none.
  bool next();

  // The current word, folded; valid until the next call to next().
  const std::string& word() const { return word_; }
  // Bytes [begin, end) of the current word in the text.
  std::size_t begin() const { return begin_; }
  std::size_t end() const { return end_; }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  std::string word_;
};

// The folded words of `text` joined by single spaces: how data entries are
// stored ("Leer más" -> "leer mas").
std::string folded_words(std::string_view text);

}  // namespace cadena::summarize

#endif  // CADENA_SUMMARIZE_WORD_READER_HPP
