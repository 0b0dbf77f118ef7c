#include <cadena/entity_index.hpp>
#include <cadena/error.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <utility>
#include <variant>

namespace cadena {
namespace {

const std::string* string_attr(const Span& span, std::string_view key) {
  const Value* v = span.find(key);
  return v ? std::get_if<std::string>(v) : nullptr;
}

std::size_t words_in(const std::string& name) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : name) {
    bool separator = c == ' ' || c == '-';
    words += !separator && !in_word;
    in_word = !separator;
  }
  return words;
}

// The entry of `counts` with the greatest rank(text, count); ties keep the
// earlier one in map (code point) order.
template <class Rank>
const std::string& best_of(const std::map<std::string, std::size_t>& counts, Rank rank) {
  auto best = counts.begin();
  for (auto it = counts.begin(); it != counts.end(); ++it)
    if (rank(it->first, it->second) > rank(best->first, best->second)) best = it;
  return best->first;
}

}  // namespace

void EntityIndex::add(const Document& doc) {
  const Layer* entities = doc.layer("entities");
  if (!entities) return;
  std::string_view text = doc.text();
  std::lock_guard<std::mutex> lock(mutex_);
  for (const Span& span : entities->spans) {
    const std::string* key = string_attr(span, "key");
    const std::string* label = string_attr(span, "label");
    if (!key || !label) continue;
    Entry& entry = entries_[*key];
    ++entry.labels[*label];
    ++entry.spellings[std::string(text.substr(span.begin, span.end - span.begin))];
    ++entry.mentions[doc.id];
  }
}

nlohmann::json EntityIndex::to_json() const {
  nlohmann::json index = nlohmann::json::object();
  std::lock_guard<std::mutex> lock(mutex_);
  for (const auto& [key, entry] : entries_)
    index[key] = {
        {"name", best_of(entry.spellings,
                         [](const std::string& s, std::size_t n) { return std::make_pair(words_in(s), n); })},
        {"label", best_of(entry.labels, [](const std::string&, std::size_t n) { return n; })},
        {"mentions", entry.mentions}};
  return index;
}

void EntityIndex::write(const std::string& path) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << to_json().dump(1) << '\n';
  out.close();
  if (!out) throw Error(path + ": cannot write the file");
}

}  // namespace cadena
