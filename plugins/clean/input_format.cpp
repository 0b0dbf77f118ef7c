#include "input_format.hpp"

#include <cctype>
#include <string>

namespace cadena::clean {
namespace {

// How far into the input the sniffer looks.
constexpr std::size_t kSniffBytes = 4096;

std::string lower_prefix(std::string_view s, std::size_t n) {
  std::string out(s.substr(0, n));
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

InputFormat sniff_format(std::string_view input) {
  if (input.substr(0, 3) == "\xEF\xBB\xBF") input.remove_prefix(3);
  while (!input.empty() && std::isspace(static_cast<unsigned char>(input.front()))) {
    input.remove_prefix(1);
  }
  if (input.size() < 2 || input[0] != '<') return InputFormat::kText;
  const std::string head = lower_prefix(input, kSniffBytes);
  for (const char* start : {"<!doctype html", "<html", "<head", "<body", "<?xml", "<!--"}) {
    if (head.rfind(start, 0) == 0) return InputFormat::kHtml;
  }
  const bool opens_tag = std::isalpha(static_cast<unsigned char>(head[1]));
  return opens_tag && head.find("</") != std::string::npos ? InputFormat::kHtml
                                                           : InputFormat::kText;
}

}  // namespace cadena::clean
