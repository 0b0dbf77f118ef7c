#include "media_type.hpp"

#include <algorithm>
#include <cctype>

namespace cadena::cli::serve {

namespace {

std::string lower_trimmed(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  std::size_t b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t") + 1 - b);
}

}  // namespace

BodyKind body_kind(const std::string& content_type) {
  std::string value = lower_trimmed(content_type);
  std::size_t semi = value.find(';');
  std::string type = lower_trimmed(value.substr(0, semi));
  // Parameters: only charset matters, and only UTF-8 (or its ASCII subset) is read.
  while (semi != std::string::npos) {
    std::size_t next = value.find(';', semi + 1);
    std::string param = lower_trimmed(value.substr(semi + 1, next == std::string::npos ? next : next - semi - 1));
    if (param.rfind("charset=", 0) == 0) {
      std::string charset = param.substr(8);
      charset.erase(std::remove(charset.begin(), charset.end(), '"'), charset.end());
      if (charset != "utf-8" && charset != "utf8" && charset != "us-ascii") return BodyKind::kUnserved;
    }
    semi = next;
  }
  if (type == "application/json") return BodyKind::kJson;
  if (type == "application/x-ndjson") return BodyKind::kNdjson;
  if (type == "text/plain") return BodyKind::kText;
  if (type == "text/html") return BodyKind::kHtml;
  return BodyKind::kUnserved;
}

const char* served_media_types() {
  return "application/json, application/x-ndjson, text/plain or text/html (UTF-8)";
}

}  // namespace cadena::cli::serve
