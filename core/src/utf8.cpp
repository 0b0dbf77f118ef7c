#include <cadena/utf8.hpp>

namespace cadena {

std::size_t find_invalid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;  // overlong
      if (c == 0xED) hi = 0x9F;  // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;  // overlong
      if (c == 0xF4) hi = 0x8F;  // past U+10FFFF
    } else {
      return i;
    }
    if (i + len > n) return i;
    if (s[i + 1] < lo || s[i + 1] > hi) return i;
    for (std::size_t k = 2; k < len; ++k)
      if ((s[i + k] & 0xC0) != 0x80) return i;
    i += len;
  }
  return std::string_view::npos;
}

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  before_block_.reserve(text.size() / kBlock + 1);
  std::uint64_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i % kBlock == 0) before_block_.push_back(count);
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  }
}

std::uint64_t CodePointIndex::operator()(std::uint64_t byte_offset) const {
  if (byte_offset > text_.size()) byte_offset = text_.size();
  std::size_t block = byte_offset / kBlock;
  if (block >= before_block_.size()) {  // the end of a text whose size is a multiple of kBlock
    if (before_block_.empty()) return 0;
    block = before_block_.size() - 1;
  }
  std::uint64_t count = before_block_[block];
  for (std::size_t i = block * kBlock; i < byte_offset; ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++count;
  return count;
}

}  // namespace cadena
