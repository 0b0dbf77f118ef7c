#include "date_lexicon.hpp"

#include <algorithm>
#include <locale>
#include <sstream>
#include <stdexcept>

#include "data_table.hpp"

namespace cadena::dates {
namespace {

using numbers::DataRow;
using numbers::read_layered_rows;

template <class T>
void add(PhraseTable<T>& table, const DataRow& row, T value) {
  if (table.add(row.fields[0], std::move(value))) row.fail_repeated();
}

void remember(std::unordered_set<std::string_view>& set, std::deque<std::string>& storage,
              std::string_view word) {
  if (set.count(word)) return;
  storage.emplace_back(word);
  set.insert(storage.back());
}

// Fills the lexicon's content words and function starters from its tables.
void index_words(DateLexicon& lex) {
  auto content = [&](std::string_view key) {
    std::size_t start = 0;
    while (start <= key.size()) {
      std::size_t space = std::min(key.find(' ', start), key.size());
      std::string_view word = key.substr(start, space - start);
      // Glue ("de", "la", "y") is no content; function words that name
      // something are ("año", "semana", "media", "horas").
      constexpr std::uint32_t kNaming = kYearWord | kMonthWord | kDecade | kHalf | kQuarter | kHour;
      const std::uint32_t* roles = lex.function_words.word(word);
      if (!roles || (*roles & kNaming)) remember(lex.content_words, lex.word_storage, word);
      start = space + 1;
    }
  };
  lex.months.for_each_key(content);
  lex.weekdays.for_each_key(content);
  lex.units.for_each_key(content);
  lex.modifiers.for_each_key(content);
  lex.fixed.for_each_key(content);
  lex.holidays.for_each_key(content);
  lex.seasons.for_each_key(content);
  lex.parts_of_day.for_each_key(content);
  lex.ranges.for_each_key(content);
  lex.period_parts.for_each_key(content);
  // "un", "una" are mostly articles: they start an expression only before
  // content ("una hora").
  lex.numbers.cardinals.for_each_key([&](std::string_view key) {
    const numbers::CardinalWord* w = lex.numbers.cardinals.word(key);
    if (w->role == numbers::CardinalWord::Role::article)
      remember(lex.function_starters, lex.word_storage, key);
    else
      content(key);
  });
  lex.numbers.ordinals.for_each_key(content);
  auto starter = [&](std::string_view key) {
    remember(lex.function_starters, lex.word_storage, key.substr(0, key.find(' ')));
  };
  lex.function_words.for_each_key(starter);
  lex.fixed.for_each_key(starter);
  lex.parts_of_day.for_each_key(starter);
  lex.ranges.for_each_key(starter);
  lex.period_parts.for_each_key(starter);
}

// The third field of months.txt and weekdays.txt: "", "abbreviation" or (if
// `ambiguous_allowed`) "ambiguous".
std::string kind(const DataRow& row, bool ambiguous_allowed) {
  const std::string& k = row.field(2);
  if (k.empty() || k == "abbreviation" || (ambiguous_allowed && k == "ambiguous")) return k;
  row.fail(std::string("the third field is 'abbreviation'") +
           (ambiguous_allowed ? ", 'ambiguous'" : "") + " or nothing, got '" + k + "'");
}

int whole_in(const DataRow& row, std::size_t i, int low, int high) {
  double v = row.number(i);
  if (v != static_cast<int>(v) || v < low || v > high)
    row.fail("field " + std::to_string(i + 1) + " must be a whole number from " +
             std::to_string(low) + " to " + std::to_string(high));
  return static_cast<int>(v);
}

Relation relation(const DataRow& row) {
  const std::string& f = row.field(1);
  if (f == "next") return Relation::next;
  if (f == "last") return Relation::last;
  if (f == "this") return Relation::this_;
  row.fail("relation is next, last or this, got '" + f + "'");
}

std::uint32_t roles(const DataRow& row) {
  static const std::pair<const char*, Role> kNames[] = {
      {"article", kArticle}, {"of", kOf},         {"at", kAt},           {"to", kTo},
      {"ago", kAgo},         {"in", kIn},         {"each", kEach},       {"oclock", kOclock},
      {"hour", kHour},       {"half", kHalf},     {"quarter", kQuarter}, {"plus", kPlus},
      {"minus", kMinus},     {"year", kYearWord}, {"month", kMonthWord}, {"yearcue", kYearCue},
      {"plural", kPlural},   {"decade", kDecade}, {"past", kPast},       {"till", kTill}};
  std::uint32_t bits = 0;
  std::istringstream words(row.field(1));
  std::string name;
  while (words >> name) {
    bool known = false;
    for (const auto& [n, role] : kNames)
      if (name == n) {
        bits |= role;
        known = true;
      }
    if (!known) row.fail("unknown role '" + name + "'");
  }
  if (bits == 0) row.fail("no role given");
  return bits;
}

const char* const kTypes[] = {"DATE", "TIME", "DURATION", "SET"};

}  // namespace

int DateLexicon::hours_added_by(const std::string& part) const {
  for (const auto& [p, hours] : part_hours)
    if (p == part) return hours;
  return -1;
}

std::string TimeUnit::duration(double count) const {
  std::ostringstream total;
  total.imbue(std::locale::classic());
  total << count * amount;
  if (unit[0] == 'T') return "PT" + total.str() + unit.substr(1);
  return "P" + total.str() + unit;
}

DateLexicon DateLexicon::load(const std::vector<std::string>& folders,
                              const std::vector<std::string>& number_folders) {
  DateLexicon lex;
  for (const DataRow& row : read_layered_rows(folders, "months.txt", 2, 3)) {
    std::string k = kind(row, true);
    add(lex.months, row, NamedMonth{whole_in(row, 1, 1, 12), !k.empty(), k == "ambiguous"});
  }
  for (const DataRow& row : read_layered_rows(folders, "weekdays.txt", 2, 3))
    add(lex.weekdays, row, NamedWeekday{whole_in(row, 1, 1, 7), !kind(row, false).empty()});
  for (const DataRow& row : read_layered_rows(folders, "units.txt", 3, 3)) {
    static const char* const kUnits[] = {"D", "W", "M", "Y", "TH", "TM", "TS", "WE"};
    bool known = false;
    for (const char* u : kUnits) known = known || row.field(1) == u;
    if (!known) row.fail("unknown unit '" + row.field(1) + "' (D, W, M, Y, TH, TM, TS, WE)");
    add(lex.units, row, TimeUnit{row.field(1), row.number(2)});
  }
  for (const DataRow& row : read_layered_rows(folders, "modifiers.txt", 3, 4)) {
    const std::string& where = row.field(2);
    if (where != "before" && where != "after" && where != "both")
      row.fail("where is before, after or both, got '" + where + "'");
    if (!row.field(3).empty() && row.field(3) != "counted")
      row.fail("the fourth field is 'counted' or nothing, got '" + row.field(3) + "'");
    add(lex.modifiers, row,
        Modifier{relation(row), where != "after", where != "before", !row.field(3).empty()});
  }
  for (const DataRow& row : read_layered_rows(folders, "fixed_expressions.txt", 3, 3)) {
    bool known = false;
    for (const char* t : kTypes) known = known || row.field(1) == t;
    if (!known) row.fail("type is DATE, TIME, DURATION or SET, got '" + row.field(1) + "'");
    add(lex.fixed, row, FixedExpression{row.field(1), row.field(2)});
  }
  for (const DataRow& row : read_layered_rows(folders, "holidays.txt", 2, 2))
    add(lex.holidays, row, row.field(1));
  for (const DataRow& row : read_layered_rows(folders, "seasons.txt", 2, 2)) {
    const std::string& s = row.field(1);
    if (s != "SP" && s != "SU" && s != "FA" && s != "WI")
      row.fail("a season is SP, SU, FA or WI, got '" + s + "'");
    add(lex.seasons, row, s);
  }
  for (const DataRow& row : read_layered_rows(folders, "parts_of_day.txt", 3, 4)) {
    if (!row.field(3).empty() && row.field(3) != "clock")
      row.fail("the fourth field is 'clock' or nothing, got '" + row.field(3) + "'");
    add(lex.parts_of_day, row,
        PartOfDay{row.field(1), whole_in(row, 2, 0, 12), !row.field(3).empty()});
    if (lex.hours_added_by(row.field(1)) < 0)
      lex.part_hours.emplace_back(row.field(1), whole_in(row, 2, 0, 12));
  }
  for (const DataRow& row : read_layered_rows(folders, "ranges.txt", 2, 2)) {
    std::vector<std::string> closers;
    std::istringstream words(row.field(1));
    for (std::string w; words >> w;) closers.push_back(numbers::fold(w));
    if (closers.empty()) row.fail("no word between the ends");
    add(lex.ranges, row, closers);
  }
  for (const DataRow& row : read_layered_rows(folders, "period_parts.txt", 2, 3)) {
    const std::string& mod = row.field(1);
    static const char* const kMods[] = {"START", "MID",         "END",         "BEFORE",
                                        "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE", "APPROX"};
    bool known = false;
    for (const char* m : kMods) known = known || mod == m;
    if (!known)
      row.fail("unknown mod '" + mod +
               "' (START, MID, END, BEFORE, AFTER, ON_OR_AFTER, ON_OR_BEFORE, APPROX)");
    bool after = !row.field(2).empty();
    if (after && row.field(2) != "after")
      row.fail("the third field is 'after' (written after the date), got '" + row.field(2) + "'");
    add(after ? lex.period_suffixes : lex.period_parts, row, mod);
  }
  for (const DataRow& row : read_layered_rows(folders, "function_words.txt", 2, 2))
    add(lex.function_words, row, roles(row));
  for (const DataRow& row : read_layered_rows(folders, "tense.txt", 3, 3)) {
    Tense t = row.field(1) == "past"     ? Tense::past
              : row.field(1) == "future" ? Tense::future
                                         : Tense::none;
    if (t == Tense::none) row.fail("tense is past or future, got '" + row.field(1) + "'");
    if (row.field(2) == "ending") {
      lex.tense_endings.emplace_back(row.field(0), t);
      continue;
    }
    if (row.field(2) != "word") row.fail("how is 'ending' or 'word', got '" + row.field(2) + "'");
    if (lex.tense_words.add(row.fields[0], t)) row.fail_repeated();  // cues start no expression
  }
  for (const DataRow& row : read_layered_rows(folders, "numeric_dates.txt", 2, 2)) {
    if (row.fields[0] != "order" || (row.field(1) != "DMY" && row.field(1) != "MDY"))
      row.fail("expected 'order | DMY' or 'order | MDY'");
    lex.day_first = row.field(1) == "DMY";
  }
  lex.numbers = numbers::NumberLexicon::load(number_folders);
  index_words(lex);
  return lex;
}

}  // namespace cadena::dates
