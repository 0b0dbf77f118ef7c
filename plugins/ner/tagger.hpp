// Tags the tokens of a sentence with entities: features (features.hpp), the
// model's weights, Viterbi over BILOU labels; then the user's forced
// gazetteer entries (gazetteer.hpp) replace whatever they overlap. The names
// the model saw in training join the gazetteer (Model::Name).
//
// Immutable once built: tag() is safe from several threads at once.
#ifndef CADENA_NER_TAGGER_HPP
#define CADENA_NER_TAGGER_HPP

#include <string>
#include <vector>

#include "features.hpp"
#include "gazetteer.hpp"
#include "labels.hpp"
#include "model.hpp"
#include "viterbi.hpp"

namespace cadena::ner {

class Tagger {
 public:
  Tagger(Model model, Gazetteer gazetteer);
  Tagger(const Tagger&) = delete;  // the extractor points into the members
  Tagger& operator=(const Tagger&) = delete;

  // The entities of one sentence; `forms` are its tokens' token_form(),
  // `context` the rest of its document.
  std::vector<Chunk> tag(const std::vector<std::string>& forms,
                         const DocumentContext& context) const;

  const Model& model() const { return model_; }
  const Gazetteer& gazetteer() const { return gazetteer_; }

 private:
  Model model_;
  Gazetteer gazetteer_;
  FeatureExtractor extractor_;
  Viterbi viterbi_;
};

}  // namespace cadena::ner

#endif  // CADENA_NER_TAGGER_HPP
