#include "label_vote.hpp"

#include <map>
#include <string_view>
#include <unordered_map>

namespace cadena::ner {

std::vector<std::string> one_label_per_key(const std::vector<KeyedMention>& mentions) {
  // Per key, the votes of each label (a map: a fixed order whatever the hashing).
  std::unordered_map<std::string_view, std::map<std::string_view, int>> votes;
  for (const KeyedMention& m : mentions) ++votes[m.key][m.label];
  std::vector<std::string> labels;
  labels.reserve(mentions.size());
  for (const KeyedMention& m : mentions) {
    const std::map<std::string_view, int>& counts = votes[m.key];
    int most = 0, holders = 0;
    std::string_view best;
    for (const auto& [label, count] : counts) {
      if (count > most) {
        most = count;
        holders = 0;
        best = label;
      }
      if (count == most) ++holders;
    }
    bool own_is_best = counts.at(m.label) == most;
    labels.emplace_back(own_is_best || holders > 1 ? m.label : best);
  }
  return labels;
}

}  // namespace cadena::ner
