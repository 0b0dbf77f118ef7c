#include "anchoring.hpp"

#include <cctype>
#include <cstdlib>
#include <vector>

namespace cadena::dates {
namespace {

std::vector<std::string> split(const std::string& s, char c) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t at = s.find(c, start);
    parts.push_back(s.substr(start, at - start));
    if (at == std::string::npos) return parts;
    start = at + 1;
  }
}

bool number(const std::string& s, int& out) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  out = std::atoi(s.c_str());
  return true;
}

int season_start(const std::string& season) {
  return season == "SP" ? 3 : season == "SU" ? 6 : season == "FA" ? 9 : season == "WI" ? 12 : 0;
}

// The date of the nth weekday of a month ("#1" of "XXXX-07-WXX-5-#1"), or an
// invalid date when the month has fewer.
CivilDate nth_weekday(int year, int month, int weekday, int nth) {
  CivilDate first{year, month, 1};
  int offset = (weekday - dates::weekday(first) + 7) % 7;
  CivilDate d = add_days(first, offset + 7L * (nth - 1));
  return d.month == month ? d : CivilDate{};
}

// What a year and the rest of a value below it give: "-04" -> "2025-04",
// "-04-13" -> "2025-04-13", "-07-WXX-5-#1" -> the date, "-SU" -> "2025-SU".
std::string with_year(int year, const std::string& below) {
  std::vector<std::string> f = split(below.substr(below.empty() ? 0 : 1), '-');
  int month = 0;
  int weekday = 0;
  int nth = 0;
  if (f.size() == 4 && number(f[0], month) && f[1] == "WXX" && number(f[2], weekday) &&
      f[3].size() > 1 && f[3][0] == '#' && number(f[3].substr(1), nth)) {
    CivilDate d = nth_weekday(year, month, weekday, nth);
    if (d.year) return iso(d);
  }
  return four_digits(year) + below;
}

// The year of "XXXX-<below>" in a sentence of `tense`: the last one not
// after the reference in the past, the next one not before it in the future,
// the reference's own otherwise. Compared by month, or by day when `day` is
// given.
int year_for(int month, int day, const CivilDate& ref, Tense tense) {
  auto key = [](int m, int d) { return m * 100 + d; };
  int mentioned = key(month, day);
  int now = key(ref.month, day ? ref.day : 0);
  if (tense == Tense::past && mentioned > now) return ref.year - 1;
  if (tense == Tense::future && mentioned < now) return ref.year + 1;
  return ref.year;
}

std::string anchor_x_form(const std::string& date, const CivilDate& ref, Tense tense) {
  std::string below = date.substr(4);  // after "XXXX"
  std::vector<std::string> f = split(below.substr(below.empty() ? 0 : 1), '-');
  int month = 0;
  int day = 0;
  if (f.size() == 2 && f[0] == "WXX") {  // "XXXX-WXX-2": the weekday by tense
    int wanted = 0;
    if (!number(f[1], wanted)) return date;
    int back = (weekday(ref) - wanted + 7) % 7;
    int ahead = (wanted - weekday(ref) + 7) % 7;
    long shift = tense == Tense::past     ? -back
                 : tense == Tense::future ? ahead
                 : back <= ahead          ? -back
                                          : ahead;
    return iso(add_days(ref, shift));
  }
  if (f.size() == 2 && f[0] == "XX" && number(f[1], day)) {  // "XXXX-XX-15": the month by tense
    CivilDate d{ref.year, ref.month, day};
    if (tense == Tense::past && day > ref.day) d = add_months(d, -1);
    if (tense == Tense::future && day < ref.day) d = add_months(d, 1);
    d.day = day;
    return valid_date(d.year, d.month, d.day) ? iso(d) : date;
  }
  if (f.empty()) return date;
  if (!number(f[0], month)) month = season_start(f[0]);
  if (!month) return date;
  if (f.size() == 2) number(f[1], day);
  return with_year(year_for(month, day, ref, tense), below);
}

