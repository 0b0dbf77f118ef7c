// What the numbers tests share: the lexicons built from the plugin's data,
// and the numbers found in a text as (surface, value, kind, unit) records.
#ifndef CADENA_TESTS_NUMBERS_NUMBER_TESTING_HPP
#define CADENA_TESTS_NUMBERS_NUMBER_TESTING_HPP

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "data_table.hpp"
#include "number_lexicon.hpp"
#include "number_recognizer.hpp"

namespace cadena::numbers::testing {

inline const std::string kDataDir = CADENA_SOURCE_DIR "/plugins/numbers/data";

// Loading is the slow part: one lexicon per tag for all tests.
inline const NumberLexicon& lexicon(const std::string& tag = "es") {
  static const NumberLexicon es = NumberLexicon::load(language_folders(kDataDir, "es"));
  static const NumberLexicon es_mx = NumberLexicon::load(language_folders(kDataDir, "es-MX"));
  static const NumberLexicon en = NumberLexicon::load(language_folders(kDataDir, "en"));
  return tag == "es-MX" ? es_mx : tag == "en" ? en : es;
}

struct Found {
  std::string text;
  double value;
  std::string kind;
  std::string unit;
  bool operator==(const Found& o) const {
    return text == o.text && value == o.value && kind == o.kind && unit == o.unit;
  }
};

inline std::ostream& operator<<(std::ostream& out, const Found& f) {
  return out << "{\"" << f.text << "\", " << f.value << ", " << f.kind << ", \"" << f.unit << "\"}";
}

inline std::vector<Found> numbers(std::string_view text, const std::string& tag = "es") {
  std::vector<Found> out;
  for (const NumberMention& m : find_numbers(text, lexicon(tag)))
    out.push_back(
        {std::string(text.substr(m.begin, m.end - m.begin)), m.value, std::string(m.kind), m.unit});
  return out;
}

}  // namespace cadena::numbers::testing

#endif  // CADENA_TESTS_NUMBERS_NUMBER_TESTING_HPP
