// What the dates tests share: the lexicons built from the plugins' data, and
// the expressions found in a text as (surface, value, type) records.
#ifndef CADENA_TESTS_DATES_DATE_TESTING_HPP
#define CADENA_TESTS_DATES_DATE_TESTING_HPP

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "data_table.hpp"
#include "date_recognizer.hpp"

namespace cadena::dates::testing {

inline const std::string kDataDir = CADENA_SOURCE_DIR "/plugins/dates/data";
inline const std::string kNumberDataDir = CADENA_SOURCE_DIR "/plugins/numbers/data";

// Loading is the slow part: one lexicon per language for all tests.
inline const DateLexicon& lexicon(const std::string& lang = "es") {
  auto load = [](const std::string& tag) {
    return DateLexicon::load(numbers::language_folders(kDataDir, tag),
                             numbers::language_folders(kNumberDataDir, tag));
  };
  static const DateLexicon es = load("es");
  static const DateLexicon en = load("en");
  return lang == "en" ? en : es;
}

struct Found {
  std::string text;
  std::string value;
  std::string type;
  bool operator==(const Found& o) const {
    return text == o.text && value == o.value && type == o.type;
  }
};

inline std::ostream& operator<<(std::ostream& out, const Found& f) {
  return out << "{\"" << f.text << "\", \"" << f.value << "\", " << f.type << "}";
}

// The expressions of `text` resolved against `reference`, the whole text one
// sentence.
inline std::vector<Found> dates(std::string_view text, std::string_view reference = "2025-07-13",
                                const std::string& lang = "es") {
  std::vector<Found> out;
  for (const DateMention& m : find_dates(text, lexicon(lang), reference, {}))
    out.push_back({std::string(text.substr(m.begin, m.end - m.begin)), m.value, m.type});
  return out;
}

}  // namespace cadena::dates::testing

#endif  // CADENA_TESTS_DATES_DATE_TESTING_HPP
