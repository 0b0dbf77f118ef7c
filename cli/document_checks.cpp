#include "document_checks.hpp"

#include <cadena/utf8.hpp>

#include <cstring>

namespace cadena::cli {

namespace {

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

std::string check_text(std::string_view text, std::uint64_t max_bytes) {
  if (text.size() > max_bytes)
    return "document too large: " + std::to_string(text.size()) + " bytes, the limit is " +
           std::to_string(max_bytes) + " (--max-bytes)";
  if (const void* nul = std::memchr(text.data(), '\0', text.size()))
    return "binary data (a NUL byte at " +
           position(text, static_cast<std::size_t>(static_cast<const char*>(nul) - text.data())) +
           "); expected UTF-8 text";
  std::size_t bad = find_invalid_utf8(text);
  if (bad != std::string_view::npos) return "invalid UTF-8 at " + position(text, bad);
  if (text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) return "empty document";
  return "";
}

}  // namespace cadena::cli
