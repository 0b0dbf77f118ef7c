// Stepping back over UTF-8 at byte offsets of any size (ICU's U8_PREV wants
// 32-bit offsets; inputs can be larger).
#ifndef CADENA_CLEAN_CODE_POINTS_HPP
#define CADENA_CLEAN_CODE_POINTS_HPP

#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace cadena::clean {

// The code point ending at byte `end` of `text` (end > 0), or a negative
// value for a malformed sequence; `end` moves to its first byte.
inline UChar32 code_point_before(std::string_view text, std::size_t& end) {
  const std::size_t window = end >= U8_MAX_LENGTH ? end - U8_MAX_LENGTH : 0;
  auto i = static_cast<std::int32_t>(end - window);
  UChar32 c;
  U8_PREV(text.data() + window, 0, i, c);
  end = window + static_cast<std::size_t>(i);
  return c;
}

}  // namespace cadena::clean

#endif  // CADENA_CLEAN_CODE_POINTS_HPP
