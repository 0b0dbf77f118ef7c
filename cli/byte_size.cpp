#include "byte_size.hpp"

#include <cctype>
#include <limits>
#include <stdexcept>
#include <unistd.h>

namespace cadena::cli {

namespace {

[[noreturn]] void refuse(const std::string& text, const std::string& why) {
  throw std::invalid_argument("expected a size in bytes such as 1000000, 64M or 2G (suffixes K, M, G, T "
                              "count 1024s), got '" + text + "'" + (why.empty() ? "" : ": " + why));
}

int shift_for(const std::string& suffix) {
  std::string s;
  for (char c : suffix) s += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (s.empty() || s == "B") return 0;
  static const char kUnits[] = "KMGT";
  for (int i = 0; i < 4; ++i) {
    std::string u(1, kUnits[i]);
    if (s == u || s == u + "B" || s == u + "IB") return 10 * (i + 1);
  }
  return -1;
}

}  // namespace

std::uint64_t parse_byte_size(const std::string& text) {
  std::size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits == 0) refuse(text, "");
  int shift = shift_for(text.substr(digits));
  if (shift < 0) refuse(text, "unknown unit '" + text.substr(digits) + "'");
  std::uint64_t value = 0;
  for (std::size_t i = 0; i < digits; ++i) {
    auto digit = static_cast<std::uint64_t>(text[i] - '0');
    if (value > (std::numeric_limits<std::uint64_t>::max() - digit) / 10) refuse(text, "too large");
    value = value * 10 + digit;
  }
  if (value == 0) refuse(text, "must be at least 1 byte");
  if (shift > 0 && value > (std::numeric_limits<std::uint64_t>::max() >> shift)) refuse(text, "too large");
  return value << shift;
}

std::string format_byte_size(std::uint64_t bytes) {
  static const char kUnits[] = "KMGT";
  int unit = -1;
  while (unit < 3 && bytes != 0 && bytes % 1024 == 0) {
    bytes /= 1024;
    ++unit;
  }
  return std::to_string(bytes) + (unit < 0 ? "" : std::string(1, kUnits[unit]));
}

std::string check_byte_size(const std::string& text) {
  std::uint64_t bytes = 0;
  try {
    bytes = parse_byte_size(text);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  long pages = sysconf(_SC_PHYS_PAGES);
  long page_size = sysconf(_SC_PAGE_SIZE);
  if (pages > 0 && page_size > 0) {
    auto memory = static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(page_size);
    if (bytes > memory)
      return "'" + text + "' is more than this machine's memory (about " + std::to_string(memory >> 30) + "G" +
             "); no document that large could be held";
  }
  return "";
}

}  // namespace cadena::cli
