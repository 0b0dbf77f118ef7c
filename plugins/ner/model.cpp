#include "model.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <type_traits>

namespace cadena::ner {
namespace {

constexpr char kMagic[12] = {'C', 'A', 'D', 'E', 'N', 'A', '-', 'N', 'E', 'R', 0, 0};
constexpr std::size_t kMaxLabels = 32;  // the label mask is 32 bits
constexpr float kMaxQuantized = 32767.0f;

std::uint64_t fnv1a(const char* data, std::size_t size) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (std::size_t i = 0; i < size; ++i) {
    h ^= static_cast<unsigned char>(data[i]);
    h *= 0x100000001b3ULL;
  }
  return h;
}

// The unsigned integer as wide as T: values go through it to be written
// least significant byte first whatever the machine's byte order.
template <class T>
using BitsOf = std::conditional_t<
    sizeof(T) == 1, std::uint8_t,
    std::conditional_t<sizeof(T) == 2, std::uint16_t,
                       std::conditional_t<sizeof(T) == 4, std::uint32_t, std::uint64_t>>>;

class Writer {
 public:
  template <class T>
  void put(T value) {
    unsigned char bytes[sizeof(T)];
    BitsOf<T> bits;
    std::memcpy(&bits, &value, sizeof(T));
    for (std::size_t i = 0; i < sizeof(T); ++i)
      bytes[i] = static_cast<unsigned char>(bits >> (8 * i));
    out_.append(reinterpret_cast<const char*>(bytes), sizeof(T));
  }
  void bytes(const char* data, std::size_t size) { out_.append(data, size); }
  std::string& data() { return out_; }

 private:
  std::string out_;
};

// Reads little-endian values; every read is checked against the end.
class Reader {
 public:
  Reader(const std::string& data, const std::string& path) : data_(data), path_(path) {}

  template <class T>
  T get(const char* what) {
    need(sizeof(T), what);
    BitsOf<T> bits = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i)
      bits = static_cast<BitsOf<T>>(
          bits |
          static_cast<BitsOf<T>>(static_cast<BitsOf<T>>(static_cast<unsigned char>(data_[pos_ + i]))
                                 << (8 * i)));
    pos_ += sizeof(T);
    T value;
    std::memcpy(&value, &bits, sizeof(T));
    return value;
  }
  std::string text(std::size_t size, const char* what) {
    need(size, what);
    std::string s = data_.substr(pos_, size);
    pos_ += size;
    return s;
  }
  // Fails unless `count` items of `item_size` bytes can still follow.
  void expect(std::uint64_t count, std::size_t item_size, const char* what) const {
    if (count > (data_.size() - pos_) / item_size)
      fail(std::string("the file is too short for its ") + what);
  }
  std::size_t position() const { return pos_; }
  [[noreturn]] void fail(const std::string& why) const {
    throw std::runtime_error(path_ + ": not a usable Cadena NER model: " + why);
  }

 private:
  void need(std::size_t size, const char* what) const {
    if (data_.size() - pos_ < size) fail(std::string("the file ends inside the ") + what);
  }
  const std::string& data_;
  const std::string& path_;
  std::size_t pos_ = 0;
};

}  // namespace

Model::Model(LabelSet labels, std::vector<float> transitions, Lexicon lexicon,
             std::vector<Name> names, float scale)
    : labels_(std::move(labels)),
      transitions_(std::move(transitions)),
      lexicon_(std::move(lexicon)),
      names_(std::move(names)),
      scale_(scale) {}

