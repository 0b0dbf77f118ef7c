// Lists of names by category (countries, cities, organisations, given
// names…), matched over a sentence's tokens. The tagger reads the matches as
// features; entries a user adds through the stage's options also force their
// entity type onto the text they match (see ner_stage.cpp).
//
// File format (UTF-8, '#' starts a comment line):
//   [LOC]                 a section names the category of the entries below
//   Corea del Norte       an entry: tokens separated by spaces, as the
//   EE.UU.                tokenizer cuts them ("EE. UU." is one token: write
//   Universidad de *      it without the space); '*' stands for any one
//                         capitalised word
// Matching ignores case, but a match must start on a word that begins with a
// capital or a digit: "China" matches, "porcelana de china" does not.
//
// Immutable once loaded: match() is safe from several threads at once.
#ifndef CADENA_NER_GAZETTEER_HPP
#define CADENA_NER_GAZETTEER_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cadena::ner {

struct GazetteerMatch {
  std::size_t begin;  // tokens [begin, end)
  std::size_t end;
  int category;
  bool forced;
};

class Gazetteer {
 public:
  // Adds the entries of one file. `forced` marks them as the user's: their
  // section, when it is an entity type, is imposed on what they match.
  // Throws std::runtime_error "file:line: why" for an entry outside a section,
  // a malformed section or text that is not UTF-8.
  void load(const std::string& path, bool forced);
  // Loads every *.txt file of `folder`, in name order, not forced.
  void load_folder(const std::string& folder);
  // Adds one entry: tokens separated by spaces. Throws std::runtime_error
  // when `category` would be one too many.
  void add(const std::string& category, std::string_view entry, bool forced);

  // Every entry found in the sentence (overlaps included), in order of start.
  // `words` are the tokens' token_form() (word_form.hpp).
  std::vector<GazetteerMatch> match(const std::vector<std::string>& words) const;

  const std::vector<std::string>& categories() const { return categories_; }
  std::size_t size() const { return entries_; }

 private:
  static constexpr std::uint32_t kPrefix = 1u << 31;  // some longer entry starts so
  static constexpr int kMaxCategories = 30;
  struct Node {
    std::uint32_t categories = 0;  // bits of the entries that end here, plus kPrefix
    std::uint32_t forced = 0;      // bits of the forced entries that end here
  };
  int category_id(const std::string& name, const std::string& where);
  void insert(int category, std::string_view entry, bool forced);

  // Keyed by the entry's lowercase tokens joined by '\x1f'.
  std::unordered_map<std::string, Node> nodes_;
  std::vector<std::string> categories_;
  std::size_t entries_ = 0;
};

}  // namespace cadena::ner

#endif  // CADENA_NER_GAZETTEER_HPP
