#include "training_data.hpp"

#include <functional>
#include <set>
#include <stdexcept>
#include <unordered_map>

#include "document_context.hpp"
#include "feature_hash.hpp"
#include "features.hpp"
#include "word_form.hpp"

namespace cadena::ner {
namespace {

// Training sentences see the names of the other folds only, so that the
// model learns how far a name seen in training predicts its type on new text
// — not that it always does, as it would if each sentence saw its own names.
constexpr std::size_t kNameFolds = 10;
// Longer "names" are annotation accidents (and would not fit the model file).
constexpr std::size_t kLongestName = 200;

LabelSet label_set(const std::vector<TaggedSentence>& train) {
  std::set<std::string> types;
  for (const TaggedSentence& s : train)
    for (const Chunk& c : chunks_of_tags(s.tags)) types.insert(c.type);
  if (types.empty()) throw std::invalid_argument("the training data has no entity");
  return LabelSet(std::vector<std::string>(types.begin(), types.end()));
}

// `forms`: token_forms() of the training sentences.
Lexicon lexicon_of(const std::vector<std::vector<std::string>>& forms, int min_count) {
  std::unordered_map<std::uint64_t, int> counts;
  std::vector<std::uint64_t> words;
  for (const std::vector<std::string>& sentence : forms)
    for (const std::string& form : sentence) {
      if (word_case(form) != WordCase::lower) continue;
      std::uint64_t h = hash_text(word_key(form));
      if (++counts[h] == min_count) words.push_back(h);
    }
  return Lexicon(std::move(words));
}

// The names of the training entities, each with its types, in order of first
// appearance; `skip_fold` leaves out the sentences of one fold (or none: kNameFolds).
// `forms`: token_forms() of `train`.
std::vector<Model::Name> names_of(const std::vector<TaggedSentence>& train,
                                  const std::vector<std::vector<std::string>>& forms,
                                  const LabelSet& labels, std::size_t skip_fold) {
  std::vector<Model::Name> names;
  std::set<std::pair<int, std::string>> seen;
  for (std::size_t s = 0; s < train.size(); ++s) {
    if (s % kNameFolds == skip_fold) continue;
    for (const Chunk& c : chunks_of_tags(train[s].tags)) {
      std::string text;
      for (std::size_t i = c.begin; i < c.end; ++i)
        text += (i > c.begin ? " " : "") + forms[s][i];
      int type = labels.type_index(c.type);
      if (text.size() <= kLongestName && seen.emplace(type, text).second)
        names.push_back({static_cast<std::uint8_t>(type), text});
    }
  }
  return names;
}

Gazetteer with_names(const Gazetteer& gazetteer, const std::vector<Model::Name>& names,
                     const LabelSet& labels) {
  Gazetteer out = gazetteer;
  for (const Model::Name& name : names)
    out.add(Model::seen_category(labels.types()[name.type]), name.text, false);
  return out;
}

// Feature hashes to dense ids, in order of first appearance.
class FeatureIds {
 public:
  int intern(std::uint64_t feature) {
    auto [it, added] = ids_.emplace(feature, static_cast<int>(hashes_.size()));
    if (added) {
      hashes_.push_back(feature);
      counts_.push_back(0);
    }
    ++counts_[static_cast<std::size_t>(it->second)];
    return it->second;
  }
  int find(std::uint64_t feature) const {
    auto it = ids_.find(feature);
    return it == ids_.end() ? kUnknownFeature : it->second;
  }
  // Forgets features seen fewer than `min_count` times; returns old id -> new id.
  std::vector<int> keep_frequent(int min_count) {
    std::vector<int> renumber(hashes_.size(), kUnknownFeature);
    std::vector<std::uint64_t> kept;
    for (std::size_t id = 0; id < hashes_.size(); ++id)
      if (counts_[id] >= min_count) {
        renumber[id] = static_cast<int>(kept.size());
        kept.push_back(hashes_[id]);
      }
    ids_.clear();
    for (std::size_t id = 0; id < kept.size(); ++id) ids_.emplace(kept[id], static_cast<int>(id));
    hashes_ = std::move(kept);
    counts_.clear();
    return renumber;
  }
  const std::vector<std::uint64_t>& hashes() const { return hashes_; }