Model::Model(LabelSet labels, std::vector<float> transitions, Lexicon lexicon,
             std::vector<Name> names, const std::vector<FeatureWeights>& features, float prune)
    : Model(std::move(labels), std::move(transitions), std::move(lexicon), std::move(names), 1.0f) {
  const std::size_t L = labels_.size();
  if (L > kMaxLabels) throw std::invalid_argument("too many entity types for the model format");
  for (const std::string& type : labels_.types())
    if (type.size() > 255)
      throw std::invalid_argument("entity type '" + type + "' is too long for the model format");
  for (const Name& name : names_)
    if (name.text.size() > 0xFFFF)
      throw std::invalid_argument("a name is too long for the model format");
  float largest = 0;
  for (const FeatureWeights& f : features)
    for (float w : f.weights) largest = std::max(largest, std::fabs(w));
  scale_ = largest > 0 ? largest / kMaxQuantized : 1.0f;

  std::vector<std::pair<std::uint64_t, const FeatureWeights*>> kept;
  for (const FeatureWeights& f : features)
    if (std::any_of(f.weights.begin(), f.weights.end(),
                    [&](float w) { return std::fabs(w) >= prune; }))
      kept.emplace_back(f.feature, &f);
  std::sort(kept.begin(), kept.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [key, f] : kept) {
    keys_.push_back(key);
    for (float w : f->weights) {
      float q = std::fabs(w) < prune ? 0.0f : std::round(w / scale_);
      weights_.push_back(q * scale_);
    }
  }
  index();
}

void Model::index() {
  std::size_t size = 16;
  while (size < keys_.size() * 2) size <<= 1;  // at most half full: short probes
  slots_.assign(size, Slot());
  for (std::size_t row = 0; row < keys_.size(); ++row) {
    std::size_t s = keys_[row] & (size - 1);
    while (slots_[s].row != kEmpty) s = (s + 1) & (size - 1);
    slots_[s] = {keys_[row], static_cast<std::uint32_t>(row)};
  }
}

void Model::save(const std::string& path) const {
  const std::size_t L = labels_.size();
  Writer w;
  w.bytes(kMagic, sizeof kMagic);
  w.put<std::uint32_t>(kFormatVersion);
  w.put<std::uint32_t>(kFeatureVersion);
  w.put<std::uint32_t>(static_cast<std::uint32_t>(labels_.types().size()));
  for (const std::string& type : labels_.types()) {
    w.put<std::uint8_t>(static_cast<std::uint8_t>(type.size()));
    w.bytes(type.data(), type.size());
  }
  w.put<float>(scale_);
  w.put<std::uint32_t>(static_cast<std::uint32_t>(lexicon_.hashes().size()));
  w.put<std::uint32_t>(static_cast<std::uint32_t>(keys_.size()));
  for (float t : transitions_) w.put<float>(t);
  for (std::uint64_t h : lexicon_.hashes()) w.put<std::uint64_t>(h);
  w.put<std::uint32_t>(static_cast<std::uint32_t>(names_.size()));
  for (const Name& name : names_) {
    w.put<std::uint8_t>(name.type);
    w.put<std::uint16_t>(static_cast<std::uint16_t>(name.text.size()));
    w.bytes(name.text.data(), name.text.size());
  }
  for (std::size_t row = 0; row < keys_.size(); ++row) {
    w.put<std::uint64_t>(keys_[row]);
    std::uint32_t mask = 0;
    const float* weights = &weights_[row * L];
    for (std::size_t y = 0; y < L; ++y)
      if (weights[y] != 0) mask |= 1u << y;
    w.put<std::uint32_t>(mask);
    for (std::size_t y = 0; y < L; ++y)
      if (mask >> y & 1u)
        w.put<std::int16_t>(static_cast<std::int16_t>(std::lround(weights[y] / scale_)));
  }
  w.put<std::uint64_t>(fnv1a(w.data().data(), w.data().size()));

  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(w.data().data(), static_cast<std::streamsize>(w.data().size()));
  out.close();
  if (!out) throw std::runtime_error(path + ": cannot write the model");
}