// The reference moved by a TIMEX3 duration of days, weeks, months or years
// ("P3M"), at day precision; false for any other duration.
bool moved(const CivilDate& ref, const std::string& duration, int sign, CivilDate& out) {
  if (duration.size() < 3 || duration[0] != 'P') return false;
  int n = 0;
  if (!number(duration.substr(1, duration.size() - 2), n)) return false;
  switch (duration.back()) {
    case 'D':
      out = add_days(ref, sign * n);
      return true;
    case 'W':
      out = add_days(ref, 7L * sign * n);
      return true;
    case 'M':
      out = add_months(ref, sign * n);
      return true;
    case 'Y':
      out = add_months(ref, 12 * sign * n);
      return true;
  }
  return false;
}

std::string shifted(const CivilDate& ref, const std::string& unit, long n) {
  if (unit == "day") return iso(add_days(ref, n));
  if (unit == "week") return iso_week_string(iso_week(add_days(ref, 7 * n)));
  if (unit == "month") {
    CivilDate d = add_months(ref, static_cast<int>(n));
    return iso_month(d.year, d.month);
  }
  if (unit == "year") return four_digits(ref.year + static_cast<int>(n));
  return "";
}

std::string anchor_relative(const std::vector<std::string>& f, const CivilDate& ref) {
  // f: "UNDEF", relation, unit, rest...
  const std::string& relation = f[1];
  const std::string& unit = f[2];
  int step = relation == "next" ? 1 : relation == "last" ? -1 : 0;
  std::string rest;
  for (std::size_t i = 3; i < f.size(); ++i) rest += "-" + f[i];
  int value = 0;
  if (unit == "day") return iso(add_days(ref, step));
  if (unit == "week" || unit == "weekend") {
    IsoWeek w = iso_week(add_days(ref, 7L * step));
    if (unit == "weekend") return iso_week_string(w) + "-WE";
    if (f.size() == 4 && number(f[3], value)) return iso(add_days(monday_of(w), value - 1));
    return iso_week_string(w) + rest;
  }
  if (unit == "month") {
    CivilDate m = add_months({ref.year, ref.month, 1}, step);
    if (f.size() == 4 && number(f[3], value) && valid_date(m.year, m.month, value))
      return iso({m.year, m.month, value});
    return with_year(m.year, "-" + two_digits(m.month) + rest);
  }
  if (unit == "quarter") {
    int index = ref.year * 4 + (ref.month - 1) / 3 + step;
    return four_digits(index / 4) + "-Q" + std::to_string(index % 4 + 1);
  }
  if (unit == "year") return with_year(ref.year + step, rest);
  if (unit == "decade") return std::to_string(ref.year / 10 + step);
  if (unit == "century") return std::to_string(ref.year / 100 + step);
  if (unit == "weekday" && f.size() == 4 && number(f[3], value)) {
    int today = weekday(ref);
    long shift = step > 0   ? (value - today + 6) % 7 + 1
                 : step < 0 ? -((today - value + 6) % 7 + 1)
                            : value - today;
    return iso(add_days(ref, shift));
  }
  if (unit == "monthname" && f.size() == 4 && number(f[3], value)) {
    int year = ref.year + (step > 0 && value <= ref.month) - (step < 0 && value >= ref.month);
    return iso_month(year, value);
  }
  if (unit == "season" && f.size() == 4) {
    int start = season_start(f[3]);
    int year = ref.year + (step > 0 && start <= ref.month) - (step < 0 && start >= ref.month);
    return four_digits(year) + "-" + f[3];
  }
  return "";
}

