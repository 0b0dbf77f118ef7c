// What the date recognizer knows of one language (and region): month and
// weekday names, units of time, the words that make an expression relative,
// fixed expressions and holidays, parts of the day, the small words dates are
// built with, and the verb forms that tell a sentence's tense. Read from
// data/<lang>/ (see the comments at the top of each file there). Numbers
// ("tres días", "dos mil veinticinco") are read with the numbers stage's
// lexicon of the same language.
//
// Immutable after load(): safe to share between threads.
#ifndef CADENA_DATES_DATE_LEXICON_HPP
#define CADENA_DATES_DATE_LEXICON_HPP

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "data_table.hpp"
#include "number_lexicon.hpp"
#include "phrase_table.hpp"

namespace cadena::dates {

using numbers::PhraseTable;
using numbers::TokenizedText;

enum class Relation { this_, next, last };

// As relative values write it: "this", "next", "last".
inline const char* relation_name(Relation r) {
  return r == Relation::next ? "next" : r == Relation::last ? "last" : "this";
}
enum class Tense { none, past, future };

struct NamedMonth {
  int month;
  bool abbreviation;  // a period may follow it ("sept.")
  bool ambiguous;     // also an ordinary word: a month only next to a day or a year
};

struct NamedWeekday {
  int weekday;        // ISO: 1 = Monday
  bool abbreviation;  // a weekday only right before a day ("Mi, 22 de Ene")
};

struct TimeUnit {
  std::string unit;  // D, W, M, Y, TH, TM, TS, or WE (the weekend)
  double amount;     // "trimestre": 3 (of M)

  // The TIMEX3 duration of `count` of this unit: "P3D", "P6M", "PT1.5H".
  std::string duration(double count) const;
};

struct Modifier {
  Relation relation;
  bool before;   // written before the noun ("el próximo mes")
  bool after;    // written after it ("el mes pasado")
  bool counted;  // a plural: only with a number ("los próximos 3 días")
};

struct FixedExpression {
  std::string type;   // DATE, TIME, DURATION, SET
  std::string value;  // underspecified
};

struct PartOfDay {
  std::string part;  // MO, AF, NI
  int add_hours;     // "las 8 de la tarde": 12
  bool clock_only;   // only after a clock time ("pm"), never a time by itself
};

// Roles of function words (function_words.txt), as bits.
enum Role : std::uint32_t {
  kArticle = 1u << 0,
  kOf = 1u << 1,
  kAt = 1u << 2,
  kTo = 1u << 3,
  kAgo = 1u << 4,
  kIn = 1u << 5,
  kEach = 1u << 6,
  kOclock = 1u << 7,
  kHour = 1u << 8,
  kHalf = 1u << 9,
  kQuarter = 1u << 10,
  kPlus = 1u << 11,
  kMinus = 1u << 12,
  kYearWord = 1u << 13,
  kMonthWord = 1u << 14,
  kYearCue = 1u << 16,
  kPlural = 1u << 17,
  kDecade = 1u << 18,
  kPast = 1u << 19,
  kTill = 1u << 20,
};

class DateLexicon {
 public:
  // Reads the date files of `folders` and the number files of
  // `number_folders` (general first; see language_folders()). Throws
  // std::runtime_error naming the file and line of a bad entry.
  static DateLexicon load(const std::vector<std::string>& folders,
                          const std::vector<std::string>& number_folders);

  PhraseTable<NamedMonth> months;
  PhraseTable<NamedWeekday> weekdays;
  PhraseTable<TimeUnit> units;
  PhraseTable<Modifier> modifiers;
  PhraseTable<FixedExpression> fixed;
  PhraseTable<std::string> holidays;  // -> TIMEX3 value
  PhraseTable<std::string> seasons;   // -> SP, SU, FA, WI
  PhraseTable<PartOfDay> parts_of_day;
  PhraseTable<std::vector<std::string>> ranges;  // opening word -> folded words between
  PhraseTable<std::string> period_parts;         // -> TIMEX3 mod (START, BEFORE, ...)
  PhraseTable<std::string> period_suffixes;      // after the date: "y después" -> AFTER
  PhraseTable<std::uint32_t> function_words;     // -> Role bits
  PhraseTable<Tense> tense_words;
  std::vector<std::pair<std::string, Tense>> tense_endings;  // as written, lowercase
  bool day_first = true;  // numeric dates: 15/08/2025 (false: 08/15/2025)
  numbers::NumberLexicon numbers;
  std::vector<std::pair<std::string, int>> part_hours;  // part of the day -> hours it adds
  // The words that may make a token part of an expression (see
  // DateGrammar::may_start()): content words (every word of the phrases
  // above but the function words, and number words) and the words function
  // phrases start with; both fold.
  std::unordered_set<std::string_view> content_words;
  std::unordered_set<std::string_view> function_starters;
  std::deque<std::string> word_storage;  // what the two sets view

  // The hours a part of the day adds to a clock hour from 1 to 11 ("AF":
  // 12), or -1 for no part of the day.
  int hours_added_by(const std::string& part) const;

  // How many tokens the function word with `role` at token i spans (the
  // longest one), or 0.
  std::size_t role_at(const TokenizedText& text, std::size_t i, Role role) const {
    auto m =
        function_words.longest_where(text, i, [role](std::uint32_t r) { return (r & role) != 0; });
    return m.tokens;
  }
};

}  // namespace cadena::dates

#endif  // CADENA_DATES_DATE_LEXICON_HPP
