#include "icu_baseline.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

namespace cadena::bench {

std::vector<std::size_t> icu_sentence_boundaries(std::string_view text, const char* locale) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iterator(
      icu::BreakIterator::createSentenceInstance(icu::Locale(locale), status));
  icu::LocalUTextPointer utext(
      utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
  if (U_SUCCESS(status)) iterator->setText(utext.getAlias(), status);
  if (U_FAILURE(status))
    throw std::runtime_error(std::string("ICU sentence iterator: ") + u_errorName(status));
  std::vector<std::size_t> boundaries;
  for (int32_t b = iterator->next(); b != icu::BreakIterator::DONE; b = iterator->next())
    boundaries.push_back(static_cast<std::size_t>(b));
  return boundaries;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open");
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

}  // namespace cadena::bench
