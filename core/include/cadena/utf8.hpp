// UTF-8 checks and the byte -> code point conversion used for JSON offsets.
#ifndef CADENA_UTF8_HPP
#define CADENA_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace cadena {

// Byte offset of the first byte that is not part of well-formed UTF-8
// (overlongs, surrogates and code points past U+10FFFF included), or npos.
std::size_t find_invalid_utf8(std::string_view text);

// True when `offset` does not fall inside a multi-byte character.
inline bool on_char_boundary(std::string_view text, std::size_t offset) {
  return offset == 0 || offset >= text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

// Converts byte offsets of one text to code point offsets in O(1) amortized:
// a count is kept every kBlock bytes and the rest counted on demand.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  std::uint64_t operator()(std::uint64_t byte_offset) const;

 private:
  static constexpr std::size_t kBlock = 256;
  std::string_view text_;
  std::vector<std::uint64_t> before_block_;
};

}  // namespace cadena

#endif  // CADENA_UTF8_HPP
