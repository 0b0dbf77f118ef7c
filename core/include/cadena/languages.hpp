// A plugin's per-language data: one folder per language tag under the
// plugin's data folder (data/es, data/es-mx, data/en), each loaded once into a
// T. Header-only, for first-party and third-party plugins alike.
// Immutable after construction: safe to share between threads.
#ifndef CADENA_LANGUAGES_HPP
#define CADENA_LANGUAGES_HPP

#include <cadena/sdk.hpp>

#include <cctype>
#include <filesystem>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace cadena {

// "es_MX", "ES-mx" -> "es-mx": the key language folders are stored under.
inline std::string normalized_language_tag(std::string_view tag) {
  std::string key(tag);
  for (char& c : key) c = c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

// Cadena's first language: what a document that names none is read as.
inline constexpr std::string_view kDefaultLanguage = "es";

// The language a stage reads a document in: the stage's `lang` option, else
// the document's own language, else kDefaultLanguage.
inline std::string_view document_language(std::string_view option, std::string_view document_lang) {
  if (!option.empty()) return option;
  return document_lang.empty() ? kDefaultLanguage : document_lang;
}

template <class T>
class Languages {
 public:
  // Loads every folder of `data_dir` with load(folder_path, folder_name) -> T.
  // Throws std::runtime_error naming the folder when there is none to read;
  // `example` names a file a language folder should hold, for that message.
  template <class Load>
  Languages(const std::string& data_dir, const std::string& example, Load load) : data_dir_(data_dir) {
    namespace fs = std::filesystem;
    if (data_dir.empty()) throw std::runtime_error("no data folder given");
    std::error_code error;
    std::vector<fs::path> folders;
    for (const fs::directory_entry& entry : fs::directory_iterator(data_dir, error))
      if (entry.is_directory()) folders.push_back(entry.path());
    if (error) throw std::runtime_error(data_dir + ": cannot read the data folder: " + error.message());
    if (folders.empty())
      throw std::runtime_error(data_dir + ": no language folders (expected e.g. es/" + example + ")");
    for (const fs::path& folder : folders) {
      std::string name = folder.filename().string();
      by_tag_.emplace(normalized_language_tag(name), std::make_unique<T>(load(folder.string(), name)));
    }
  }

  // The data for a tag ("es", "es-MX", "ES_mx"); a region falls back to its
  // language. Null when there is none.
  const T* find(std::string_view tag) const {
    std::string key = normalized_language_tag(tag);
    auto it = by_tag_.find(key);
    if (it == by_tag_.end()) it = by_tag_.find(key.substr(0, key.find('-')));
    return it == by_tag_.end() ? nullptr : it->second.get();
  }

  // Refuses a stage's `lang` option ("" = the document's) that has no data:
  // OptionError "/lang: no <what> data for 'fr' in <folder> (have: en, es)".
  void check_option(const std::string& option, const std::string& what) const {
    if (!option.empty() && !find(option))
      throw OptionError("/lang", "no " + what + " data for '" + option + "' in " + data_dir_ + " (have: " +
                                     names() + ")");
  }

  // The data a document is read with (see document_language). Throws
  // std::runtime_error "no <what> data for language 'fr' (have: en, es)".
  const T& for_document(std::string_view option, std::string_view document_lang, const std::string& what) const {
    std::string_view lang = document_language(option, document_lang);
    const T* found = find(lang);
    if (!found)
      throw std::runtime_error("no " + what + " data for language '" + std::string(lang) + "' (have: " + names() +
                               ")");
    return *found;
  }

  // The languages there are, e.g. "en, es", for messages.
  std::string names() const {
    std::string list;
    for (const auto& entry : by_tag_) list += (list.empty() ? "" : ", ") + entry.first;
    return list;
  }

 private:
  std::string data_dir_;
  std::map<std::string, std::unique_ptr<T>, std::less<>> by_tag_;
};

}  // namespace cadena

#endif  // CADENA_LANGUAGES_HPP
