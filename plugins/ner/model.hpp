// A trained tagger: entity types, label transition weights, the lexicon of
// lowercase words, and per-feature label weights (features are hashes, see
// feature_hash.hpp).
//
// File format (all integers little-endian, so one file serves every build,
// WebAssembly included):
//   "CADENA-NER\0\0"  magic, 12 bytes
//   u32 format version (kFormatVersion), u32 feature version (kFeatureVersion)
//   u32 type count, then per type: u8 length + UTF-8 bytes
//   f32 weight scale; u32 lexicon size; u32 feature count
//   f32 × (labels + 1) × labels   transitions (see viterbi.hpp)
//   u64 × lexicon size            lexicon word hashes, ascending
//   u32 name count, then per name: u8 type index, u16 length + UTF-8 bytes
//   per feature: u64 hash, u32 label mask, i16 × popcount(mask) weights
//                                 (weight = i16 × scale), hashes ascending
//   u64 FNV-1a of every byte before it
// load() checks every size against the file and the checksum, so a truncated
// or corrupt file is refused with a reason, never read past its end.
//
// Immutable once built: safe to share between threads.
#ifndef CADENA_NER_MODEL_HPP
#define CADENA_NER_MODEL_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "labels.hpp"
#include "lexicon.hpp"

namespace cadena::ner {

class Model {
 public:
  static constexpr std::uint32_t kFormatVersion = 1;
  // The feature templates and hash the weights were trained with (features.cpp).
  static constexpr std::uint32_t kFeatureVersion = 1;

  struct FeatureWeights {
    std::uint64_t feature;
    std::vector<float> weights;  // one per label
  };

  // An entity the training data names: its tokens' forms joined by spaces.
  // The tagger looks them up like a gazetteer of category seen_category(type).
  struct Name {
    std::uint8_t type;  // index into labels().types()
    std::string text;
  };
  static std::string seen_category(const std::string& type) { return "seen:" + type; }

  // From a trainer. Weights are quantized to 16 bits; those whose magnitude
  // is below `prune` are dropped, and so are features left with none.
  Model(LabelSet labels, std::vector<float> transitions, Lexicon lexicon, std::vector<Name> names,
        const std::vector<FeatureWeights>& features, float prune);

  // Throws std::runtime_error "path: why".
  static Model load(const std::string& path);
  // Throws std::runtime_error "path: why".
  void save(const std::string& path) const;

  const LabelSet& labels() const { return labels_; }
  const Lexicon& lexicon() const { return lexicon_; }
  const std::vector<Name>& names() const { return names_; }
  const std::vector<float>& transitions() const { return transitions_; }
  std::size_t features() const { return keys_.size(); }

  // Adds the weights of `feature` (if the model knows it) to scores[0, labels).
  void add_weights(std::uint64_t feature, float* scores) const {
    std::size_t mask = slots_.size() - 1;
    for (std::size_t s = feature & mask;; s = (s + 1) & mask) {
      const Slot& slot = slots_[s];
      if (slot.row == kEmpty) return;
      if (slot.feature == feature) {
        const float* w = &weights_[slot.row * labels_.size()];
        for (std::size_t y = 0; y < labels_.size(); ++y) scores[y] += w[y];
        return;
      }
    }
  }

 private:
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
  Model(LabelSet labels, std::vector<float> transitions, Lexicon lexicon, std::vector<Name> names,
        float scale);
  void index();

  LabelSet labels_;
  std::vector<float> transitions_;
  Lexicon lexicon_;
  std::vector<Name> names_;
  float scale_;
  std::vector<std::uint64_t> keys_;  // ascending
  std::vector<float> weights_;       // keys × labels: multiples of scale_
  // Open addressing, feature -> row; the feature is kept in the slot so that a
  // lookup touches one cache line before the weights.
  struct Slot {
    std::uint64_t feature = 0;
    std::uint32_t row = kEmpty;
  };
  std::vector<Slot> slots_;
};

}  // namespace cadena::ner

#endif  // CADENA_NER_MODEL_HPP
