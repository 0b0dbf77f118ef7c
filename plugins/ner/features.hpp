// The features of each token of a sentence, for the perceptron: the word, its
// lowercase form, shape, prefixes and suffixes; its neighbours' words and
// shapes; capitalisation against sentence-initial position; whether the
// lowercase form is a common word (lexicon.hpp); gazetteer matches on the
// token and its neighbours; whether it sits inside quotes (titles: MISC);
// the capitalised run of words it belongs to; how the rest of the document
// writes it and what surrounds it there (document_context.hpp).
// Every feature is a 64-bit hash (feature_hash.hpp).
#ifndef CADENA_NER_FEATURES_HPP
#define CADENA_NER_FEATURES_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "document_context.hpp"
#include "gazetteer.hpp"
#include "lexicon.hpp"

namespace cadena::ner {

struct SentenceFeatures {
  std::vector<std::uint64_t> values;
  std::vector<std::size_t> starts;  // token i's features: values[starts[i], starts[i + 1])
  std::size_t tokens() const { return starts.empty() ? 0 : starts.size() - 1; }
};

class FeatureExtractor {
 public:
  // Both are referenced, not copied: they must outlive the extractor.
  FeatureExtractor(const Gazetteer& gazetteer, const Lexicon& lexicon)
      : gazetteer_(gazetteer), lexicon_(lexicon) {}

  // `forms`: token_form() of each token of one sentence; `matches`: the
  // gazetteer's matches on them; `context`: the rest of its document.
  SentenceFeatures extract(const std::vector<std::string>& forms,
                           const std::vector<GazetteerMatch>& matches,
                           const DocumentContext& context) const;

 private:
  const Gazetteer& gazetteer_;
  const Lexicon& lexicon_;
};

}  // namespace cadena::ner

#endif  // CADENA_NER_FEATURES_HPP
