// Normalizing the text of one block, keeping its map to the original:
//  - Unicode NFC (most text already is: a quick check per word, and only the
//    spans that change are replaced);
//  - control characters and invisible format characters (soft hyphen, zero
//    width space, byte order mark, bidi controls) removed: they split words
//    for every later stage and carry nothing a reader sees;
//  - every run of white space (including no-break and ideographic spaces and
//    line breaks) written as one space, none at either end.
// Where a run of white space holds a plain space, that space is copied, so the
// common case keeps byte-for-byte pieces.
//
// Thread-safe: the object is immutable and ICU's NFC instance is shared.
#ifndef CADENA_CLEAN_BLOCK_NORMALIZER_HPP
#define CADENA_CLEAN_BLOCK_NORMALIZER_HPP

#include <unicode/normalizer2.h>

#include "mapped_text.hpp"

namespace cadena::clean {

class BlockNormalizer {
 public:
  // Throws std::runtime_error when ICU's normalization data cannot be loaded.
  BlockNormalizer();

  MappedText normalize(const MappedText& raw) const;

 private:
  const icu::Normalizer2* nfc_;
};

}  // namespace cadena::clean

#endif  // CADENA_CLEAN_BLOCK_NORMALIZER_HPP
