#include "labels.hpp"

#include <stdexcept>

namespace cadena::ner {
namespace {

enum Position { kBegin = 0, kInside = 1, kLast = 2, kUnit = 3 };

int position_of(int label) { return (label - 1) % 4; }
int type_of(int label) { return (label - 1) / 4; }
int label_of(int type, Position p) { return 1 + 4 * type + p; }

}  // namespace

std::vector<Chunk> chunks_of_tags(const std::vector<std::string>& tags) {
  std::vector<Chunk> chunks;
  for (std::size_t i = 0; i < tags.size(); ++i) {
    const std::string& tag = tags[i];
    if (tag.size() < 3) continue;  // "O"
    std::string type = tag.substr(2);
    bool continues =
        tag[0] == 'I' && !chunks.empty() && chunks.back().end == i && chunks.back().type == type;
    if (continues) {
      chunks.back().end = i + 1;
    } else {
      chunks.push_back({i, i + 1, std::move(type)});
    }
  }
  return chunks;
}

LabelSet::LabelSet(std::vector<std::string> types) : types_(std::move(types)) {}

int LabelSet::type_index(const std::string& type) const {
  for (std::size_t t = 0; t < types_.size(); ++t)
    if (types_[t] == type) return static_cast<int>(t);
  return -1;
}

std::vector<int> LabelSet::encode(const std::vector<Chunk>& chunks, std::size_t tokens) const {
  std::vector<int> labels(tokens, 0);
  for (const Chunk& c : chunks) {
    int t = type_index(c.type);
    if (t < 0) throw std::invalid_argument("unknown entity type '" + c.type + "'");
    if (c.end - c.begin == 1) {
      labels[c.begin] = label_of(t, kUnit);
      continue;
    }
    labels[c.begin] = label_of(t, kBegin);
    for (std::size_t i = c.begin + 1; i + 1 < c.end; ++i) labels[i] = label_of(t, kInside);
    labels[c.end - 1] = label_of(t, kLast);
  }
  return labels;
}

std::vector<Chunk> LabelSet::decode(const std::vector<int>& labels) const {
  std::vector<Chunk> chunks;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (labels[i] == 0) continue;
    int p = position_of(labels[i]);
    if (p == kBegin || p == kUnit)
      chunks.push_back({i, i + 1, types_[type_of(labels[i])]});
    else if (!chunks.empty())
      chunks.back().end = i + 1;
  }
  return chunks;
}

std::vector<std::string> tags_of_chunks(const std::vector<Chunk>& chunks, std::size_t tokens) {
  std::vector<std::string> tags(tokens, "O");
  for (const Chunk& c : chunks)
    for (std::size_t i = c.begin; i < c.end && i < tokens; ++i)
      tags[i] = (i == c.begin ? "B-" : "I-") + c.type;
  return tags;
}

bool LabelSet::may_follow(int prev, int next) const {
  bool open = prev > 0 && (position_of(prev) == kBegin || position_of(prev) == kInside);
  if (!open) return next == 0 || position_of(next) == kBegin || position_of(next) == kUnit;
  return next > 0 && type_of(next) == type_of(prev) &&
         (position_of(next) == kInside || position_of(next) == kLast);
}

bool LabelSet::may_end(int last) const {
  return last == 0 || position_of(last) == kLast || position_of(last) == kUnit;
}

std::vector<char> LabelSet::allowed_moves() const {
  std::vector<char> allowed((size() + 1) * size());
  for (std::size_t prev = 0; prev <= size(); ++prev)
    for (std::size_t next = 0; next < size(); ++next)
      allowed[prev * size() + next] =
          may_follow(static_cast<int>(prev) - 1, static_cast<int>(next));
  return allowed;
}

std::vector<char> LabelSet::allowed_ends() const {
  std::vector<char> allowed(size());
  for (std::size_t last = 0; last < size(); ++last) allowed[last] = may_end(static_cast<int>(last));
  return allowed;
}

}  // namespace cadena::ner
