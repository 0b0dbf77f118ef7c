// Words the training text writes in lowercase ("gobierno", "presidente"),
// kept as hashes in the model. A capitalised word whose lowercase form is in
// the lexicon is often just the first word of a sentence or a headline; one
// that is not is more likely a name.
#ifndef CADENA_NER_LEXICON_HPP
#define CADENA_NER_LEXICON_HPP

#include <algorithm>
#include <cstdint>
#include <vector>

namespace cadena::ner {

class Lexicon {
 public:
  Lexicon() = default;
  // `hashes`: hash_text() of the lowercase words, in any order, repeats allowed.
  explicit Lexicon(std::vector<std::uint64_t> hashes) : hashes_(std::move(hashes)) {
    std::sort(hashes_.begin(), hashes_.end());
    hashes_.erase(std::unique(hashes_.begin(), hashes_.end()), hashes_.end());
  }
  bool contains(std::uint64_t word_hash) const {
    return std::binary_search(hashes_.begin(), hashes_.end(), word_hash);
  }
  const std::vector<std::uint64_t>& hashes() const { return hashes_; }

 private:
  std::vector<std::uint64_t> hashes_;  // sorted, unique
};

}  // namespace cadena::ner

#endif  // CADENA_NER_LEXICON_HPP
