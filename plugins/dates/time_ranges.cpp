// Ranges of clock times: "de 5 a 6pm", "entre las 4 y las 6 de la tarde",
// "4pm-5pm", "desde las 11 p. m. hasta las 3"; and the same on a day: "de 5
// a 6 del 22 de abril", "hoy de cinco a siete", "desde las 4pm de hoy hasta
// las 5pm de mañana". The value is an ISO 8601 interval of the two ends:
// "T17/T18", "UNDEF-this-dayT05/UNDEF-this-dayT07".
//
// Inside a range a bare number is an hour ("de 5 a 6pm"), but a range of
// bare numbers is one of times only next to a day: "de 5 a 6 años" and
// "entre 3 y 5 millones" are quantities, "de cinco a siete hoy" is a time.
#include <string>

#include "date_grammar.hpp"

namespace cadena::dates {
namespace {

constexpr int kDay = 24 * 60;

int minutes_of(const ClockTime& c) { return c.hour * 60 + (c.minute < 0 ? 0 : c.minute); }

// Minutes from a forward to b, in (0, kDay]: "de 11 p. m. a 3" ends the next day.
int forward(int a, int b) {
  int d = ((b - a) % kDay + kDay) % kDay;
  return d == 0 ? kDay : d;
}

// An hour from 1 to 12 that no word placed in the morning or the afternoon
// ("las 5") takes the half of the day that brings it nearest to the other
// end: "de 5 a 6pm" is 17-18, "de 11 am a 3" 11-15, "de 11 p. m. a 3" 23-03.
void settle(ClockTime& loose, int other, bool is_start) {
  if (loose.half_given || loose.hour < 1 || loose.hour > 12) return;
  ClockTime best = loose;
  int best_gap = kDay + 1;
  for (int hour : {loose.hour % 12, loose.hour % 12 + 12}) {
    ClockTime c = loose;
    c.hour = hour;
    int gap = is_start ? forward(minutes_of(c), other) : forward(other, minutes_of(c));
    if (gap < best_gap) {
      best = c;
      best_gap = gap;
    }
  }
  loose = best;
}

// The value of a day without a time of it: "UNDEF-this-day", "XXXX-04-22".
bool is_plain_day(const Parse& p) {
  return p && p.category == Category::date && p.clock.hour < 0 &&
         p.value.find('T') == std::string::npos && p.value.find("_REF") == std::string::npos &&
         p.value.find('/') == std::string::npos;
}

}  // namespace

bool DateGrammar::range_end_at(std::size_t i, ClockTime& c, std::size_t& end, bool& marked,
                               bool plus_minutes) const {
  std::size_t begin = 0;
  c = ClockTime{};
  marked = clock_at(i, c, begin, end, plus_minutes);
  if (marked) return true;
  c = ClockTime{};
  std::size_t j = i + role(i, kAt);  // "las 5"
  if (t_.is_digits(j)) {
    std::string_view d = t_.surface(j);
    if ((t_.attached(j) && (t_.is_word(j - 1) || t_.is_digits(j - 1))) || d.size() > 2)
      return false;
    c.hour = std::stoi(std::string(d));
    ++j;
    // "de 23.00-3.00", "de 10.30 a 12.30": minutes after a period, which a
    // range makes a time (Spain writes decimals with a comma; "1.300" has
    // three digits)
    if (t_.is_symbol(j, ".") && t_.attached(j) && t_.attached(j + 1) &&
        two_digit_field(t_, j + 1) >= 0) {
      c.minute = two_digit_field(t_, j + 1);
      marked = true;
      j += 2;
    } else if (numbers::Quantity q = numbers_.read_cardinal(j - 1); q && q.end > j) {
      return false;  // "entre 3 y 5 millones"
    }
  } else {
    numbers::Quantity q = numbers_.read_cardinal(j);
    if (!q || q.digits || !q.integer || q.article_only || q.value > 24) return false;
    c.hour = static_cast<int>(q.value);
    j = q.end;
    numbers::Quantity m = numbers_.read_cardinal(j);  // "cinco treinta"
    if (m && !m.digits && m.integer && m.value >= 1 && m.value < 60) {
      c.minute = static_cast<int>(m.value);
      j = m.end;
    }
  }
  // "de 1.30-3.30 pm": the part of the day a clock time would have read
  if (auto part = lex_.parts_of_day.longest(t_, j)) {
    if (c.hour < 12) c.hour += part.value->add_hours;
    c.half_given = true;
    marked = true;
    j += part.tokens;
  }
  // "de 5 a 6 años", "de 2 a 3 personas": a quantity, not an hour
  if (c.hour > 24 || c.minute > 59 || lex_.units.longest(t_, j) || numbers_.count_noun_at(j))
    return false;
  end = j;
  return true;
}

Parse DateGrammar::day_after(std::size_t i) const {
  std::size_t j = skip_comma(i);
  j += role(j, kOf);  // "del 22 de abril", "de hoy"
  Parse day = date_at(j);
  return is_plain_day(day) ? day : Parse{};
}

bool DateGrammar::dated_end_at(std::size_t i, RangeEnd& e, bool plus_minutes) const {
  e = RangeEnd{};
  if (range_end_at(i, e.clock, e.end, e.marked, plus_minutes)) {
    e.day = day_after(e.end);  // "las 4pm de hoy"
    return true;
  }
  // "hoy a las 4", "el miércoles siguiente a las 5": a day, then its time
  Parse day = date_at(i);
  if (!is_plain_day(day)) return false;
  std::size_t j = skip_comma(day.end);
  std::size_t begin = 0;
  if (!role(j, kAt) || !clock_at(j, e.clock, begin, e.end, plus_minutes)) return false;
  e.marked = true;
  e.day = day;
  e.day_first = true;
  return true;
}

Parse DateGrammar::time_range(std::size_t i, bool day_before) const {
  auto opener = lex_.ranges.longest(t_, i);
  std::size_t j = opener ? i + opener.tokens : i;
  const std::vector<std::string>* closers = opener ? opener.value : nullptr;
  // The first end, and the joint after it. In "entre las 5 y las 6" the "y"
  // is the joint, not minutes ("las 5 y 10"): a reading with minutes that
  // leaves no joint is read again without them. A day after the first end
  // may belong to it ("desde las 4pm de hoy hasta las 5pm de mañana") or to
  // the whole range ("de 5 a 6 del lunes", read after the second end).
  RangeEnd from;
  RangeEnd to;
  std::size_t joint = 0;
  std::size_t k = 0;
  for (bool plus_minutes : {true, false}) {
    if (!dated_end_at(j, from, plus_minutes)) return {};
    k = from.day && !from.day_first ? from.day.end : from.end;
    joint = range_joint(k, closers);
    if (!joint && from.day && !from.day_first) {
      from.day = Parse{};
      k = from.end;
      joint = range_joint(k, closers);
    }
    if (joint) break;
  }
  if (!joint) return {};
  if (!opener && !from.marked) return {};  // "el 2-1" is a score
  if (!dated_end_at(k + joint, to, true)) return {};
  if (to.day && !to.day_first) to.end = to.day.end;
  if (from.day && !to.day) return {};  // "de las 4 de hoy a las 5": a day for each end or for both
  if (!from.marked && !to.marked && !day_before && !to.day) return {};

  // Ends on days of their own keep their clocks: "de 2:00pm, 2016-2-21 a 3:32, 04/23/2016".
  if (!from.day) {
    if (from.clock.half_given || from.clock.hour > 12)
      settle(to.clock, minutes_of(from.clock), false);
    else if (to.clock.half_given || to.clock.hour > 12)
      settle(from.clock, minutes_of(to.clock), true);
    else
      settle(to.clock, minutes_of(from.clock), false);
    if (minutes_of(from.clock) == minutes_of(to.clock)) return {};  // "de 5 a 5"
  }

  Parse p;
  p.begin = i;
  p.end = to.end;
  p.category = Category::time_range;
  p.value = from.clock.render() + "/" + to.clock.render();
  if (to.day) {
    const Parse& first_day = from.day ? from.day : to.day;
    p.value = first_day.value + from.clock.render() + "/" + to.day.value + to.clock.render();
    p.category = Category::date_time_range;
  }
  return p;
}

void DateGrammar::join_day_and_time_range(Parse& day) const {
  if (!is_plain_day(day)) return;
  std::size_t j = skip_comma(day.end);
  Parse range = time_range(j, true);
  if (!range || range.category != Category::time_range) return;
  std::size_t slash = range.value.find('/');
  day.value = day.value + range.value.substr(0, slash) + "/" + day.value +
              range.value.substr(slash + 1);
  day.end = range.end;
  day.category = Category::date_time_range;
}

}  // namespace cadena::dates
