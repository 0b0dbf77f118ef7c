#include "block_normalizer.hpp"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

namespace cadena::clean {
namespace {

enum class CharClass { kKept, kSpace, kRemoved };

// Invisible characters that only get in the way of word matching.
bool is_removed_format(UChar32 c) {
  return c == 0x00AD || c == 0x200B || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF;
}

CharClass classify(UChar32 c) {
  if (c < 0x80) {
    if (c == ' ' || (c >= '\t' && c <= '\r')) return CharClass::kSpace;
    return c < 0x20 || c == 0x7F ? CharClass::kRemoved : CharClass::kKept;
  }
  if (u_isUWhiteSpace(c)) return CharClass::kSpace;
  if (u_charType(c) == U_CONTROL_CHAR || is_removed_format(c)) return CharClass::kRemoved;
  return CharClass::kKept;
}

// A stretch of a word's kept bytes that sits contiguously in the raw text.
struct Segment {
  std::size_t word_begin;
  std::size_t raw_begin;
  std::size_t size;
};

// One word (a run of non-space characters) with the removed characters taken
// out, and where its bytes sit in the raw text.
class Word {
 public:
  void add(std::string_view raw, std::size_t begin, std::size_t end, bool ascii) {
    ascii_ = ascii_ && ascii;
    if (!segments_.empty() && segments_.back().raw_begin + segments_.back().size == begin) {
      segments_.back().size += end - begin;
    } else {
      segments_.push_back({bytes_.size(), begin, end - begin});
    }
    bytes_.append(raw.substr(begin, end - begin));
  }
  bool empty() const { return bytes_.empty(); }
  bool ascii() const { return ascii_; }
  const std::string& bytes() const { return bytes_; }
  void clear() {
    bytes_.clear();
    segments_.clear();
    ascii_ = true;
  }

  // Appends word bytes [begin, end) as the raw bytes they are.
  void copy_to(MappedText& out, const MappedText& raw, std::size_t begin, std::size_t end) const {
    for (const Segment& s : segments_) {
      const std::size_t b = std::max(begin, s.word_begin);
      const std::size_t e = std::min(end, s.word_begin + s.size);
      if (b < e)
        out.copy_from(raw, s.raw_begin + (b - s.word_begin), s.raw_begin + (e - s.word_begin));
    }
  }
  // Where word offset `pos` (a byte it holds) sits in the raw text.
  std::size_t raw_at(std::size_t pos) const {
    for (const Segment& s : segments_) {
      if (pos < s.word_begin + s.size) return s.raw_begin + (pos - s.word_begin);
    }
    return segments_.back().raw_begin + segments_.back().size;
  }

 private:
  std::string bytes_;
  std::vector<Segment> segments_;
  bool ascii_ = true;
};

}  // namespace

BlockNormalizer::BlockNormalizer() {
  UErrorCode status = U_ZERO_ERROR;
  nfc_ = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("cannot load ICU's NFC data: ") + u_errorName(status));
  }
}

MappedText BlockNormalizer::normalize(const MappedText& raw) const {
  const std::string& text = raw.text();
  MappedText out;
  Word word;
  // The white space run before the current word, and a plain space in it.
  std::size_t space_begin = std::string::npos;
  std::size_t space_end = 0;
  std::size_t plain_space = std::string::npos;

  auto flush_word = [&]() {
    if (word.empty()) return;
    if (space_begin != std::string::npos && !out.empty()) {
      if (plain_space != std::string::npos) {
        out.copy_from(raw, plain_space, plain_space + 1);
      } else {
        out.replace_from(" ", raw, space_begin, space_end);
      }
    }
    space_begin = std::string::npos;
    plain_space = std::string::npos;
    UErrorCode status = U_ZERO_ERROR;
    const std::string& bytes = word.bytes();
    if (word.ascii() || nfc_->isNormalizedUTF8(bytes, status) || U_FAILURE(status)) {
      word.copy_to(out, raw, 0, bytes.size());
      word.clear();
      return;
    }
    std::string composed;
    icu::StringByteSink<std::string> sink(&composed);
    icu::Edits edits;
    nfc_->normalizeUTF8(0, bytes, sink, &edits, status);
    if (U_FAILURE(status)) {
      word.copy_to(out, raw, 0, bytes.size());
      word.clear();
      return;
    }
    icu::Edits::Iterator it = edits.getFineIterator();
    while (it.next(status)) {
      const std::size_t from = it.sourceIndex();
      const std::size_t to = from + it.oldLength();
      if (!it.hasChange()) {
        word.copy_to(out, raw, from, to);
      } else {
        out.replace_from(std::string_view(composed).substr(it.destinationIndex(), it.newLength()),
                         raw, word.raw_at(from), word.raw_at(to - 1) + 1);
      }
    }
    word.clear();
  };

  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t begin = i;
    UChar32 c;
    U8_NEXT(text.data(), i, text.size(), c);
    // Bytes that are not UTF-8 (the input promised they would be) are dropped
    // like control characters.
    if (c < 0) continue;
    const bool ascii = c < 0x80;
    switch (classify(c)) {
      case CharClass::kSpace:
        flush_word();
        if (space_begin == std::string::npos) space_begin = begin;
        space_end = i;
        if (c == ' ' && plain_space == std::string::npos) plain_space = begin;
        break;
      case CharClass::kRemoved:
        break;
      case CharClass::kKept:
        word.add(text, begin, i, ascii);
        break;
    }
  }
  flush_word();
  return out;
}

}  // namespace cadena::clean
