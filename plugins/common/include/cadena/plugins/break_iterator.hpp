// An ICU break iterator over UTF-8 text in place, for the first-party plugins
// that walk words (ner) or sentences (split). The rules are built once per
// stage and shared by its threads; each call gets its own copy to iterate.
#ifndef CADENA_PLUGINS_BREAK_ITERATOR_HPP
#define CADENA_PLUGINS_BREAK_ITERATOR_HPP

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace cadena::plugins {

// A copy of `rules` set on `text`, whose bytes must outlive it (the iterator
// keeps a shallow clone of the UText, not of the text). Throws
// std::runtime_error when ICU cannot open the text.
inline std::unique_ptr<icu::BreakIterator> iterate_utf8(const icu::BreakIterator& rules,
                                                        std::string_view text) {
  std::unique_ptr<icu::BreakIterator> iterator(rules.clone());
  UErrorCode status = U_ZERO_ERROR;
  icu::LocalUTextPointer utext(
      utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
  if (U_SUCCESS(status)) iterator->setText(utext.getAlias(), status);
  if (U_FAILURE(status))
    throw std::runtime_error(std::string("ICU cannot iterate the text: ") + u_errorName(status));
  return iterator;
}

}  // namespace cadena::plugins

#endif  // CADENA_PLUGINS_BREAK_ITERATOR_HPP
