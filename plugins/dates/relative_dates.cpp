// Dates relative to the reference date: the fixed expressions of the data
// ("hoy", "pasado mañana"), a unit with a modifier ("el año pasado", "los
// próximos 3 días") and a shift ("hace dos semanas", "dentro de tres días").
#include <cctype>
#include <cmath>

#include "date_grammar.hpp"

namespace cadena::dates {
namespace {

// The name a relative value gives a unit: "year" for año, "quarter" for
// trimestre; "" for units that have none (quincena, horas).
std::string unit_name(const TimeUnit& u) {
  if (u.unit == "WE") return "weekend";
  if (u.amount == 1) {
    if (u.unit == "D") return "day";
    if (u.unit == "W") return "week";
    if (u.unit == "M") return "month";
    if (u.unit == "Y") return "year";
  }
  if (u.unit == "M" && u.amount == 3) return "quarter";
  if (u.unit == "Y" && u.amount == 10) return "decade";
  if (u.unit == "Y" && u.amount == 100) return "century";
  return "";
}

// Hours, minutes and seconds are counted from the reference moment, not
// from the reference day ("hace 30 minutos", "las próximas 5 horas").
bool clock_unit(const TimeUnit& u) { return u.unit == "TH" || u.unit == "TM" || u.unit == "TS"; }

// The range of clock time before or after the reference moment, as
// Recognizers-Text reads "las últimas 3 horas" and "dentro de 5 horas".
std::string moment_range(bool plus, const std::string& duration) {
  return plus ? "UNDEF-NOW/UNDEF-NOW-PLUS-" + duration : "UNDEF-NOW-MINUS-" + duration + "/UNDEF-NOW";
}

Category category_of(const std::string& type) {
  if (type == "TIME") return Category::time;
  if (type == "DURATION") return Category::duration;
  if (type == "SET") return Category::set;
  return Category::date;
}

std::string shift(const std::string& unit, bool plus, long amount) {
  return "UNDEF-REF-" + unit + (plus ? "-PLUS-" : "-MINUS-") + std::to_string(amount);
}

}  // namespace

Parse DateGrammar::fixed_expression(std::size_t i) const {
  auto f = lex_.fixed.longest(t_, i);
  if (!f) return {};
  Parse p = Parse::of(i, i + f.tokens, category_of(f.value->type), f.value->value);
  // "ahora", "tan pronto como sea posible": a moment, not a clock time
  bool moment = p.value.size() > 4 && p.value.compare(p.value.size() - 4, 4, "_REF") == 0;
  if (moment && p.category == Category::time) p.category = Category::date_time;
  // "el resto del día": a range of date-times; "el resto del año": of dates
  bool range = p.value.find('/') != std::string::npos;
  if (range && p.category == Category::time) p.category = Category::date_time_range;
  if (range && p.category == Category::date) p.category = Category::date_range;
  // "al final del día": a day with its time
  std::size_t clock = p.value.find('T');
  if (!range && p.category == Category::time && clock != std::string::npos && clock > 0 &&
      std::isdigit(static_cast<unsigned char>(p.value[clock + 1])))
    p.category = Category::date_time;
  // "esta noche", "la tarde": a part of a day, a range of its hours
  std::size_t t = p.value.find('T');
  if (!moment && p.category == Category::time && t != std::string::npos &&
      std::isalpha(static_cast<unsigned char>(p.value[t + 1])))
    p.category = t == 0 ? Category::time_range : Category::date_time_range;
  return p;
}

Parse DateGrammar::relative_unit(std::size_t i) const {
  std::size_t j = i;
  auto before = lex_.modifiers.longest(t_, j);
  bool has_before = before && before.value->before;
  if (has_before) j += before.tokens;
  numbers::Quantity count = numbers_.read_cardinal(j);  // "los próximos 3 días"
  bool counted =
      count && count.integer && !count.article_only && count.value >= 1 && !count.ordinal;
  if (counted) {
    j = count.end;
  } else if (t_.is_digits(j) && t_.is_word(j + 1) && t_.attached(j + 1)) {
    count.value = std::stod(std::string(t_.surface(j)));  // "los anteriores 3mins"
    counted = count.value >= 1;
    j += counted ? 1 : 0;
  }
  if (has_before && before.value->counted != counted) return {};  // "los próximos días"
  auto unit = lex_.units.longest(t_, j);
  if (!unit) return {};
  if (clock_unit(*unit.value)) {
    // "los últimos 3 minutos", "la próxima hora", "3 minutos pasados": a
    // range ending or starting at the reference moment; the article stays out.
    j += unit.tokens;
    auto after = has_before ? decltype(before){} : lex_.modifiers.longest(t_, j);
    bool after_ok = after && after.value->after && after.value->counted == counted;
    Relation relation = has_before ? before.value->relation
                        : after_ok ? after.value->relation
                                   : Relation::this_;
    if (relation == Relation::this_) return {};
    if (after_ok) j += after.tokens;
    return Parse::of(i, j, Category::date_time_range,
                     moment_range(relation == Relation::next,
                                  unit.value->duration(counted ? count.value : 1)));
  }
  std::string name = unit_name(*unit.value);
  if (name.empty()) return {};
  j += unit.tokens;
  Relation relation = has_before ? before.value->relation : Relation::this_;
  auto after = has_before ? decltype(before){} : lex_.modifiers.longest(t_, j);
  if (after && after.value->after && after.value->counted == counted) {
    relation = after.value->relation;
    j += after.tokens;
  } else if (!has_before) {
    // "el fin de semana": this weekend
    bool article = i > 0 && role(i - 1, kArticle) == 1 && !role(i - 1, kPlural);
    if (!(article && unit.value->unit == "WE" && !counted)) return {};
  }
  Parse p;
  p.begin = i;
  p.end = j;
  p.takes_article = !counted;  // "el año pasado", but "los próximos 3 días"
  p.category = name == "day" ? Category::date : Category::date_range;
  if (!counted) {
    p.value = "UNDEF-" + std::string(relation_name(relation)) + "-" + name;
    return p;
  }
  if (relation == Relation::this_ || name == "weekend") return {};
  // "los próximos 3 días": from the day after the reference to three days
  // after it; "las últimas 3 semanas": from three weeks before it to it.
  std::string span = unit.value->duration(count.value);
  p.category = Category::date_range;
  p.value = relation == Relation::next ? "UNDEF-REF-day-PLUS-1/UNDEF-REF-day-PLUS-" + span
                                       : "UNDEF-REF-day-MINUS-" + span + "/UNDEF-this-day";
  return p;
}

Parse DateGrammar::shifted(std::size_t i) const {
  std::size_t n = role(i, kAgo);
  bool plus = false;
  if (!n) {
    n = role(i, kIn);
    plus = true;
  }
  if (!n) return {};
  std::size_t end = 0;
  double amount = 0;
  TimeUnit unit;
  if (!amount_of_unit(i + n, end, amount, unit)) return {};
  if (clock_unit(unit)) {
    // "hace 30 minutos": a moment; "dentro de 2 horas": the time until then.
    std::string duration = unit.duration(amount);
    return plus ? Parse::of(i, end, Category::date_time_range, moment_range(true, duration))
                : Parse::of(i, end, Category::date_time, "UNDEF-NOW-MINUS-" + duration);
  }
  TimeUnit one{unit.unit, 1};
  std::string name = unit_name(one);
  double total = amount * unit.amount;
  if (name.empty() || name == "weekend" || total != std::floor(total)) return {};
  return Parse::of(i, end, Category::date, shift(name, plus, static_cast<long>(total)));
}

}  // namespace cadena::dates