 private:
  std::unordered_map<std::uint64_t, int> ids_;
  std::vector<std::uint64_t> hashes_;
  std::vector<int> counts_;
};

}  // namespace

TrainingData prepare_training(const std::vector<TaggedSentence>& train,
                              const std::vector<TaggedSentence>& dev, const Gazetteer& gazetteer,
                              int min_lexicon_count, int min_feature_count) {
  std::vector<std::vector<std::string>> train_forms = token_forms(train);
  TrainingData data{label_set(train), lexicon_of(train_forms, min_lexicon_count), {}, {}, {}, {}};
  data.names = names_of(train, train_forms, data.labels, kNameFolds);
  std::vector<Gazetteer> fold_gazetteers;
  for (std::size_t fold = 0; fold < kNameFolds; ++fold)
    fold_gazetteers.push_back(
        with_names(gazetteer, names_of(train, train_forms, data.labels, fold), data.labels));
  Gazetteer full_gazetteer = with_names(gazetteer, data.names, data.labels);

  auto example = [&](const std::vector<std::string>& forms, const DocumentContext& context,
                     const Gazetteer& names_gazetteer,
                     const std::function<int(std::uint64_t)>& id) {
    FeatureExtractor extractor(names_gazetteer, data.lexicon);
    SentenceFeatures f = extractor.extract(forms, names_gazetteer.match(forms), context);
    Example e;
    e.starts = std::move(f.starts);
    e.features.reserve(f.values.size());
    for (std::uint64_t h : f.values) e.features.push_back(id(h));
    return e;
  };

  FeatureIds ids;
  data.train.reserve(train.size());
  visit_in_context(
      train_forms, kNeighbourSentences, [&](std::size_t s, const DocumentContext& context) {
        data.train.push_back(example(train_forms[s], context, fold_gazetteers[s % kNameFolds],
                                     [&](std::uint64_t h) { return ids.intern(h); }));
        data.train.back().gold =
            data.labels.encode(chunks_of_tags(train[s].tags), train[s].tokens.size());
      });
  std::vector<int> renumber = ids.keep_frequent(min_feature_count);
  for (Example& e : data.train)
    for (int& f : e.features) f = renumber[static_cast<std::size_t>(f)];
  data.dev.reserve(dev.size());
  std::vector<std::vector<std::string>> dev_forms = token_forms(dev);
  visit_in_context(dev_forms, kNeighbourSentences,
                   [&](std::size_t s, const DocumentContext& context) {
                     data.dev.push_back(example(dev_forms[s], context, full_gazetteer,
                                                [&](std::uint64_t h) { return ids.find(h); }));
                   });
  data.hashes = ids.hashes();
  return data;
}

ChunkCounts score_dev(const TrainingData& data, const std::vector<TaggedSentence>& dev,
                      const std::vector<float>& emission, const std::vector<float>& transition) {
  ChunkScore scores;
  Viterbi viterbi(data.labels);
  for (std::size_t s = 0; s < data.dev.size(); ++s) {
    std::size_t tokens = dev[s].tokens.size();
    std::vector<int> guess =
        viterbi.decode(emissions_of(data.dev[s], emission, data.labels.size()), tokens, transition);
    scores.add(dev[s].tags, tags_of_chunks(data.labels.decode(guess), tokens));
  }
  return scores.overall();
}

Model model_of(TrainingData data, const std::vector<float>& emission, std::vector<float> transition,
               float prune) {
  const std::size_t L = data.labels.size();
  std::vector<Model::FeatureWeights> features;
  features.reserve(data.hashes.size());
  for (std::size_t id = 0; id < data.hashes.size(); ++id)
    features.push_back(
        {data.hashes[id],
         std::vector<float>(emission.begin() + static_cast<std::ptrdiff_t>(id * L),
                            emission.begin() + static_cast<std::ptrdiff_t>((id + 1) * L))});
  return Model(std::move(data.labels), std::move(transition), std::move(data.lexicon),
               std::move(data.names), features, prune);
}

}  // namespace cadena::ner
