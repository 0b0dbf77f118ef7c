// The cleaner: from an original (an HTML page or plain text) to the cleaned
// text later stages read, with its offset map back to the original.
//
//   blocks (html_page / text_blocks) -> normalized (block_normalizer)
//   -> article blocks (block_features, boilerplate, repeated_text)
//   -> joined by blank lines; reference date from the page or a dateline.
//
// Thread-safe: built once, clean() is const and keeps its state on the stack.
#ifndef CADENA_CLEAN_CLEANER_HPP
#define CADENA_CLEAN_CLEANER_HPP

#include <cadena/abi.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "block_normalizer.hpp"
#include "input_format.hpp"
#include "language_data.hpp"

namespace cadena::clean {

struct CleanResult {
  std::string text;                         // blocks joined by "\n\n"
  std::vector<cadena_offset_piece> pieces;  // cover `text` in order (see abi.h)
  std::optional<std::string> date;          // YYYY-MM-DD: the page's metadata, else a dateline
  std::string title;                        // the page's title, or the headline opening a text
  // Bytes of `text` the dateline takes ("Wonsan, Corea del Norte – 13 de julio
  // de 2025 –"), when one opens one of the first blocks.
  std::optional<std::pair<std::size_t, std::size_t>> dateline;
};

struct CleanOptions {
  bool remove_boilerplate = true;
  std::string default_language = "es";  // for documents of a language without data
};

class Cleaner {
 public:
  // Reads the data of every language folder under `data_dir`. Throws
  // std::runtime_error naming the folder or file that is missing or malformed.
  Cleaner(const std::string& data_dir, CleanOptions options);

  // `lang` is a BCP 47 tag ("es", "es-MX") or empty.
  CleanResult clean(std::string_view original, InputFormat format, std::string_view lang) const;

 private:
  const LanguageData& language(std::string_view lang) const;

  std::map<std::string, LanguageData, std::less<>> languages_;
  BlockNormalizer normalizer_;
  CleanOptions options_;
};

}  // namespace cadena::clean

#endif  // CADENA_CLEAN_CLEANER_HPP
