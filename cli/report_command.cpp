// A short human-readable report of a cadena.doc/1 JSONL file: per document
// its id, reference date, size before and after cleaning, and what each layer
// found, with the first sentences as a taste of the cleaned text.
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.hpp"

namespace cadena::cli {

namespace {

constexpr int kSentencesShown = 2;
constexpr std::size_t kWidth = 100;

std::string shorten(std::string s) {
  if (s.size() <= kWidth) return s;
  std::size_t cut = kWidth;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return s.substr(0, cut) + "…";
}

std::size_t code_points(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

void report_document(const nlohmann::json& d) {
  std::string date = d.value("date", nlohmann::json()).is_string() ? d["date"].get<std::string>() : "no date";
  std::cout << "== " << d.value("id", "?") << "  [" << d.value("lang", "?") << ", " << date << "]  "
            << code_points(d.value("text", "")) << " characters\n";
  for (auto it = d.begin(); it != d.end(); ++it) {
    if (it.value().is_array()) std::cout << "   " << it.key() << ": " << it.value().size() << "\n";
  }
  if (d.contains("sentences")) {
    int shown = 0;
    for (const auto& s : d["sentences"]) {
      if (shown++ == kSentencesShown) break;
      std::cout << "   | " << shorten(s.value("text", "")) << "\n";
    }
  }
  if (d.contains("summary") && d["summary"].is_object())
    std::cout << "   summary: " << shorten(d["summary"].value("text", "")) << "\n";
}

}  // namespace

int report_command(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "cadena: error: " << path << ": cannot open for reading\n";
    return 2;
  }
  std::string line;
  int number = 0, bad = 0;
  while (std::getline(in, line)) {
    ++number;
    nlohmann::json d = nlohmann::json::parse(line, nullptr, false);
    if (d.is_discarded() || !d.is_object()) {
      std::cerr << "cadena: error: " << path << ":" << number << ": not a cadena.doc/1 JSON object\n";
      ++bad;
      continue;
    }
    report_document(d);
  }
  return bad ? 1 : 0;
}

}  // namespace cadena::cli
