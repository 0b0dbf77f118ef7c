// Times of the day: "a las 18.30 h", "las 8 de la tarde", "7:56:30 pm",
// "las ocho y media", "9pm menos cuarto", "por la tarde a las 7", "340pm",
// "20 min pasadas las ocho", "3 minutos para las ocho". A bare number is no
// time: it needs "a las", a colon, a part of the day, minutes in words, or
// an hour mark after minutes ("18.30 h"); "3 h" alone is a duration.
#include "calendar.hpp"
#include "date_grammar.hpp"

namespace cadena::dates {

int two_digit_field(const TokenizedText& t, std::size_t i) {
  if (!t.is_digits(i) || t.surface(i).size() != 2) return -1;
  return std::stoi(std::string(t.surface(i)));
}

std::string ClockTime::render() const {
  std::string v = "T" + two_digits(hour);
  if (minute >= 0) v += ":" + two_digits(minute);
  if (second >= 0) v += ":" + two_digits(second);
  return v;
}

std::size_t DateGrammar::minutes_after_hour(std::size_t i, ClockTime& clock) const {
  std::size_t plus = role(i, kPlus);
  std::size_t minus = plus ? 0 : role(i, kMinus);
  if (!plus && !minus) return i;
  std::size_t k = i + plus + minus;
  int minutes = -1;
  std::size_t end = k;
  if (std::size_t n = role(k, kHalf)) {
    minutes = 30;
    end = k + n;
  } else if (std::size_t q = role(k, kQuarter)) {
    minutes = 15;
    end = k + q;
  } else if (numbers::Quantity m = numbers_.read_cardinal(k);
             m && m.integer && m.value >= 1 && m.value < 60) {
    minutes = static_cast<int>(m.value);
    end = m.end;
  }
  if (minutes < 0) return i;
  clock.minute = minus ? 60 - minutes : minutes;
  if (minus) clock.hour = clock.hour == 0 ? 23 : clock.hour - 1;
  return end;
}

bool DateGrammar::clock_at(std::size_t i, ClockTime& c, std::size_t& begin, std::size_t& end,
                           bool plus_minutes) const {
  std::size_t j = i;
  begin = i;
  // "por la tarde a las 7": the part of the day comes first.
  auto part = lex_.parts_of_day.longest(t_, j);
  bool part_first = part && !part.value->clock_only && role(j + part.tokens, kAt);
  if (part_first) j += part.tokens;
  std::size_t at = role(j, kAt);
  j += at;
  if (!part_first) begin = j;

  bool spelled = false;
  bool compact = false;  // "340pm"
  if (t_.is_digits(j)) {
    std::string_view d = t_.surface(j);
    if ((t_.attached(j) && (t_.is_word(j - 1) || t_.is_digits(j - 1))) || d.size() > 4)
      return false;
    int v = std::stoi(std::string(d));
    compact = d.size() > 2;
    c.hour = compact ? v / 100 : v;
    if (compact) c.minute = v % 100;
    ++j;
  } else {
    numbers::Quantity q = numbers_.read_cardinal(j);
    if (!q || q.digits || !q.integer || q.value > 24 || (q.article_only && !at)) return false;
    c.hour = static_cast<int>(q.value);
    j = q.end;
    spelled = true;
  }
  if (c.hour > 24) return false;
  std::size_t hour_end = j;
  // "las 10.000 tropas", "las 3,5 toneladas": the digits begin a longer numeral
  bool numeral_goes_on = (t_.is_symbol(j, ".") || t_.is_symbol(j, ",")) && t_.attached(j) &&
                         t_.attached(j + 1) && t_.is_digits(j + 1) && t_.surface(j + 1).size() != 2;
  if (!compact && !spelled && numeral_goes_on) return false;
  bool colon = false;
  bool dot_minutes = false;
  bool mark_minutes = false;
  if (!compact && (t_.is_symbol(j, ":") || t_.is_symbol(j, ".")) && t_.attached(j) &&
      t_.attached(j + 1) && two_digit_field(t_, j + 1) >= 0) {  // "18:30", "18.30"
    colon = t_.is_symbol(j, ":");
    dot_minutes = !colon;
    c.minute = two_digit_field(t_, j + 1);
    j += 2;
    if (colon && t_.is_symbol(j, ":") && t_.attached(j) && two_digit_field(t_, j + 1) >= 0) {
      c.second = two_digit_field(t_, j + 1);
      j += 2;
    }
  } else if (!compact && role(j, kHour) && two_digit_field(t_, j + 1) >= 0) {  // "7h01", "10 H 10"
    c.minute = two_digit_field(t_, j + 1);
    mark_minutes = true;
    j += 2;
  } else if (spelled) {  // "siete treinta y cinco"
    numbers::Quantity m = numbers_.read_cardinal(j);
    if (m && !m.digits && m.integer && m.value >= 1 && m.value < 60) {
      c.minute = static_cast<int>(m.value);
      j = m.end;
    }
  }
  std::size_t mark = role(j, kHour);
  j += mark;
  // A part of the day may come before or after the minutes in words:
  // "8pm y media", "siete y media de la tarde".
  auto part_after = lex_.parts_of_day.longest(t_, j);
  if (part_after) j += part_after.tokens;
  std::size_t told = c.minute < 0 && (plus_minutes || !role(j, kPlus)) ? minutes_after_hour(j, c) : j;
  bool in_words = told != j;
  j = told;
  // "8pm de la tarde": a second part of the day says it again
  for (auto again = lex_.parts_of_day.longest(t_, j); again;
       again = lex_.parts_of_day.longest(t_, j)) {
    if (!part_after) part_after = again;
    j += again.tokens;
  }
  std::size_t oclock = role(j, kOclock);
  j += oclock;
  if (part_first && !part_after) part_after = part;
  bool is_time = at || colon || part_after || oclock || ((mark || mark_minutes) && c.minute >= 0) ||
                 (in_words && spelled);
  if (!is_time || (dot_minutes && !at && !mark) || (compact && !part_after)) return false;
  // "en las 3 semanas", "las 3 personas": the article of a quantity
  bool only_at = !colon && !part_after && !oclock && !in_words && !mark && c.minute < 0;
  if (only_at && (lex_.units.longest(t_, hour_end) || numbers_.count_noun_at(hour_end)))
    return false;
  if (c.minute > 59 || c.second > 59) return false;
  if (part_after && c.hour < 12) c.hour += part_after.value->add_hours;
  c.half_given = static_cast<bool>(part_after);
  end = j;
  return true;
}

bool DateGrammar::minutes_to_hour(std::size_t i, ClockTime& c, std::size_t& end) const {
  int minutes = -1;
  std::size_t j = i;
  if (std::size_t q = role(i, kQuarter)) {  // "cuarto pasadas las ocho"
    minutes = 15;
    j += q;
  } else if (numbers::Quantity m = numbers_.read_cardinal(i);
             m && m.integer && m.value >= 1 && m.value < 60) {
    auto unit = lex_.units.longest(t_, m.end);
    if (!unit || unit.value->unit != "TM") return false;
    minutes = static_cast<int>(m.value);
    j = m.end + unit.tokens;
  } else {
    return false;
  }
  std::size_t past = role(j, kPast);
  std::size_t till = past ? 0 : role(j, kTill);
  if (!past && !till) return false;
  std::size_t begin = 0;
  if (!clock_at(j + past + till, c, begin, end)) return false;
  int total = c.hour * 60 + (c.minute < 0 ? 0 : c.minute) + (past ? minutes : -minutes);
  total = (total + 24 * 60) % (24 * 60);
  c.hour = total / 60;
  c.minute = total % 60;
  return true;
}

Parse DateGrammar::clock_time(std::size_t i) const {
  ClockTime c;
  std::size_t begin = i;
  std::size_t end = 0;
  bool read = minutes_to_hour(i, c, end);
  if (!read) {
    c = ClockTime{};  // what the failed reading filled in
    read = clock_at(i, c, begin, end);
  }
  if (read) {
    Parse p = Parse::of(begin, end, Category::time, c.render());
    p.clock = c;
    return p;
  }
  // "por la mañana": a part of the day only, a range of its hours
  auto part = lex_.parts_of_day.longest(t_, i);
  if (!part || part.value->clock_only) return {};
  return Parse::of(i, i + part.tokens, Category::time_range, "T" + part.value->part);
}

}  // namespace cadena::dates