std::string anchor_date(const std::string& date, const CivilDate& ref, Tense tense) {
  if (date.rfind("XXXX", 0) == 0) return anchor_x_form(date, ref, tense);
  if (date.rfind("UNDEF-", 0) != 0) return date;
  std::vector<std::string> f = split(date, '-');
  int n = 0;
  if (f.size() == 5 && f[1] == "REF" && number(f[4], n)) {  // UNDEF-REF-day-MINUS-1
    std::string v = shifted(ref, f[2], f[3] == "PLUS" ? n : -n);
    return v.empty() ? date : v;
  }
  CivilDate d;
  if (f.size() == 5 && f[1] == "REF" && f[2] == "day" &&
      moved(ref, f[4], f[3] == "PLUS" ? 1 : -1, d))
    return iso(d);  // UNDEF-REF-day-MINUS-P3W
  if (f.size() >= 3) {
    std::string v = anchor_relative(f, ref);
    if (!v.empty()) return v;
  }
  return date;
}

// The seconds of a duration of clock time: "PT5H" 18000, "PT1.5H" 5400,
// "PT3M" 180, "PT15S" 15; -1 for any other.
long clock_seconds(const std::string& duration) {
  if (duration.rfind("PT", 0) != 0 || duration.size() < 4) return -1;
  char unit = duration.back();
  long per = unit == 'H' ? 3600 : unit == 'M' ? 60 : unit == 'S' ? 1 : 0;
  std::string amount = duration.substr(2, duration.size() - 3);
  char* end = nullptr;
  double n = std::strtod(amount.c_str(), &end);
  if (!per || end != amount.c_str() + amount.size() || n < 0) return -1;
  return static_cast<long>(n * per + 0.5);
}

// "UNDEF-NOW", "UNDEF-NOW-PLUS-PT5H", "UNDEF-NOW-MINUS-PT3M" at the
// reference moment (`now`: seconds into the reference day) as a date-time,
// "2016-11-07T21:12:00"; the value unchanged when it cannot be read.
std::string anchor_moment(const std::string& v, const CivilDate& ref, long now) {
  long at = now;
  if (v != "UNDEF-NOW") {
    bool plus = v.rfind("UNDEF-NOW-PLUS-", 0) == 0;
    bool minus = v.rfind("UNDEF-NOW-MINUS-", 0) == 0;
    long seconds = plus ? clock_seconds(v.substr(15)) : minus ? clock_seconds(v.substr(16)) : -1;
    if (seconds < 0) return v;
    at += plus ? seconds : -seconds;
  }
  long days = at >= 0 ? at / 86400 : -((-at + 86399) / 86400);
  long in_day = at - days * 86400;
  return iso(add_days(ref, days)) + "T" + two_digits(static_cast<int>(in_day / 3600)) + ":" +
         two_digits(static_cast<int>(in_day / 60 % 60)) + ":" + two_digits(static_cast<int>(in_day % 60));
}

}  // namespace

std::string anchor(const std::string& underspecified, const CivilDate& reference, Tense tense,
                   long now) {
  const std::string& v = underspecified;
  if (v.empty() || v[0] == 'P' || v[0] == 'T') return v;  // durations, times, PRESENT_REF
  std::size_t slash = v.find('/');
  if (slash != std::string::npos) {
    std::string from = anchor(v.substr(0, slash), reference, tense, now);
    std::string to = anchor(v.substr(slash + 1), reference, tense, now);
    // "del 20 de diciembre al 5 de enero": the end is in the next year
    CivilDate a;
    CivilDate b;
    if (v.compare(slash + 1, 4, "XXXX") == 0 && parse_iso_date(from, a) && parse_iso_date(to, b) &&
        b < a)
      to = iso(add_months(b, 12));
    return from + "/" + to;
  }
  // Counted from the reference moment: only with its time of day.
  if (v.rfind("UNDEF-NOW", 0) == 0) return now < 0 ? v : anchor_moment(v, reference, now);
  // A time after the date: "UNDEF-REF-day-PLUS-1T18:30", "XXXX-WXX-2TAF".
  std::size_t t = v.find('T');
  std::string date = t == std::string::npos ? v : v.substr(0, t);
  std::string time = t == std::string::npos ? "" : v.substr(t);
  return anchor_date(date, reference, tense) + time;
}

}  // namespace cadena::dates
