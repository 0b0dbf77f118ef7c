// The corpus-level entity index of `cadena run --entity-index FILE`: for each
// entity key (see the `entities` stage), a canonical name, the label most of
// its mentions have and the mentions per document. Filled while documents are processed — from
// several threads, in any order — and written once at the end; the result does not depend on the
// order or on -j.
#ifndef CADENA_CLI_ENTITY_INDEX_HPP
#define CADENA_CLI_ENTITY_INDEX_HPP

#include <cadena/document.hpp>
#include <cstddef>
#include <map>
#include <mutex>
#include <string>

namespace cadena::cli {

class EntityIndex {
 public:
  // Counts the document's `entities` spans that carry a `key` and a `label`.
  // Safe to call from several threads at once.
  void add(const Document& doc);

  // {"<key>": {"name": …, "label": …, "mentions": {"<doc id>": count}}}, keys
  // sorted. The name is the spelling with the most words ("Serguéi Lavrov"
  // over "Lavrov"), then the most frequent, then the first in code point
  // order; the label the most frequent, then the first. Throws cadena::Error
  // naming the file when it cannot be written.
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

}  // namespace cadena::cli

#endif  // CADENA_CLI_ENTITY_INDEX_HPP
