// Which language data a document is read with, for the numbers and dates
// stages: the stage's `lang` option, else the document's language, else
// Spanish, Cadena's first language.
#ifndef CADENA_NUMBERS_DOCUMENT_LANGUAGE_HPP
#define CADENA_NUMBERS_DOCUMENT_LANGUAGE_HPP

#include <cadena/languages.hpp>
#include <stdexcept>
#include <string>
#include <string_view>

namespace cadena::numbers {

// The data of `languages` for a document. Throws std::runtime_error ("no
// <what> data for language 'fr' (have: en, es, es-mx)") when there is none.
template <class T>
const T& data_for_document(const cadena::Languages<T>& languages, std::string_view option,
                           std::string_view document_lang, const std::string& what) {
  std::string_view lang = option;
  if (lang.empty()) lang = document_lang.empty() ? std::string_view("es") : document_lang;
  const T* found = languages.find(lang);
  if (!found)
    throw std::runtime_error("no " + what + " data for language '" + std::string(lang) +
                             "' (have: " + languages.names() + ")");
  return *found;
}

}  // namespace cadena::numbers

#endif  // CADENA_NUMBERS_DOCUMENT_LANGUAGE_HPP
