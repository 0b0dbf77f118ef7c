// Dates the calendar names: "13 de julio de 2025", "15/08/2025", "junio de
// 2024", "en 2024", "el martes", "este verano", "Navidad", "el primer viernes
// de julio".
#include <vector>

#include "calendar.hpp"
#include "date_grammar.hpp"

namespace cadena::dates {
namespace {

Parse made(std::size_t begin, std::size_t end, Category category, const DayRef& ref) {
  Parse p = Parse::of(begin, end, category, ref.render());
  p.ref = ref;
  p.has_ref = true;
  return p;
}

}  // namespace

Parse DateGrammar::calendar_date(std::size_t i) const {
  DayRef r;
  std::size_t j = i;
  std::size_t e = 0;
  if (int weekday = weekday_at(j, e, true)) {  // "Lunes 12 de enero", "Mi, 22 de Ene"
    r.weekday = weekday;
    j = t_.is_symbol(e, ",") ? e + 1 : e;
    // "lunes 12/05"; "lunes 3-8" too: after a weekday a dash between a day
    // and a month is a date, not a score.
    Parse numeric = numeric_date(j);
    if (!numeric && t_.is_digits(j) && t_.is_symbol(j + 1, "-") && t_.attached(j + 1) &&
        t_.is_digits(j + 2) && t_.attached(j + 2) && ends_bare(j + 3)) {
      int a = std::stoi(std::string(t_.surface(j)));
      int b = std::stoi(std::string(t_.surface(j + 2)));
      bool day_first = lex_.day_first ? b <= 12 : a > 12;
      DayRef d;
      d.day = day_first ? a : b;
      d.month = day_first ? b : a;
      if (t_.surface(j).size() <= 2 && t_.surface(j + 2).size() <= 2 && d.month >= 1 &&
          d.month <= 12 && valid_date(2000, d.month, d.day))
        numeric = made(j, j + 3, Category::date, d);
    }
    if (numeric && numeric.category == Category::date && numeric.ref.day) {
      DayRef d = numeric.ref;
      d.weekday = weekday;
      return made(i, numeric.end, Category::date, d);
    }
  }
  std::size_t day_token = j;
  int day = day_at(j, e);
  if (!day) return {};
  r.day = day;
  j = e;
  std::size_t k = j;
  bool of = false;
  bool joined = false;
  if (std::size_t n = role(k, kOf)) {
    k += n;
    of = true;
  } else if ((t_.is_symbol(k, "-") || t_.is_symbol(k, "/") || t_.is_symbol(k, ".")) &&
             t_.attached(k) && t_.is_word(k + 1)) {
    ++k;  // "1-Ene", "1/Ene", "2. Octubre"
    joined = true;
  }
  // Without "de" a month follows only digits ("15 Junio 2016"): "tercer set"
  // is a rank in a match, not the 3rd of September.
  int month = of || joined || t_.is_digits(day_token) ? month_at(k, e, true) : 0;
  if (!month && of) month = month_number_at(k, e);  // "el 17 del 11"
  if (month) {
    r.month = month;
    j = e;
    if (year_part_at(j, e, r)) j = e;
    if (!valid_date(r.year ? r.year : 2000, r.month, r.day)) return {};
    return made(i, j, Category::date, r);
  }
  Relation relation;
  TimeUnit unit;
  std::size_t after_of = of ? k : j;
  if (relative_period_at(after_of, e, relation, unit) && unit.unit == "M" && unit.amount == 1) {
    r.relative = true;  // "el 4 de este mes", "23 del próximo mes", "22 este mes"
    r.relation = relation;
    r.unit = "month";
    return made(i, e, Category::date, r);
  }
  // "el viernes 11"; "el 15" after an article, when nothing follows but a time.
  bool after_article = i > 0 && role(i - 1, kArticle) == 1;
  bool bare = ends_bare(j) || role(j, kAt);
  if (r.weekday || (after_article && t_.is_digits(i) && bare)) return made(i, j, Category::date, r);
  return {};
}

Parse DateGrammar::numeric_date(std::size_t i) const {
  if (!t_.is_digits(i) || (t_.attached(i) && (t_.is_word(i - 1) || t_.is_digits(i - 1)))) return {};
  // Up to three groups of digits joined by one separator ("15/08/2025",
  // "2015.5.13", "11/12,2016", "11 / 2016").
  std::vector<std::size_t> groups{i};
  std::string separator;
  std::size_t j = i + 1;
  while (groups.size() < 3 && t_[j - 1].kind == numbers::TokenKind::digits && j + 1 < t_.size() &&
         t_.is_digits(j + 1)) {
    std::string_view s = t_.surface(j);
    bool before_year = groups.size() == 2 && s == "," && t_.surface(j + 1).size() != 3;
    bool same = separator.empty() ? (s == "/" || s == "-" || s == "." || s == "~") : s == separator;
    bool spaced = !t_.attached(j) || !t_.attached(j + 1);
    if (!(same || before_year) || (spaced && s == ",")) break;
    if (separator.empty()) separator = std::string(s);
    groups.push_back(j + 1);
    j += 2;
  }
  if (groups.size() < 2) return {};
  std::size_t end = groups.back() + 1;
  bool goes_on = t_.attached(end) && (t_.is_word(end) || t_.is_digits(end) ||
                                      ((t_.is_symbol(end, ".") || t_.is_symbol(end, ",") ||
                                        t_.is_symbol(end, ":") || t_.is_symbol(end, "/")) &&
                                       t_.is_digits(end + 1) && t_.attached(end + 1)));
  if (goes_on) return {};
  auto size = [&](std::size_t g) { return t_.surface(groups[g]).size(); };
  auto value = [&](std::size_t g) { return std::stoi(std::string(t_.surface(groups[g]))); };
  auto expand = [](int year, std::size_t digits) {
    return digits == 2 ? year + (year < 50 ? 2000 : 1900) : year;
  };
  for (std::size_t g = 0; g < groups.size(); ++g)
    if (size(g) > 4 || size(g) == 3) return {};
  DayRef r;
  if (groups.size() == 2) {
    if (size(0) == 4 && size(1) <= 2) {  // "2015/3"
      r.year = value(0);
      r.month = value(1);
    } else if (size(1) == 4 && size(0) <= 2) {  // "3/2015", "11 - 2016"
      r.month = value(0);
      r.year = value(1);
    } else if (separator == "/" && t_.attached(groups[0] + 1) && t_.attached(groups[1])) {
      // "22/04"; "4/22" when the second cannot be a month
      bool day_first = lex_.day_first ? value(1) <= 12 : value(0) > 12;
      r.day = value(day_first ? 0 : 1);
      r.month = value(day_first ? 1 : 0);
    } else {
      return {};  // "4-22", "4.22": a score, a decimal, a range
    }
    if (r.year && (r.year < 1000 || r.month < 1 || r.month > 12)) return {};
    if (!r.year && !valid_date(2000, r.month, r.day)) return {};
    return made(i, end, r.year ? Category::date_range : Category::date, r);
  }
  if (size(0) == 4) {  // "2015/08/12"
    r.year = value(0);
    r.month = value(1);
    r.day = value(2);
  } else {
    if (size(1) == 4) return {};
    bool day_first = lex_.day_first ? value(1) <= 12 : value(0) > 12;
    r.day = value(day_first ? 0 : 1);
    r.month = value(day_first ? 1 : 0);
    r.year = expand(value(2), size(2));
  }
  if (!valid_date(r.year, r.month, r.day)) return {};
  return made(i, end, Category::date, r);
}

Parse DateGrammar::month_expression(std::size_t i) const {
  DayRef r;
  std::size_t j = i;
  std::size_t e = 0;
  bool month_word = false;  // "el mes de enero"
  if (std::size_t n = role(j, kMonthWord)) {
    if (std::size_t m = role(j + n, kOf)) {
      j += n + m;
      month_word = true;
    }
  }
  bool modified = modifier_at(j, true, r.relation);  // "el próximo junio"
  int month = month_at(j, e, true);
  if (!month) return {};
  std::size_t unused = 0;
  bool needs_context = month_at(j, unused, false) == 0;
  r.month = month;
  j = e;
  if (!modified) modified = modifier_at(j, false, r.relation);  // "julio pasado"
  bool has_year = !modified && year_part_at(j, e, r);
  if (has_year) j = e;
  if (!has_year && !modified && !month_word) {  // "Mayo veintiuno", "July 13, 2025"
    std::size_t day_end = 0;
    int day = day_at(j, day_end);
    bool with_year = day && year_part_at(day_end, e, r);
    // Digits after a month without a year may count something ("junio 30 soldados").
    if (day && (with_year || (!t_.is_digits(j) && ends_bare(day_end))) &&
        valid_date(2000, month, day)) {
      r.day = day;
      return made(i, with_year ? e : day_end, Category::date, r);
    }
    r.year = 0;
  }
  if (needs_context && !modified && !month_word && !has_year) return {};  // "el mar", "tercer set"
  if (modified) {
    r.relative = true;
    r.unit = "monthname";
  }
  Parse p = made(i, j, Category::date_range, r);
  p.takes_article = month_word;
  return p;
}

Parse DateGrammar::year_expression(std::size_t i) const {
  std::size_t e = 0;
  // "el año 2024", "año dos mil sesenta y siete": the word belongs to the span.
  if (std::size_t n = role(i, kYearWord)) {
    DayRef r;
    r.year = year_at(i + n, e, false);
    if (!r.year || numbers_.count_noun_at(e)) return {};
    Parse p = made(i, e, Category::date_range, r);
    p.takes_article = true;
    return p;
  }
  // "en 2024", "desde 2022", "hasta 2037": the word announces a year and
  // stays out; other four-digit numbers are left to the numbers stage.
  std::size_t n = role(i, kYearCue);
  if (!n) return {};
  std::size_t j = skip_article(i + n);
  DayRef r;
  r.year = year_at(j, e, false);
  if (!r.year || r.year < 1900 || r.year > 2099 || numbers_.count_noun_at(e)) return {};
  return made(j, e, Category::date_range, r);
}

Parse DateGrammar::weekday_expression(std::size_t i) const {
  DayRef r;
  std::size_t j = i;
  std::size_t e = 0;
  bool modified = modifier_at(j, true, r.relation);  // "el próximo domingo"
  int weekday = weekday_at(j, e, false);
  if (!weekday) return {};
  r.weekday = weekday;
  j = e;
  if (!modified) modified = modifier_at(j, false, r.relation);  // "el domingo pasado"
  Relation relation;
  TimeUnit unit;
  std::size_t of = modified ? 0 : role(j, kOf);
  if (of && relative_period_at(j + of, e, relation, unit) && unit.unit == "W") {
    r.relative = true;  // "el viernes de esta semana", "domingo de la semana que viene"
    r.relation = relation;
    r.unit = "week";
    return made(i, e, Category::date, r);
  }
  if (modified) {
    r.relative = true;
    r.unit = "weekday";
  }
  Parse p = made(i, j, Category::date, r);
  bool habit = !modified && i > 0 && role(i - 1, kPlural) == 1;  // "los lunes"
  if (habit) p.category = Category::set;
  return p;
}

Parse DateGrammar::season_expression(std::size_t i) const {
  DayRef r;
  std::size_t j = i;
  std::size_t e = 0;
  bool modified = modifier_at(j, true, r.relation);  // "la próxima primavera"
  auto season = lex_.seasons.longest(t_, j);
  if (!season) return {};
  r.season = *season.value;
  j += season.tokens;
  if (!modified) modified = modifier_at(j, false, r.relation);
  if (modified) {  // "este verano": of this year; "la próxima primavera"
    r.relative = true;
    r.unit = r.relation == Relation::this_ ? "year" : "season";
  } else if (year_part_at(j, e, r) || (t_.is_digits(j) && year_part_at(j, e, r))) {
    j = e;
  }
  Parse p = made(i, j, Category::date_range, r);
  p.takes_article = !modified;  // "el verano", but "la próxima primavera"
  return p;
}

Parse DateGrammar::decade(std::size_t i) const {
  // "los años 70", "la década de 1970", "los años setenta"; "los noventa"
  // only when no noun follows ("los noventa soldados" is a number).
  std::size_t n = role(i, kDecade);
  bool article_only = !n && role(i, kPlural) == 1;
  if (!n && !article_only) return {};
  std::size_t j = i + (n ? n : 1);
  numbers::Quantity q = numbers_.read_cardinal(j);
  if (!q || !q.integer || q.value < 10 || (article_only && (q.digits || !ends_bare(q.end))))
    return {};
  int year = static_cast<int>(q.value);
  if (year < 100) year += 1900;  // "los años 70"
  if (year % 10 != 0 || year < 1000 || year > 2990 ||
      (q.digits && q.value >= 100 && t_.surface(j).size() != 4))
    return {};
  return Parse::of(i, q.end, Category::date_range, std::to_string(year / 10));
}

Parse DateGrammar::holiday(std::size_t i) const {
  auto h = lex_.holidays.longest(t_, i);
  if (!h) return {};
  Parse p = Parse::of(i, i + h.tokens, Category::date, *h.value);
  DayRef year;
  std::size_t e = 0;
  // "Navidad de 2016", "el día de la madre 2016", "Navidad del próximo año"
  if (year_part_at(p.end, e, year) || (t_.is_digits(p.end) && year_part_at(p.end, e, year))) {
    std::string below = p.value.substr(4);
    if (year.year) p.value = four_digits(year.year) + below;
    if (year.relative)
      p.value = "UNDEF-" + std::string(relation_name(year.relation)) + "-year" + below;
    p.end = e;
  }
  return p;
}

Parse DateGrammar::period_of_day(std::size_t i) const {
  auto unit = lex_.units.longest(t_, i);
  if (!unit || unit.value->amount != 1 || (unit.value->unit != "W" && unit.value->unit != "M"))
    return {};
  std::size_t j = i + unit.tokens;
  std::size_t of = role(j, kOf);
  if (!of) return {};
  j += of;
  Parse day = calendar_date(j);
  std::size_t e = 0;
  if (!day || day.ref.month == 0) {
    int bare = t_.is_digits(j) ? day_at(j, e) : 0;  // "la semana del 18"
    if (!bare || !ends_bare(e)) return {};
    DayRef r;
    r.day = bare;
    day = made(j, e, Category::date, r);
  }
  if (!day.ref.day) return {};
  Parse p = made(i, day.end, Category::date_range, day.ref);
  p.period_of_day = unit.value->unit == "W" ? "week" : "month";
  p.takes_article = true;
  return p;
}

Parse DateGrammar::nth_in_period(std::size_t i) const {
  numbers::Quantity nth = numbers_.ordinal_words(i);
  if (!nth) nth = numbers_.read_cardinal(i);
  if (!nth || !nth.ordinal || nth.value < 1 || nth.value > 53) return {};
  DayRef r;
  std::size_t j = nth.end;
  std::size_t e = 0;
  int weekday = weekday_at(j, e, false);
  auto unit = lex_.units.longest(t_, j);
  if (weekday) {
    r.weekday = weekday;
    r.nth = static_cast<int>(nth.value);
  } else if (unit && unit.value->unit == "W") {
    r.week = static_cast<int>(nth.value);
    e = j + unit.tokens;
  } else if (unit && unit.value->unit == "M" && unit.value->amount == 3 && nth.value <= 4) {
    r.quarter = static_cast<int>(nth.value);
    e = j + unit.tokens;
  } else if (nth.value <= 4 && role(j, kQuarter) == 1) {  // "el tercer cuarto (de 2016)"
    r.quarter = static_cast<int>(nth.value);
    e = j + 1;
  } else if (unit && unit.value->unit == "M" && unit.value->amount == 6 && nth.value <= 2) {
    r.half = static_cast<int>(nth.value);  // "el segundo semestre"
    e = j + unit.tokens;
  } else {
    return {};
  }
  j = e;
  std::size_t of = role(j, kOf);
  Relation relation;
  TimeUnit period;
  if (!of) {
    if (r.week) return {};  // "la tercera semana" alone says nothing of a date
    Parse p = made(i, j, Category::date_range, r);
    p.takes_article = true;
    return p;
  }
  j += of;
  if (int month = r.quarter ? 0 : month_at(j, e, true)) {  // "el primer viernes de julio"
    r.month = month;
    j = e;
    if (year_part_at(j, e, r)) j = e;
  } else if (relative_period_at(j, e, relation, period) && period.amount == 1 &&
             (period.unit == "M" || period.unit == "Y")) {
    r.relative = true;  // "de este mes", "del próximo año"
    r.relation = relation;
    r.unit = period.unit == "M" ? "month" : "year";
    j = e;
  } else if (int year = year_at(skip_article(j), e, false)) {  // "de 2016", "del 2027"
    r.year = year;
    j = e;
  } else {
    return {};
  }
  if (r.weekday && !r.month && !(r.relative && r.unit == "month")) return {};
  Parse p = made(i, j, r.weekday ? Category::date : Category::date_range, r);
  p.takes_article = true;
  return p;
}

}  // namespace cadena::dates
