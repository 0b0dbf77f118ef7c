// The corpus-level entity index (`cadena run --entity-index FILE`, Python's
// cadena.entity_index): for each entity key (see the `entities` stage), a
// canonical name, the label most of its mentions have and the mentions per
// document. Filled while documents are processed — from several threads, in
// any order — and read once at the end; the result does not depend on the
// order or on the number of jobs.
#ifndef CADENA_ENTITY_INDEX_HPP
#define CADENA_ENTITY_INDEX_HPP

#include <cadena/document.hpp>
#include <cadena/runner.hpp>

#include <cstddef>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>

namespace cadena {

class EntityIndex : public DocumentObserver {
 public:
  // Counts the document's `entities` spans that carry a `key` and a `label`.
  // Safe to call from several threads at once.
  void add(const Document& doc) override;

  // {"<key>": {"name": …, "label": …, "mentions": {"<doc id>": count}}}, keys
  // sorted. The name is the spelling with the most words ("Serguéi Lavrov"
  // over "Lavrov"), then the most frequent, then the first in code point
  // order; the label the most frequent, then the first.
  nlohmann::json to_json() const;

  // to_json() as a file; throws cadena::Error naming the file when it cannot
  // be written.
  void write(const std::string& path) const;

 private:
  struct Entry {
    std::map<std::string, std::size_t> labels;
    std::map<std::string, std::size_t> spellings;
    std::map<std::string, std::size_t> mentions;  // by document id
  };
  mutable std::mutex mutex_;
  std::map<std::string, Entry> entries_;
};

}  // namespace cadena

#endif  // CADENA_ENTITY_INDEX_HPP
