// Features are 64-bit hashes of (template, values), so that the model needs no
// string dictionary and extraction allocates nothing per feature. The hash is
// fixed here, byte for byte, because trained models depend on it: any change
// must bump Model::kFeatureVersion.
#ifndef CADENA_NER_FEATURE_HASH_HPP
#define CADENA_NER_FEATURE_HASH_HPP

#include <cstdint>
#include <string_view>

namespace cadena::ner {

// MurmurHash3's finalizer: spreads every input bit over the output.
constexpr std::uint64_t mix64(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

// FNV-1a over the bytes, then mixed.
inline std::uint64_t hash_text(std::string_view text) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : text) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return mix64(h);
}

// One feature: a template id with up to three values (hashes or small numbers).
// Never 0, which the model's table keeps for empty slots.
constexpr std::uint64_t feature(std::uint64_t template_id, std::uint64_t a, std::uint64_t b = 0,
                                std::uint64_t c = 0) {
  std::uint64_t h = mix64(template_id * 0x9e3779b97f4a7c15ULL ^ a);
  h = mix64(h ^ (b + 0x632be59bd9b4e019ULL));
  h = mix64(h ^ (c + 0x85ebca77c2b2ae63ULL));
  return h == 0 ? 1 : h;
}

}  // namespace cadena::ner

#endif  // CADENA_NER_FEATURE_HASH_HPP
