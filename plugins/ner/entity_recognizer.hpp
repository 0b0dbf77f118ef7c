// From text to entities with keys: tokenize each sentence, tag it, then key
// the document's entities (entity_keys.hpp). What the `entities` stage and
// the benchmark run.
//
// A language folder (data/es/) holds:
//   abbreviations.txt  abbreviations the tokenizer keeps whole
//   gazetteers/*.txt   the gazetteers the shipped model was trained with
//   variants.txt       spelling variants of names, for keys
//   model.bin          the shipped model (see README.md for how it is built)
//
// Immutable once built: recognize() is safe from several threads at once.
#ifndef CADENA_NER_ENTITY_RECOGNIZER_HPP
#define CADENA_NER_ENTITY_RECOGNIZER_HPP

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "entity_keys.hpp"
#include "tagger.hpp"
#include "tokenizer.hpp"

namespace cadena::ner {

// Bytes [begin, end) of the document's text.
struct Entity {
  std::size_t begin;
  std::size_t end;
  std::string label;
  std::string key;
};

struct SentenceRange {
  std::size_t begin;
  std::size_t end;
};

// The files a recognizer is built from.
struct RecognizerFiles {
  std::string language_dir;
  std::string model;
  std::vector<std::string> gazetteers;  // the user's, forced (gazetteer.hpp)
};

// From the stage's options {"lang", "model", "gazetteers"}: a relative path is
// inside `data_dir` (the plugin's data folder). Throws cadena::OptionError.
RecognizerFiles files_from_options(const std::string& data_dir, const nlohmann::json& options);

class EntityRecognizer {
 public:
  // Throws std::runtime_error naming the file at fault.
  explicit EntityRecognizer(const RecognizerFiles& files);

  std::vector<Entity> recognize(std::string_view text,
                                const std::vector<SentenceRange>& sentences) const;

  const Tagger& tagger() const { return tagger_; }

 private:
  Tokenizer tokenizer_;
  Tagger tagger_;
  EntityKeys keys_;
};

// The gazetteers of a language folder plus the user's `extra` files (forced).
// Shared with `cadena train ner` and `cadena eval ner`, which must see what
// the stage sees.
Gazetteer load_gazetteers(const std::string& language_dir, const std::vector<std::string>& extra);

}  // namespace cadena::ner

#endif  // CADENA_NER_ENTITY_RECOGNIZER_HPP
