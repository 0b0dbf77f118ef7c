#include "sentence_splitter.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include <cstdint>
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

}  // namespace

SentenceSplitter::SentenceSplitter(const std::string& data_dir)
    : languages_(data_dir, Abbreviations::kNeverFinalFile, [](const std::string& folder, const std::string& locale) {
        return Language{sentence_rules(locale, folder), Abbreviations::load(folder)};
      }) {}

SentenceSplitter::SentenceSplitter(SentenceSplitter&&) noexcept = default;
SentenceSplitter::~SentenceSplitter() = default;

bool SentenceSplitter::supports(std::string_view lang) const { return languages_.find(lang) != nullptr; }

std::string SentenceSplitter::languages() const { return languages_.names(); }

std::vector<ByteRange> SentenceSplitter::split(std::string_view text, std::string_view lang) const {
  const Language* language = languages_.find(lang);
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
