// Expressions made of others: durations ("tres días"), sets ("cada martes",
// "todos los días a las 3pm"), ranges ("del 4 al 22 de enero", "entre 2014 y
// 2018"), a date with its time ("mañana a las 18.30"), and parse(), which
// takes the longest reading at a token.
#include <cctype>
#include <cmath>

#include "date_grammar.hpp"

namespace cadena::dates {
namespace {

bool is_date(const Parse& p) {
  return p && (p.category == Category::date || p.category == Category::date_range);
}

}  // namespace

const char* Parse::type() const {
  switch (category) {
    case Category::time:
    case Category::date_time:
    case Category::time_range:
    case Category::date_time_range:
      return "TIME";
    case Category::duration:
      return "DURATION";
    case Category::set:
      return "SET";
    default:
      return "DATE";
  }
}

const char* category_name(Category c) {
  switch (c) {
    case Category::date:
      return "date";
    case Category::date_range:
      return "daterange";
    case Category::time:
      return "time";
    case Category::date_time:
      return "datetime";
    case Category::duration:
      return "duration";
    case Category::set:
      return "set";
    case Category::time_range:
      return "timerange";
    case Category::date_time_range:
      return "datetimerange";
  }
  return "";
}

DateGrammar::DateGrammar(const TokenizedText& text, const DateLexicon& lexicon)
    : t_(text),
      lex_(lexicon),
      numbers_(text, lexicon.numbers, numbers::decide_decimal(text, lexicon.numbers)),
      content_(text.size()) {
  for (std::size_t i = 0; i < text.size(); ++i)
    content_[i] =
        text.is_digits(i) || (text.is_word(i) && lexicon.content_words.count(text.folded(i)));
}

bool DateGrammar::may_start(std::size_t i) const {
  constexpr std::size_t kReach = 4;  // "a la tarde": content within four tokens
  if (content_[i]) return true;
  if (!t_.is_word(i) || !lex_.function_starters.count(t_.folded(i))) return false;
  for (std::size_t k = i + 1; k < t_.size() && k <= i + kReach; ++k)
    if (content_[k]) return true;
  return false;
}

bool DateGrammar::amount_of_unit(std::size_t i, std::size_t& end, double& amount,
                                 TimeUnit& unit) const {
  std::size_t j = i;
  amount = 1;
  bool counted = false;
  if (t_.is_digits(j) && t_.is_word(j + 1) && t_.attached(j + 1) && lex_.units.longest(t_, j + 1)) {
    amount = std::stod(std::string(t_.surface(j)));  // "3días", "3h"
    counted = true;
    ++j;
  } else if (numbers::Quantity q = numbers_.read(j); q && !q.ordinal && q.value > 0) {
    amount = q.value;  // "tres", "3,5", "un", "una"
    counted = true;
    j = q.end;
  }
  auto u = lex_.units.longest(t_, j);
  if (!u || u.value->unit == "WE") return false;
  // "un segundo diálogo": an ordinal before a noun, not a second of time
  const numbers::OrdinalWord* ordinal = lex_.numbers.ordinals.word(t_.folded(j));
  if (ordinal && ordinal->ambiguous && t_.is_word(j + u.tokens) && !t_[j + u.tokens].capitalized)
    return false;
  j += u.tokens;
  std::size_t plus = role(j, kPlus);
  if (std::size_t half = plus ? role(j + plus, kHalf) : 0) {  // "un año y medio", "mes y medio"
    amount += 0.5;
    j += plus + half;
  } else if (!counted) {
    return false;
  }
  unit = *u.value;
  end = j;
  return true;
}

Parse DateGrammar::duration(std::size_t i) const {
  std::size_t end = 0;
  double amount = 0;
  TimeUnit unit;
  if (!amount_of_unit(i, end, amount, unit)) return {};
  return Parse::of(i, end, Category::duration, unit.duration(amount));
}

Parse DateGrammar::set_expression(std::size_t i) const {
  std::size_t n = role(i, kEach);
  if (!n) return {};
  std::size_t j = i + n;
  std::size_t end = 0;
  double amount = 0;
  TimeUnit unit;
  Parse p;
  p.begin = i;
  p.category = Category::set;
  bool daily = false;
  if (int weekday = weekday_at(j, end, false)) {  // "cada martes", "todos los lunes"
    p.value = "XXXX-WXX-" + std::to_string(weekday);
  } else if (amount_of_unit(j, end, amount, unit)) {  // "cada dos días"
    p.value = unit.duration(amount);
  } else if (auto u = lex_.units.longest(t_, j); u && u.value->unit != "WE") {  // "cada mes"
    end = j + u.tokens;
    p.value = u.value->duration(1);
    daily = u.value->unit == "D" && u.value->amount == 1;
  } else if (Parse date = numeric_date(j);
             date && date.category == Category::date) {  // "cada 15/4"
    end = date.end;
    p.value = date.value;
  } else {
    return {};
  }
  p.end = end;
  Parse time = clock_time(skip_comma(end));
  if (time && std::isdigit(static_cast<unsigned char>(time.value[1]))) {
    // "cada lunes a las 4pm" = XXXX-WXX-1T16; "todos los días a las 3pm" = T15
    p.value = daily ? time.value : p.value + time.value;
    p.end = time.end;
  }
  return p;
}

Parse DateGrammar::date_at(std::size_t i) const {
  std::size_t j = skip_article(i);
  Parse best;
  for (Parse p : {calendar_date(j), numeric_date(j), month_expression(j), weekday_expression(j),
                  season_expression(j), holiday(j), nth_in_period(j), period_of_day(j),
                  relative_unit(j), decade(i),
                  fixed_expression(i)})
    if (is_date(p) && p.end > best.end) best = p;
  if (best.takes_article && best.begin == j) best.begin = i;  // "el año pasado"
  return best;
}

Parse DateGrammar::date_or_year_at(std::size_t i) const {
  Parse date = date_at(i);
  if (date) return date;
  std::size_t j = skip_article(i);
  std::size_t e = 0;
  DayRef year;
  if (!t_.is_digits(j) || !(year.year = year_at(j, e, false))) return {};
  Parse p = Parse::of(j, e, Category::date_range, year.render());
  p.ref = year;
  p.has_ref = true;
  return p;
}

std::size_t DateGrammar::range_joint(std::size_t k,
                                     const std::vector<std::string>* closers) const {
  if (closers && t_.is_word(k))
    for (const std::string& closer : *closers)
      if (t_.folded(k) == closer) return 1;
  if (!closers && role(k, kTo)) return role(k, kTo);
  return t_.is_symbol(k, "-") || t_.is_symbol(k, "\u2013") ? 1 : 0;
}

Parse DateGrammar::range(std::size_t i) const {
  auto opener = lex_.ranges.longest(t_, i);
  std::size_t j = opener ? skip_article(i + opener.tokens) : i;
  // The first end may be a bare day that takes its month from the second:
  // "del 4 al 22 de enero", "entre el 3 y el 12 de Sept", "19-20 de Noviembre".
  Parse first = date_or_year_at(j);
  int bare_day = 0;
  if (!first || (first.has_ref && !first.ref.month && !first.ref.relative && first.ref.day)) {
    std::size_t e = 0;
    bare_day = day_at(j, e);
    if (bare_day) {
      first = Parse{};
      first.begin = j;
      first.end = e;
    }
  }
  if (!first) return {};
  std::size_t k = first.end;
  std::size_t joint = range_joint(k, opener ? opener.value : nullptr);
  if (!joint) return {};
  Parse second = date_or_year_at(k + joint);
  if (!second) return {};
  if (bare_day) {
    if (!second.has_ref || !(second.ref.month || second.ref.relative) || !second.ref.day) return {};
    DayRef from = second.ref;
    from.day = bare_day;
    from.weekday = 0;
    first.value = from.render();
  }
  Parse p;
  p.begin = opener ? i : first.begin;
  p.end = second.end;
  p.category = Category::date_range;
  p.value = first.value + "/" + second.value;
  return p;
}

Parse DateGrammar::period_part(std::size_t i) const {
  auto part = lex_.period_parts.longest(t_, i);
  if (!part) return {};
  // "a finales de junio", "a principios de 2024": part of a period;
  // "antes de las 4pm", "después del 7/2": the time before or after a moment.
  const std::string& mod = *part.value;
  bool within = mod == "START" || mod == "MID" || mod == "END";
  std::size_t j = i + part.tokens;
  Parse inner = within ? date_or_year_at(j) : longest_at(j);
  if (!inner && !within) inner = date_or_year_at(j);
  if (!inner || inner.category == Category::duration || inner.category == Category::set) return {};
  inner.begin = i;
  if (within) inner.category = Category::date_range;
  inner.mod = mod;
  return inner;
}

void DateGrammar::join_date_and_time(Parse& first) const {
  // What of a value is the day and what the time of it: "UNDEF-this-dayTNI".
  auto day_of = [](const Parse& p) { return p.value.substr(0, p.value.find('T')); };
  auto part_of = [](const Parse& p) {
    std::size_t t = p.value.find('T');
    return t == std::string::npos || p.clock.hour >= 0 ? std::string() : p.value.substr(t + 1);
  };
  auto is_day = [&](const Parse& p) {
    bool kind = p.category == Category::date || p.category == Category::time ||
                p.category == Category::date_time || p.category == Category::date_time_range;
    // A moment counted from now ("hace 45 minutos") has its time already.
    return kind && p.clock.hour < 0 && !day_of(p).empty() &&
           p.value.find("_REF") == std::string::npos && p.value.find("UNDEF-NOW") == std::string::npos;
  };
  bool time_first = first.clock.hour >= 0;
  if (!time_first && !is_day(first)) return;
  std::size_t j = first.end;
  if (t_.is_symbol(j, ",")) ++j;
  if (time_first) j += role(j, kOf);  // "8pm del 15", "siete menos cuarto de mañana"
  Parse second = time_first ? longest_at(j) : clock_time(j);
  std::size_t e = 0;
  if (time_first && !is_day(second) && t_.is_digits(j) && day_at(j, e) && ends_bare(e)) {
    DayRef day;  // "8pm del 15"
    day.day = day_at(j, e);
    second = Parse{};
    second.end = e;
    second.value = day.render();
  }
  bool part_only = !time_first && second && second.clock.hour < 0;  // "mañana por la mañana"
  bool is_clock_or_part =
      second.category == Category::time || second.category == Category::time_range;
  if (!second || (time_first ? !is_day(second) : !is_clock_or_part)) return;
  const Parse& day = time_first ? second : first;
  ClockTime clock = time_first ? first.clock : second.clock;
  std::size_t end = second.end;
  // The part of the day sets the hour: "a las 10 esta noche", "7:00 el
  // domingo a la tarde".
  std::string part = part_of(day);
  auto after = lex_.parts_of_day.longest(t_, end);
  if (part.empty() && after && !part_only) {
    part = after.value->part;
    end += after.tokens;
  }
  if (clock.hour >= 1 && clock.hour < 12 && lex_.hours_added_by(part) > 0)
    clock.hour += lex_.hours_added_by(part);
  first.value = day_of(day) + (part_only ? second.value : clock.render());
  first.end = end;
  first.category = part_only ? Category::date_time_range : Category::date_time;
  first.clock = clock;
}

Parse DateGrammar::longest_at(std::size_t i) const {
  if (i == cached_at_) return cached_;
  Parse best;
  for (Parse p : {range(i), time_range(i, false), period_part(i), set_expression(i),
                  fixed_expression(i), shifted(i), clock_time(i), year_expression(i), date_at(i),
                  duration(i), relative_unit(i)})  // relative_unit: "las últimas 3 horas"
    if (p && p.end > best.end) best = p;
  join_date_and_time(best);
  join_day_and_time_range(best);
  // "en 2010 y después", "el lunes o más tarde": a modifier after the date.
  if (best && best.mod.empty() && best.category != Category::duration &&
      best.category != Category::set)
    if (auto suffix = lex_.period_suffixes.longest(t_, best.end);
        suffix && !t_.is_word(best.end + suffix.tokens) && !t_.is_digits(best.end + suffix.tokens)) {
      best.end += suffix.tokens;
      best.mod = *suffix.value;
    }
  cached_at_ = i;
  cached_ = best;
  return best;
}

Parse DateGrammar::parse(std::size_t i) const {
  if (!may_start(i)) return {};
  Parse here = longest_at(i);
  std::size_t article = role(i, kArticle);
  if (!article) return here;
  Parse after = longest_at(i + article);
  if (!after || after.end <= here.end) return here;
  if (after.takes_article) after.begin = i;
  return after;
}

}  // namespace cadena::dates