Model Model::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open the model");
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw std::runtime_error(path + ": read error");
  Reader r(data, path);
  if (data.size() < sizeof kMagic + 8 || std::memcmp(data.data(), kMagic, sizeof kMagic) != 0)
    r.fail("it does not start with the Cadena NER signature");
  std::uint64_t stored_sum = 0;
  for (std::size_t i = 0; i < 8; ++i)
    stored_sum |= static_cast<std::uint64_t>(static_cast<unsigned char>(data[data.size() - 8 + i]))
                  << (8 * i);
  if (fnv1a(data.data(), data.size() - 8) != stored_sum)
    r.fail("its checksum does not match (truncated or damaged file)");
  data.resize(data.size() - 8);

  r.text(sizeof kMagic, "signature");
  auto format = r.get<std::uint32_t>("format version");
  if (format != kFormatVersion)
    r.fail("format version " + std::to_string(format) + ", this Cadena reads version " +
           std::to_string(kFormatVersion));
  auto features_version = r.get<std::uint32_t>("feature version");
  if (features_version != kFeatureVersion)
    r.fail("trained with feature set " + std::to_string(features_version) +
           ", this Cadena extracts set " + std::to_string(kFeatureVersion) +
           "; retrain it with `cadena train ner`");
  auto type_count = r.get<std::uint32_t>("type count");
  if (type_count == 0 || 1 + 4 * static_cast<std::uint64_t>(type_count) > kMaxLabels)
    r.fail(std::to_string(type_count) + " entity types (expected 1 to " +
           std::to_string((kMaxLabels - 1) / 4) + ")");
  std::vector<std::string> types;
  for (std::uint32_t t = 0; t < type_count; ++t) {
    auto length = r.get<std::uint8_t>("type name");
    types.push_back(r.text(length, "type name"));
  }
  auto scale = r.get<float>("weight scale");
  if (!std::isfinite(scale) || scale <= 0) r.fail("the weight scale is not a positive number");
  auto lexicon_size = r.get<std::uint32_t>("lexicon size");
  auto feature_count = r.get<std::uint32_t>("feature count");

  LabelSet labels(types);
  const std::size_t L = labels.size();
  r.expect(static_cast<std::uint64_t>(L + 1) * L, sizeof(float), "transitions");
  std::vector<float> transitions;
  for (std::size_t i = 0; i < (L + 1) * L; ++i) {
    float t = r.get<float>("transitions");
    if (!std::isfinite(t)) r.fail("a transition weight is not a finite number");
    transitions.push_back(t);
  }
  r.expect(lexicon_size, sizeof(std::uint64_t), "lexicon");
  std::vector<std::uint64_t> lexicon;
  lexicon.reserve(lexicon_size);
  for (std::uint32_t i = 0; i < lexicon_size; ++i)
    lexicon.push_back(r.get<std::uint64_t>("lexicon"));

  auto name_count = r.get<std::uint32_t>("name count");
  r.expect(name_count, sizeof(std::uint8_t) + sizeof(std::uint16_t), "names");
  std::vector<Name> names;
  names.reserve(name_count);
  for (std::uint32_t i = 0; i < name_count; ++i) {
    auto type = r.get<std::uint8_t>("names");
    if (type >= type_count) r.fail("a name has an entity type that does not exist");
    auto length = r.get<std::uint16_t>("names");
    names.push_back({type, r.text(length, "names")});
  }

  Model model(std::move(labels), std::move(transitions), Lexicon(std::move(lexicon)),
              std::move(names), scale);
  r.expect(feature_count, sizeof(std::uint64_t) + sizeof(std::uint32_t), "features");
  model.keys_.reserve(feature_count);
  model.weights_.reserve(static_cast<std::size_t>(feature_count) * L);
  for (std::uint32_t i = 0; i < feature_count; ++i) {
    auto key = r.get<std::uint64_t>("features");
    if (!model.keys_.empty() && key <= model.keys_.back())
      r.fail("the features are not in ascending order");
    auto mask = r.get<std::uint32_t>("features");
    if (L < kMaxLabels && mask >> L) r.fail("a feature has weights for labels that do not exist");
    model.keys_.push_back(key);
    for (std::size_t y = 0; y < L; ++y)
      model.weights_.push_back(mask >> y & 1u ? r.get<std::int16_t>("features") * scale : 0.0f);
  }
  if (r.position() != data.size()) r.fail("unexpected bytes after the features");
  model.index();
  return model;
}

}  // namespace cadena::ner
