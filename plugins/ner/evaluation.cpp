#include "evaluation.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "document_context.hpp"
#include "label_vote.hpp"

namespace cadena::ner {
namespace {

std::string text_of(const TaggedSentence& sentence, const Chunk& chunk) {
  std::string text;
  for (std::size_t t = chunk.begin; t < chunk.end; ++t) {
    if (t > chunk.begin) text += ' ';
    text += sentence.tokens[t];
  }
  return text;
}

// The labels of sentence i's chunks once its window of sentences is keyed
// (and voted), as the recognizer treats a document.
void relabel_in_window(const std::vector<TaggedSentence>& gold,
                       std::vector<std::vector<Chunk>>& found, std::size_t i,
                       const std::vector<std::vector<Chunk>>& tagged, DocumentLabels labels,
                       const EntityKeys& keys) {
  std::size_t first = i > kNeighbourSentences ? i - kNeighbourSentences : 0;
  std::size_t last = std::min(gold.size(), i + kNeighbourSentences + 1);
  std::vector<std::string> texts;
  std::vector<Mention> mentions;
  std::size_t own = 0;  // index of sentence i's first mention
  for (std::size_t s = first; s < last; ++s) {
    if (s == i) own = texts.size();
    for (const Chunk& c : tagged[s]) texts.push_back(text_of(gold[s], c));
  }
  std::size_t m = 0;
  for (std::size_t s = first; s < last; ++s)
    for (const Chunk& c : tagged[s]) mentions.push_back({texts[m++], c.type});
  std::vector<KeyedMention> keyed = keys.keys(mentions);
  std::vector<std::string> voted;
  if (labels == DocumentLabels::vote) voted = one_label_per_key(keyed);
  for (std::size_t c = 0; c < found[i].size(); ++c)
    found[i][c].type = labels == DocumentLabels::vote ? voted[own + c]
                                                      : std::string(keyed[own + c].label);
}

}  // namespace

ChunkScore evaluate(const Tagger& tagger, const std::vector<TaggedSentence>& gold,
                    std::ostream* predictions, DocumentLabels labels, const EntityKeys* keys) {
  if (labels != DocumentLabels::tagger && !keys)
    throw std::invalid_argument("evaluate: document labels need the entity keys");
  std::vector<std::vector<std::string>> forms = token_forms(gold);
  std::vector<std::vector<Chunk>> tagged(gold.size());
  visit_in_context(forms, kNeighbourSentences, [&](std::size_t i, const DocumentContext& context) {
    tagged[i] = tagger.tag(forms[i], context);
  });
  std::vector<std::vector<Chunk>> found = tagged;
  if (labels != DocumentLabels::tagger)
    for (std::size_t i = 0; i < gold.size(); ++i)
      relabel_in_window(gold, found, i, tagged, labels, *keys);

  ChunkScore score;
  for (std::size_t i = 0; i < gold.size(); ++i) {
    std::vector<std::string> guess = tags_of_chunks(found[i], forms[i].size());
    score.add(gold[i].tags, guess);
    if (!predictions) continue;
    for (std::size_t t = 0; t < guess.size(); ++t)
      *predictions << gold[i].tokens[t] << ' ' << gold[i].tags[t] << ' ' << guess[t] << '\n';
    *predictions << '\n';
  }
  return score;
}

}  // namespace cadena::ner
