#include "tagger.hpp"

#include <algorithm>

namespace cadena::ner {
namespace {

// The forced matches of an entity type, leftmost-longest, without overlaps.
std::vector<Chunk> forced_chunks(const std::vector<GazetteerMatch>& matches,
                                 const Gazetteer& gazetteer, const LabelSet& labels) {
  std::vector<GazetteerMatch> forced;
  for (const GazetteerMatch& m : matches)
    if (m.forced && labels.type_index(gazetteer.categories()[m.category]) >= 0) forced.push_back(m);
  std::stable_sort(forced.begin(), forced.end(),
                   [](const GazetteerMatch& a, const GazetteerMatch& b) {
                     return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
                   });
  std::vector<Chunk> chunks;
  for (const GazetteerMatch& m : forced)
    if (chunks.empty() || m.begin >= chunks.back().end)
      chunks.push_back({m.begin, m.end, gazetteer.categories()[m.category]});
  return chunks;
}

bool overlaps(const Chunk& a, const Chunk& b) { return a.begin < b.end && b.begin < a.end; }

}  // namespace

Tagger::Tagger(Model model, Gazetteer gazetteer)
    : model_(std::move(model)),
      gazetteer_(std::move(gazetteer)),
      extractor_(gazetteer_, model_.lexicon()),
      viterbi_(model_.labels()) {
  for (const Model::Name& name : model_.names())
    gazetteer_.add(Model::seen_category(model_.labels().types()[name.type]), name.text, false);
}

std::vector<Chunk> Tagger::tag(const std::vector<std::string>& forms,
                               const DocumentContext& context) const {
  std::vector<GazetteerMatch> matches = gazetteer_.match(forms);
  SentenceFeatures features = extractor_.extract(forms, matches, context);
  const std::size_t L = model_.labels().size();
  std::vector<float> emissions(forms.size() * L, 0.0f);
  for (std::size_t i = 0; i < forms.size(); ++i)
    for (std::size_t k = features.starts[i]; k < features.starts[i + 1]; ++k)
      model_.add_weights(features.values[k], &emissions[i * L]);
  std::vector<Chunk> chunks =
      model_.labels().decode(viterbi_.decode(emissions, forms.size(), model_.transitions()));

  std::vector<Chunk> forced = forced_chunks(matches, gazetteer_, model_.labels());
  if (forced.empty()) return chunks;
  chunks.erase(std::remove_if(chunks.begin(), chunks.end(),
                              [&](const Chunk& c) {
                                return std::any_of(forced.begin(), forced.end(),
                                                   [&](const Chunk& f) { return overlaps(c, f); });
                              }),
               chunks.end());
  chunks.insert(chunks.end(), forced.begin(), forced.end());
  std::sort(chunks.begin(), chunks.end(),
            [](const Chunk& a, const Chunk& b) { return a.begin < b.begin; });
  return chunks;
}

}  // namespace cadena::ner
