#include <cadena/input_checks.hpp>

#include <cadena/utf8.hpp>

#include <algorithm>
#include <cstring>

namespace cadena {

namespace {

constexpr std::size_t kBinaryProbeBytes = 8000;

std::string position(std::string_view text, std::size_t offset) {
  std::size_t line = 1, line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return "line " + std::to_string(line) + ", byte " + std::to_string(offset - line_start + 1) + " of the line";
}

}  // namespace

std::string check_size(std::uint64_t bytes, std::uint64_t max_bytes) {
  if (bytes <= max_bytes) return "";
  return "document too large: " + std::to_string(bytes) + " bytes, the limit is " + std::to_string(max_bytes) +
         " (--max-bytes)";
}

std::string check_text(std::string_view text, std::uint64_t max_bytes) {
  std::string too_large = check_size(text.size(), max_bytes);
  if (!too_large.empty()) return too_large;
  std::size_t nul = find_binary_marker(text);
  if (nul != std::string_view::npos)
    return "binary data (a NUL byte at " + position(text, nul) + "); expected UTF-8 text";
  std::size_t bad = find_invalid_utf8(text);
  if (bad != std::string_view::npos) return "invalid UTF-8 at " + position(text, bad);
  if (text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) return "empty document";
  return "";
}

std::size_t find_binary_marker(std::string_view bytes) {
  // A NUL byte near the start. A stray NUL further in (scraped pages have
  // them) is left to the cleaning stage.
  const void* nul = std::memchr(bytes.data(), '\0', std::min<std::size_t>(bytes.size(), kBinaryProbeBytes));
  return nul ? static_cast<std::size_t>(static_cast<const char*>(nul) - bytes.data()) : std::string_view::npos;
}

}  // namespace cadena
