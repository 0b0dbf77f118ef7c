#include "sentence_splitter.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include <cctype>
#include <cstdint>
#include <filesystem>
#include <stdexcept>

#include "abbreviations.hpp"
#include "boundary_rules.hpp"
#include "candidates.hpp"
#include "utf8_text.hpp"

namespace cadena::split {

struct SentenceSplitter::Language {
  // Never iterated itself: a BreakIterator is not thread-safe, so each
  // split() call works on its own clone.
  std::unique_ptr<icu::BreakIterator> prototype;
  Abbreviations abbreviations;
};

namespace {

std::unique_ptr<icu::BreakIterator> sentence_rules(const std::string& locale,
                                                   const std::string& folder) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> rules(
      icu::BreakIterator::createSentenceInstance(icu::Locale(locale.c_str()), status));
  if (U_FAILURE(status))
    throw std::runtime_error(folder + ": ICU has no sentence rules for locale '" + locale +
                             "': " + u_errorName(status));
  return rules;
}

// "es_MX", "ES-mx" -> "es-mx": the key the language folders are stored under.
std::string normalized_tag(std::string_view tag) {
  std::string key(tag);
  for (char& c : key)
    c = c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

}  // namespace

SentenceSplitter::SentenceSplitter(const std::string& data_dir) {
  namespace fs = std::filesystem;
  if (data_dir.empty()) throw std::runtime_error("no data folder given for the sentence splitter");
  std::error_code error;
  std::vector<fs::path> folders;
  for (const fs::directory_entry& entry : fs::directory_iterator(data_dir, error))
    if (entry.is_directory()) folders.push_back(entry.path());
  if (error)
    throw std::runtime_error(data_dir + ": cannot read the data folder: " + error.message());
  if (folders.empty())
    throw std::runtime_error(data_dir + ": no language folders (expected e.g. es/" +
                             Abbreviations::kNeverFinalFile + ")");
  for (const fs::path& folder : folders) {
    std::string locale = folder.filename().string();
    auto language = std::make_unique<Language>(
        Language{sentence_rules(locale, folder.string()), Abbreviations::load(folder.string())});
    languages_.emplace(normalized_tag(locale), std::move(language));
  }
}

SentenceSplitter::SentenceSplitter(SentenceSplitter&&) noexcept = default;
SentenceSplitter::~SentenceSplitter() = default;

const SentenceSplitter::Language* SentenceSplitter::find(std::string_view lang) const {
  std::string key = normalized_tag(lang);
  auto it = languages_.find(key);
  if (it == languages_.end()) it = languages_.find(key.substr(0, key.find('-')));
  return it == languages_.end() ? nullptr : it->second.get();
}

bool SentenceSplitter::supports(std::string_view lang) const { return find(lang) != nullptr; }

std::string SentenceSplitter::languages() const {
  std::string list;
  for (const auto& [name, language] : languages_) list += (list.empty() ? "" : ", ") + name;
  return list;
}

std::vector<ByteRange> SentenceSplitter::split(std::string_view text, std::string_view lang) const {
  const Language* language = find(lang);
  if (!language)
    throw std::invalid_argument("no sentence data for language '" + std::string(lang) +
                                "' (have: " + languages() + ")");
  if (text.size() > static_cast<std::size_t>(INT32_MAX))
    throw std::length_error("a text of 2 GiB or more cannot be split into sentences");
  std::vector<ByteRange> sentences;
  std::size_t begin = skip_space_forward(text, 0);
  if (begin == text.size()) return sentences;
  BoundaryRules rules(text, language->abbreviations);
  for (std::size_t candidate : candidate_boundaries(text, *language->prototype)) {
    Gap gap{skip_space_backward(text, candidate), skip_space_forward(text, candidate)};
    if (gap.end <= begin || gap.next == text.size()) continue;
    if (!rules.ends_sentence(gap)) continue;
    sentences.push_back({begin, gap.end});
    begin = gap.next;
  }
  sentences.push_back({begin, skip_space_backward(text, text.size())});
  return sentences;
}

}  // namespace cadena::split
