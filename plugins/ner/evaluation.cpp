#include "evaluation.hpp"

#include <string>

#include "document_context.hpp"

namespace cadena::ner {

ChunkScore evaluate(const Tagger& tagger, const std::vector<TaggedSentence>& gold,
                    std::ostream* predictions) {
  std::vector<std::vector<std::string>> forms = token_forms(gold);
  ChunkScore score;
  visit_in_context(forms, kNeighbourSentences, [&](std::size_t i, const DocumentContext& context) {
    std::vector<std::string> guess = tags_of_chunks(tagger.tag(forms[i], context), forms[i].size());
    score.add(gold[i].tags, guess);
    if (!predictions) return;
    for (std::size_t t = 0; t < guess.size(); ++t)
      *predictions << gold[i].tokens[t] << ' ' << gold[i].tags[t] << ' ' << guess[t] << '\n';
    *predictions << '\n';
  });
  return score;
}

}  // namespace cadena::ner
