// Stepping through UTF-8 text by code point at byte offsets of any size, for
// the first-party plugins (which use ICU for character properties anyway).
// A malformed sequence reads as U+FFFD, so bad input degrades a stage's
// result instead of failing it.
#ifndef CADENA_PLUGINS_CODE_POINTS_HPP
#define CADENA_PLUGINS_CODE_POINTS_HPP

#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace cadena::plugins {

// The code point starting at `pos` (< text.size()); `after` receives the offset past it.
inline UChar32 code_point_at(std::string_view text, std::size_t pos, std::size_t& after) {
  auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) {  // most of the text: no decoding needed
    after = pos + 1;
    return byte;
  }
  std::int64_t i = static_cast<std::int64_t>(pos);
  UChar32 c = 0;
  U8_NEXT_OR_FFFD(text.data(), i, static_cast<std::int64_t>(text.size()), c);
  after = static_cast<std::size_t>(i);
  return c;
}

// The code point ending at `pos` (> 0); `start` receives its first byte.
inline UChar32 code_point_before(std::string_view text, std::size_t pos, std::size_t& start) {
  std::size_t lead = pos - 1;
  while (lead > 0 && pos - lead < U8_MAX_LENGTH && U8_IS_TRAIL(text[lead])) --lead;
  std::size_t after = 0;
  UChar32 c = code_point_at(text, lead, after);
  if (after != pos) {  // the trail bytes did not belong to a valid sequence
    start = pos - 1;
    return 0xFFFD;
  }
  start = lead;
  return c;
}

// Appends `c` to `out` as UTF-8.
inline void append_code_point(std::string& out, UChar32 c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
    return;
  }
  char buffer[U8_MAX_LENGTH];
  std::int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, c);
  out.append(buffer, static_cast<std::size_t>(length));
}

}  // namespace cadena::plugins

#endif  // CADENA_PLUGINS_CODE_POINTS_HPP
