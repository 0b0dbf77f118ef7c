#include "gazetteer.hpp"

#include <algorithm>
#include <cadena/data.hpp>
#include <filesystem>
#include <stdexcept>

#include "word_form.hpp"

namespace cadena::ner {
namespace {

constexpr char kJoin = '\x1f';
constexpr std::string_view kAnyWord = "*";

bool starts_a_name(std::string_view word) {
  std::size_t after = 0;
  UChar32 first = code_point_at(word, 0, after);
  WordCase c = word_case(word);
  return c == WordCase::capitalised || c == WordCase::capitals || (first >= '0' && first <= '9');
}

}  // namespace

int Gazetteer::category_id(const std::string& name, const std::string& where) {
  for (std::size_t i = 0; i < categories_.size(); ++i)
    if (categories_[i] == name) return static_cast<int>(i);
  if (static_cast<int>(categories_.size()) == kMaxCategories)
    throw std::runtime_error(where + ": more than " + std::to_string(kMaxCategories) +
                             " gazetteer categories");
  categories_.push_back(name);
  return static_cast<int>(categories_.size()) - 1;
}

void Gazetteer::load(const std::string& path, bool forced) {
  int category = -1;
  for (const DataLine& line : read_data_lines(path)) {
    std::string where = path + ":" + std::to_string(line.line);
    if (!is_valid_utf8(line.text))
      throw std::runtime_error(where + ": the line is not valid UTF-8");
    if (line.text.front() == '[') {
      std::string name = line.text.substr(1, line.text.size() - 2);
      if (line.text.back() != ']' || name.empty() ||
          name.find_first_of(" \t[]") != std::string::npos)
        throw std::runtime_error(where + ": expected a section like [LOC], got '" + line.text +
                                 "'");
      category = category_id(name, where);
      continue;
    }
    if (category < 0)
      throw std::runtime_error(where + ": entry '" + line.text +
                               "' comes before any section; start the file with e.g. [LOC]");
    insert(category, line.text, forced);
  }
}

void Gazetteer::add(const std::string& category, std::string_view entry, bool forced) {
  insert(category_id(category, "entry '" + std::string(entry) + "'"), entry, forced);
}

void Gazetteer::insert(int category, std::string_view entry, bool forced) {
  std::string key;
  std::size_t pos = 0;
  while ((pos = entry.find_first_not_of(" \t", pos)) != std::string_view::npos) {
    std::size_t end = entry.find_first_of(" \t", pos);
    if (end == std::string_view::npos) end = entry.size();
    if (!key.empty()) {
      nodes_[key].categories |= kPrefix;
      key += kJoin;
    }
    key += lowercase(token_form(entry.substr(pos, end - pos)));
    pos = end;
  }
  if (key.empty()) return;
  Node& node = nodes_[key];
  node.categories |= 1u << category;
  if (forced) node.forced |= 1u << category;
  ++entries_;
}

void Gazetteer::load_folder(const std::string& folder) {
  namespace fs = std::filesystem;
  std::error_code error;
  std::vector<std::string> files;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder, error))
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  if (error)
    throw std::runtime_error(folder + ": cannot read the gazetteer folder: " + error.message());
  std::sort(files.begin(), files.end());
  for (const std::string& file : files) load(file, false);
}

std::vector<GazetteerMatch> Gazetteer::match(const std::vector<std::string>& words) const {
  std::vector<GazetteerMatch> matches;
  if (nodes_.empty()) return matches;
  std::vector<std::string> lower;
  lower.reserve(words.size());
  for (const std::string& w : words) lower.push_back(lowercase(w));
  std::vector<std::string> keys, next;
  for (std::size_t begin = 0; begin < words.size(); ++begin) {
    if (!starts_a_name(words[begin])) continue;
    keys.assign({std::string()});
    for (std::size_t end = begin + 1; end <= words.size() && !keys.empty(); ++end) {
      next.clear();
      bool capitalised = starts_a_name(words[end - 1]);
      for (const std::string& key : keys) {
        for (std::string_view word : {std::string_view(lower[end - 1]), kAnyWord}) {
          if (word == kAnyWord && !capitalised) continue;
          std::string candidate = key.empty() ? std::string(word) : key + kJoin + std::string(word);
          auto it = nodes_.find(candidate);
          if (it == nodes_.end()) continue;
          std::uint32_t bits = it->second.categories & ~kPrefix;
          for (int c = 0; bits; ++c, bits >>= 1)
            if (bits & 1u) matches.push_back({begin, end, c, (it->second.forced >> c & 1u) != 0});
          if (it->second.categories & kPrefix) next.push_back(std::move(candidate));
        }
      }
      keys.swap(next);
    }
  }
  return matches;
}

}  // namespace cadena::ner
