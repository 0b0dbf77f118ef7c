// Keys that are equal for one entity across spellings and documents:
// "Kim Jong-un" and "Kim Jong Un", "Pyongyang" and "Pionyang", "Serguéi" and
// "Sergei Lavrov" — and, inside one document, a bare "Lavrov" after
// "Serguéi Lavrov".
//
// A key is the name's normal form — lowercase without diacritics, periods
// dropped ("EE. UU." -> "eeuu"), words split at spaces, hyphens and other
// punctuation and joined by one space, spelling variants replaced by their
// canonical spelling — whatever the label: "Rusia" the place and "Rusia" the
// government are one entity, and a tagging slip between PER and LOC does not
// split one. Variants come from the data file (variants.txt):
//   Pyongyang = Pionyang; Piongyang
//   Serguéi = Sergei; Sergey
// Both sides are normalised the same way, so accents and case do not matter
// there; a side may have several words ("Estados Unidos = EEUU").
//
// Immutable once loaded: safe to share between threads.
#ifndef CADENA_NER_ENTITY_KEYS_HPP
#define CADENA_NER_ENTITY_KEYS_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cadena::ner {

struct Mention {
  std::string_view text;
  std::string_view label;
};

struct KeyedMention {
  std::string key;
  std::string_view label;  // the mention's, or that of the full name it was tied to
};

class EntityKeys {
 public:
  EntityKeys() = default;
  // Throws std::runtime_error "file:line: why" for a malformed line, or one
  // that gives a spelling two canonical forms.
  explicit EntityKeys(const std::string& variants_file);

  // The words of a name's normal form: "Kim Jong-un" -> {"kim", "jong", "un"}.
  std::vector<std::string> normal_words(std::string_view name) const;

  // The keys of one document's mentions, in the order given (text order). A
  // one-word mention takes the key and label of the document's nearest
  // person named by two words or more, looking back first and then ahead (a
  // headline may say "Lavrov" before the text says "Serguéi Lavrov"), when
  // the word is that person's surname (the last word) — or any of their
  // words, if the tagger called the mention a person too ("Kim").
  std::vector<KeyedMention> keys(const std::vector<Mention>& mentions) const;

 private:
  // The words of the text's normal form before variants are applied.
  static std::vector<std::string> plain_words(std::string_view text);

  // Keyed by the variant's words joined by a space.
  std::unordered_map<std::string, std::vector<std::string>> canonical_;
  std::size_t longest_variant_ = 0;  // in words
};

}  // namespace cadena::ner

#endif  // CADENA_NER_ENTITY_KEYS_HPP
