#include "entity_keys.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <unordered_map>
#include <cadena/data.hpp>
#include <stdexcept>

#include "word_form.hpp"

namespace cadena::ner {
namespace {

constexpr std::string_view kPersonLabel = "PER";

std::string joined(const std::vector<std::string>& words, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    if (i > begin) out += ' ';
    out += words[i];
  }
  return out;
}

std::vector<std::string> split_list(const std::string& text, char separator) {
  std::vector<std::string> items;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find(separator, pos);
    if (end == std::string::npos) end = text.size();
    items.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  return items;
}

}  // namespace

std::vector<std::string> EntityKeys::plain_words(std::string_view text) {
  std::string bare;  // folded, with "EE. UU." -> "EEUU": a period joins what it separates
  std::string folded_text = folded(text);
  for (std::size_t i = 0; i < folded_text.size(); ++i) {
    if (folded_text[i] != '.') {
      bare += folded_text[i];
      continue;
    }
    while (i + 1 < folded_text.size() && folded_text[i + 1] == ' ') ++i;
  }
  std::vector<std::string> words;
  std::string word;
  std::size_t after = 0;
  for (std::size_t pos = 0; pos < bare.size(); pos = after) {
    UChar32 c = code_point_at(bare, pos, after);
    if (is_letter(c) || u_isdigit(c)) {
      word.append(bare, pos, after - pos);
    } else if (c != '\'' && c != 0x2019 /* ’ */ && !word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

EntityKeys::EntityKeys(const std::string& variants_file) {
  for (const DataLine& line : read_data_lines(variants_file)) {
    auto fail = [&](const std::string& why) {
      throw std::runtime_error(variants_file + ":" + std::to_string(line.line) + ": " + why);
    };
    if (!is_valid_utf8(line.text)) fail("the line is not valid UTF-8");
    std::size_t equals = line.text.find('=');
    if (equals == std::string::npos)
      fail("expected 'Canonical = variant; variant', got '" + line.text + "'");
    std::vector<std::string> canonical = plain_words(line.text.substr(0, equals));
    if (canonical.empty()) fail("no canonical spelling before '='");
    std::vector<std::string> variants = split_list(line.text.substr(equals + 1), ';');
    for (std::string& variant : variants) {
      variant.erase(0, variant.find_first_not_of(" \t"));
      variant.erase(variant.find_last_not_of(" \t") + 1);
      std::vector<std::string> words = plain_words(variant);
      if (words.empty()) fail("an empty variant in '" + line.text + "'");
      if (words == canonical) continue;  // the same once normalised: nothing to do
      auto [it, added] = canonical_.emplace(joined(words, 0, words.size()), canonical);
      if (!added && it->second != canonical)
        fail("'" + variant + "' already has the canonical spelling '" +
             joined(it->second, 0, it->second.size()) + "'");
      longest_variant_ = std::max(longest_variant_, words.size());
    }
  }
}

std::vector<std::string> EntityKeys::normal_words(std::string_view name) const {
  std::vector<std::string> words = plain_words(name);
  if (canonical_.empty()) return words;
  std::vector<std::string> out;
  for (std::size_t i = 0; i < words.size();) {
    std::size_t n = std::min(longest_variant_, words.size() - i);
    for (; n > 0; --n) {
      auto it = canonical_.find(joined(words, i, i + n));
      if (it == canonical_.end()) continue;
      out.insert(out.end(), it->second.begin(), it->second.end());
      break;
    }
    if (n == 0) {
      out.push_back(words[i]);
      n = 1;
    }
    i += n;
  }
  return out;
}

std::vector<KeyedMention> EntityKeys::keys(const std::vector<Mention>& mentions) const {
  std::vector<std::vector<std::string>> words;
  words.reserve(mentions.size());
  for (const Mention& m : mentions) words.push_back(normal_words(m.text));

  // Full person names (two words or more), by each of their words and by
  // their last word: a bare "Lavrov" that is tagged PER may mean a person
  // with that word anywhere in the name; otherwise only with it as surname.
  // Indexed so that a long document costs a lookup per mention, not a scan.
  std::unordered_map<std::string, std::vector<std::size_t>> by_word, by_surname;
  for (std::size_t j = 0; j < mentions.size(); ++j) {
    if (mentions[j].label != kPersonLabel || words[j].size() < 2) continue;
    for (const std::string& w : words[j]) {
      std::vector<std::size_t>& list = by_word[w];
      if (list.empty() || list.back() != j) list.push_back(j);
    }
    by_surname[words[j].back()].push_back(j);
  }
  std::vector<KeyedMention> keyed;
  keyed.reserve(mentions.size());
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    std::size_t named = i;
    if (words[i].size() == 1) {
      const auto& index = mentions[i].label == kPersonLabel ? by_word : by_surname;
      auto found = index.find(words[i][0]);
      if (found != index.end()) {
        // The nearest full name before the mention, else the first after it.
        const std::vector<std::size_t>& candidates = found->second;
        auto after = std::lower_bound(candidates.begin(), candidates.end(), i);
        named = after != candidates.begin() ? *std::prev(after) : *after;
      }
    }
    keyed.push_back({joined(words[named], 0, words[named].size()), mentions[named].label});
  }
  return keyed;
}

}  // namespace cadena::ner
