// A short human-readable report of a cadena.doc/1 JSONL file: per document
// its id, reference date and size, then what a person opens a report for —
// the summary, the entities grouped by key with how often each is mentioned,
// the dates with their resolved values — and a line of layer counts.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "commands.hpp"

namespace cadena::cli {

namespace {

constexpr int kSentencesShown = 2;  // when there is no summary
constexpr std::size_t kWidth = 100;
constexpr std::size_t kEntitiesShown = 15;
constexpr std::size_t kDatesShown = 15;

using nlohmann::json;

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

std::string string_of(const json& span, const char* key, const std::string& otherwise = "") {
  auto it = span.find(key);
  return it != span.end() && it->is_string() ? it->get<std::string>() : otherwise;
}

// One entity key: how often each spelling was seen, in the order first seen.
struct EntityGroup {
  std::string label;
  std::size_t mentions = 0;
  std::size_t first = 0;  // position of its first mention
  std::vector<std::pair<std::string, std::size_t>> spellings;

  const std::string& name() const {  // the most frequent spelling, the first on a tie
    const auto* best = &spellings.front();
    for (const auto& s : spellings)
      if (s.second > best->second) best = &s;
    return best->first;
  }
};

void report_entities(const json& entities) {
  std::map<std::string, EntityGroup> groups;
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const json& e = entities[i];
    if (!e.is_object()) continue;
    std::string text = string_of(e, "text", "?");
    // Spans without a key (another tagger) group by their text.
    EntityGroup& g = groups.try_emplace(string_of(e, "key", text)).first->second;
    if (g.mentions++ == 0) {
      g.first = i;
      g.label = string_of(e, "label", "?");
    }
    auto spelling = std::find_if(g.spellings.begin(), g.spellings.end(),
                                 [&](const auto& s) { return s.first == text; });
    if (spelling == g.spellings.end())
      g.spellings.emplace_back(text, 1);
    else
      ++spelling->second;
  }
  std::vector<const EntityGroup*> order;
  for (const auto& [key, g] : groups) order.push_back(&g);
  std::sort(order.begin(), order.end(), [](const EntityGroup* a, const EntityGroup* b) {
    return a->mentions != b->mentions ? a->mentions > b->mentions : a->first < b->first;
  });
  std::cout << "   entities: " << order.size() << " (" << entities.size() << " mentions)\n";
  for (std::size_t i = 0; i < order.size() && i < kEntitiesShown; ++i)
    std::cout << "     " << order[i]->mentions << "  " << order[i]->name() << " (" << order[i]->label << ")\n";
  if (order.size() > kEntitiesShown) std::cout << "     … " << order.size() - kEntitiesShown << " more\n";
}

void report_dates(const json& dates) {
  std::cout << "   dates: " << dates.size() << "\n";
  std::size_t shown = 0;
  for (const json& d : dates) {
    if (!d.is_object()) continue;
    if (shown++ == kDatesShown) break;
    // The resolved value; without a reference date, what the words alone say.
    std::string value = string_of(d, "value", string_of(d, "timex_underspecified", "?"));
    std::cout << "     " << string_of(d, "text", "?") << " = " << value << " (" << string_of(d, "type", "?") << ")\n";
  }
  if (dates.size() > kDatesShown) std::cout << "     … " << dates.size() - kDatesShown << " more\n";
}

void report_document(const json& d) {
  std::string date = d.value("date", json()).is_string() ? d["date"].get<std::string>() : "no date";
  std::cout << "== " << d.value("id", "?") << "  [" << d.value("lang", "?") << ", " << date << "]  "
            << code_points(d.value("text", "")) << " characters\n";
  if (d.contains("summary") && d["summary"].is_object()) {
    std::cout << "   summary: " << string_of(d["summary"], "text") << "\n";
  } else if (d.contains("sentences") && d["sentences"].is_array()) {
    int shown = 0;
    for (const auto& s : d["sentences"]) {
      if (shown++ == kSentencesShown) break;
      if (s.is_object()) std::cout << "   | " << shorten(string_of(s, "text")) << "\n";
    }
  }
  if (d.contains("entities") && d["entities"].is_array()) report_entities(d["entities"]);
  if (d.contains("dates") && d["dates"].is_array()) report_dates(d["dates"]);
  std::string counts;
  for (auto it = d.begin(); it != d.end(); ++it) {
    if (it.value().is_array()) counts += (counts.empty() ? "" : ", ") + it.key() + " " + std::to_string(it.value().size());
  }
  if (!counts.empty()) std::cout << "   layers: " << counts << "\n";
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
    json d = json::parse(line, nullptr, false);
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
