#include "trainer.hpp"

#include <algorithm>
#include <chrono>
#include <random>
#include <set>
#include <stdexcept>
#include <unordered_map>

#include "feature_hash.hpp"
#include "features.hpp"
#include "viterbi.hpp"
#include "word_form.hpp"

namespace cadena::ner {
namespace {

constexpr int kUnknown = -1;
// Training sentences see the names of the other folds only, so that the
// model learns how far a name seen in training predicts its type on new text
// — not that it always does, as it would if each sentence saw its own names.
constexpr std::size_t kNameFolds = 10;
// Longer "names" are annotation accidents (and would not fit the model file).
constexpr std::size_t kLongestName = 200;

// A sentence ready for learning: per token, the ids of its features.
struct Example {
  std::vector<int> features;
  std::vector<std::size_t> starts;
  std::vector<int> gold;  // empty for dev sentences, which are scored by their tags
};

std::vector<std::string> forms_of(const TaggedSentence& s) {
  std::vector<std::string> forms;
  forms.reserve(s.tokens.size());
  for (const std::string& t : s.tokens) forms.push_back(token_form(t));
  return forms;
}

std::vector<std::vector<std::string>> forms_of(const std::vector<TaggedSentence>& sentences) {
  std::vector<std::vector<std::string>> forms;
  forms.reserve(sentences.size());
  for (const TaggedSentence& s : sentences) forms.push_back(forms_of(s));
  return forms;
}

LabelSet label_set(const std::vector<TaggedSentence>& train) {
  std::set<std::string> types;
  for (const TaggedSentence& s : train)
    for (const Chunk& c : chunks_of_tags(s.tags)) types.insert(c.type);
  if (types.empty()) throw std::invalid_argument("the training data has no entity");
  return LabelSet(std::vector<std::string>(types.begin(), types.end()));
}

Lexicon lexicon_of(const std::vector<TaggedSentence>& train, int min_count) {
  std::unordered_map<std::uint64_t, int> counts;
  std::vector<std::uint64_t> words;
  for (const TaggedSentence& s : train)
    for (const std::string& t : s.tokens) {
      std::string form = token_form(t);
      if (word_case(form) != WordCase::lower) continue;
      std::uint64_t h = hash_text(word_key(form));
      if (++counts[h] == min_count) words.push_back(h);
    }
  return Lexicon(std::move(words));
}

// The names of the training entities, each with its types, in order of first
// appearance; `skip_fold` leaves out the sentences of one fold (or none: kNameFolds).
std::vector<Model::Name> names_of(const std::vector<TaggedSentence>& train, const LabelSet& labels,
                                  std::size_t skip_fold) {
  std::vector<Model::Name> names;
  std::set<std::pair<int, std::string>> seen;
  for (std::size_t s = 0; s < train.size(); ++s) {
    if (s % kNameFolds == skip_fold) continue;
    for (const Chunk& c : chunks_of_tags(train[s].tags)) {
      std::string text;
      for (std::size_t i = c.begin; i < c.end; ++i)
        text += (i > c.begin ? " " : "") + token_form(train[s].tokens[i]);
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
    return it == ids_.end() ? kUnknown : it->second;
  }
  // Forgets features seen fewer than `min_count` times; returns old id -> new id.
  std::vector<int> keep_frequent(int min_count) {
    std::vector<int> renumber(hashes_.size(), kUnknown);
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
  std::size_t size() const { return hashes_.size(); }
  std::uint64_t hash(std::size_t id) const { return hashes_[id]; }

 private:
  std::unordered_map<std::uint64_t, int> ids_;
  std::vector<std::uint64_t> hashes_;
  std::vector<int> counts_;
};

// The perceptron's weights with Daumé's averaging trick: `sum` accumulates
// each update times the step it was made at, so that the average over all
// steps is current - sum / step, without touching every weight every step.
struct Weights {
  Weights(std::size_t features, std::size_t labels)
      : labels(labels),
        emission(features * labels),
        emission_sum(features * labels),
        transition((labels + 1) * labels),
        transition_sum((labels + 1) * labels) {}

  void update_emission(int feature, int label, float delta) {
    std::size_t k = static_cast<std::size_t>(feature) * labels + static_cast<std::size_t>(label);
    emission[k] += delta;
    emission_sum[k] += static_cast<double>(delta) * step;
  }
  void update_transition(int prev, int next, float delta) {
    std::size_t k = static_cast<std::size_t>(prev + 1) * labels + static_cast<std::size_t>(next);
    transition[k] += delta;
    transition_sum[k] += static_cast<double>(delta) * step;
  }
  static std::vector<float> averaged(const std::vector<float>& current,
                                     const std::vector<double>& sum, double step) {
    std::vector<float> out(current.size());
    for (std::size_t k = 0; k < current.size(); ++k)
      out[k] = static_cast<float>(current[k] - sum[k] / step);
    return out;
  }

  std::size_t labels;
  std::vector<float> emission;
  std::vector<double> emission_sum;
  std::vector<float> transition;
  std::vector<double> transition_sum;
  double step = 1;
};

std::vector<float> emissions_of(const Example& e, const std::vector<float>& weights,
                                std::size_t labels) {
  std::size_t tokens = e.starts.size() - 1;
  std::vector<float> scores(tokens * labels, 0.0f);
  for (std::size_t i = 0; i < tokens; ++i)
    for (std::size_t k = e.starts[i]; k < e.starts[i + 1]; ++k) {
      if (e.features[k] == kUnknown) continue;
      const float* w = &weights[static_cast<std::size_t>(e.features[k]) * labels];
      for (std::size_t y = 0; y < labels; ++y) scores[i * labels + y] += w[y];
    }
  return scores;
}

// Learns from one sentence; returns whether the model got it wrong. Wrong
// labels get `margin` extra score while decoding (cost-augmented decoding), so
// the model keeps learning until the gold labels win by a margin.
bool learn(const Example& e, Weights& w, const Viterbi& viterbi, float margin) {
  std::size_t tokens = e.gold.size();
  std::vector<float> scores = emissions_of(e, w.emission, w.labels);
  for (std::size_t i = 0; i < tokens; ++i)
    for (std::size_t y = 0; y < w.labels; ++y)
      if (static_cast<int>(y) != e.gold[i]) scores[i * w.labels + y] += margin;
  std::vector<int> guess = viterbi.decode(scores, tokens, w.transition);
  bool wrong = guess != e.gold;
  if (wrong) {
    for (std::size_t i = 0; i < tokens; ++i) {
      int gold_prev = i ? e.gold[i - 1] : -1;
      int guess_prev = i ? guess[i - 1] : -1;
      if (gold_prev != guess_prev || e.gold[i] != guess[i]) {
        w.update_transition(gold_prev, e.gold[i], 1.0f);
        w.update_transition(guess_prev, guess[i], -1.0f);
      }
      if (e.gold[i] == guess[i]) continue;
      for (std::size_t k = e.starts[i]; k < e.starts[i + 1]; ++k) {
        if (e.features[k] == kUnknown) continue;
        w.update_emission(e.features[k], e.gold[i], 1.0f);
        w.update_emission(e.features[k], guess[i], -1.0f);
      }
    }
  }
  w.step += 1;
  return wrong;
}

ChunkCounts score(const std::vector<Example>& dev, const std::vector<TaggedSentence>& sentences,
                  const Weights& w, const LabelSet& labels, const Viterbi& viterbi) {
  ChunkScore scores;
  std::vector<float> emission = Weights::averaged(w.emission, w.emission_sum, w.step);
  std::vector<float> transition = Weights::averaged(w.transition, w.transition_sum, w.step);
  for (std::size_t s = 0; s < dev.size(); ++s) {
    std::size_t tokens = sentences[s].tokens.size();
    std::vector<int> guess =
        viterbi.decode(emissions_of(dev[s], emission, w.labels), tokens, transition);
    scores.add(sentences[s].tags, tags_of_chunks(labels.decode(guess), tokens));
  }
  return scores.overall();
}

}  // namespace

Model train(const std::vector<TaggedSentence>& train, const std::vector<TaggedSentence>& dev,
            const Gazetteer& gazetteer, const TrainingOptions& options,
            const std::function<void(const EpochReport&)>& progress) {
  LabelSet labels = label_set(train);
  Lexicon lexicon = lexicon_of(train, options.min_lexicon_count);
  std::vector<Model::Name> names = names_of(train, labels, kNameFolds);
  std::vector<Gazetteer> fold_gazetteers;
  for (std::size_t fold = 0; fold < kNameFolds; ++fold)
    fold_gazetteers.push_back(with_names(gazetteer, names_of(train, labels, fold), labels));
  Gazetteer full_gazetteer = with_names(gazetteer, names, labels);

  auto example = [&](const std::vector<std::string>& forms, const DocumentContext& context,
                     const Gazetteer& names_gazetteer,
                     const std::function<int(std::uint64_t)>& id) {
    FeatureExtractor extractor(names_gazetteer, lexicon);
    SentenceFeatures f = extractor.extract(forms, names_gazetteer.match(forms), context);
    Example e;
    e.starts = std::move(f.starts);
    e.features.reserve(f.values.size());
    for (std::uint64_t h : f.values) e.features.push_back(id(h));
    return e;
  };

  FeatureIds ids;
  std::vector<Example> examples;
  examples.reserve(train.size());
  visit_in_context(
      forms_of(train), kNeighbourSentences, [&](std::size_t s, const DocumentContext& context) {
        examples.push_back(example(forms_of(train[s]), context, fold_gazetteers[s % kNameFolds],
                                   [&](std::uint64_t h) { return ids.intern(h); }));
        examples.back().gold = labels.encode(chunks_of_tags(train[s].tags), train[s].tokens.size());
      });
  std::vector<int> renumber = ids.keep_frequent(options.min_feature_count);
  for (Example& e : examples)
    for (int& f : e.features) f = renumber[static_cast<std::size_t>(f)];
  std::vector<Example> dev_examples;
  visit_in_context(forms_of(dev), kNeighbourSentences,
                   [&](std::size_t s, const DocumentContext& context) {
                     dev_examples.push_back(example(forms_of(dev[s]), context, full_gazetteer,
                                                    [&](std::uint64_t h) { return ids.find(h); }));
                   });

  const std::size_t L = labels.size();
  Weights weights(ids.size(), L);
  Viterbi viterbi(labels);
  std::vector<std::size_t> order(examples.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 random(options.seed);
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    auto start = std::chrono::steady_clock::now();
    for (std::size_t i = order.size(); i > 1; --i)  // Fisher-Yates: std::shuffle varies by library
      std::swap(order[i - 1], order[random() % i]);
    std::size_t mistakes = 0;
    for (std::size_t s : order) mistakes += learn(examples[s], weights, viterbi, options.margin);
    EpochReport report{epoch, mistakes, examples.size(), ChunkCounts(), 0.0};
    if (!dev.empty()) report.dev = score(dev_examples, dev, weights, labels, viterbi);
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (progress) progress(report);
  }

  std::vector<float> emission =
      Weights::averaged(weights.emission, weights.emission_sum, weights.step);
  std::vector<Model::FeatureWeights> features;
  features.reserve(ids.size());
  for (std::size_t id = 0; id < ids.size(); ++id)
    features.push_back(
        {ids.hash(id),
         std::vector<float>(emission.begin() + static_cast<std::ptrdiff_t>(id * L),
                            emission.begin() + static_cast<std::ptrdiff_t>((id + 1) * L))});
  return Model(labels, Weights::averaged(weights.transition, weights.transition_sum, weights.step),
               std::move(lexicon), std::move(names), features, options.prune);
}

}  // namespace cadena::ner
