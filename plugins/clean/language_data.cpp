#include "language_data.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cadena/data.hpp>
#include <sstream>
#include <stdexcept>

namespace cadena::clean {

std::string lowercase(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    UChar32 c;
    U8_NEXT(text.data(), i, text.size(), c);
    if (c < 0) continue;
    c = u_tolower(c);
    char buffer[U8_MAX_LENGTH];
    int32_t n = 0;
    U8_APPEND_UNSAFE(buffer, n, c);
    out.append(buffer, n);
  }
  return out;
}

LanguageData LanguageData::load(const std::string& language_dir) {
  LanguageData data;
  for (const std::string& word : read_word_list(language_dir + "/" + kStopwordsFile)) {
    data.stopwords_.insert(lowercase(word));
  }
  const std::string months_path = language_dir + "/" + kMonthsFile;
  for (const DataLine& line : read_data_lines(months_path)) {
    std::istringstream fields(line.text);
    int number = 0;
    std::string form;
    if (!(fields >> number) || number < 1 || number > 12 || !(fields >> form)) {
      throw std::runtime_error(months_path + ":" + std::to_string(line.line) +
                               ": expected a month number 1-12 and its names, got '" + line.text +
                               "'");
    }
    do {
      data.months_[lowercase(form)] = number;
    } while (fields >> form);
  }
  return data;
}

}  // namespace cadena::clean
