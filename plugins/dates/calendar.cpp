#include "calendar.hpp"

#include <charconv>

namespace cadena::dates {

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
long days_from_civil(const CivilDate& d) {
  int y = d.year - (d.month <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  int year = static_cast<int>(yoe + era * 400 + (month <= 2));
  return {year, month, day};
}

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool valid_date(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

int weekday(const CivilDate& d) {
  long z = days_from_civil(d);  // 1970-01-01 was a Thursday (4)
  return static_cast<int>(((z % 7) + 7 + 3) % 7) + 1;
}

CivilDate add_days(const CivilDate& d, long days) {
  return civil_from_days(days_from_civil(d) + days);
}

CivilDate add_months(const CivilDate& d, int months) {
  int index = d.year * 12 + (d.month - 1) + months;
  int year = index >= 0 ? index / 12 : (index - 11) / 12;
  int month = index - year * 12 + 1;
  int day = d.day < days_in_month(year, month) ? d.day : days_in_month(year, month);
  return {year, month, day};
}

IsoWeek iso_week(const CivilDate& d) {
  CivilDate thursday = add_days(d, 4 - weekday(d));  // the week's Thursday decides its year
  long first = days_from_civil({thursday.year, 1, 1});
  int week = static_cast<int>((days_from_civil(thursday) - first) / 7) + 1;
  return {thursday.year, week};
}

CivilDate monday_of(const IsoWeek& w) {
  CivilDate jan4{w.year, 1, 4};  // always in week 1
  CivilDate week1 = add_days(jan4, 1 - weekday(jan4));
  return add_days(week1, 7L * (w.week - 1));
}

bool parse_iso_date(std::string_view text, CivilDate& date) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  auto field = [&](std::size_t at, std::size_t size, int& out) {
    auto [end, error] = std::from_chars(text.data() + at, text.data() + at + size, out);
    return error == std::errc() && end == text.data() + at + size;
  };
  CivilDate d;
  if (!field(0, 4, d.year) || !field(5, 2, d.month) || !field(8, 2, d.day) ||
      !valid_date(d.year, d.month, d.day))
    return false;
  date = d;
  return true;
}

std::string two_digits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

std::string four_digits(int n) {
  std::string s = std::to_string(n);
  return std::string(s.size() < 4 ? 4 - s.size() : 0, '0') + s;
}

std::string iso(const CivilDate& d) {
  return four_digits(d.year) + "-" + two_digits(d.month) + "-" + two_digits(d.day);
}

std::string iso_month(int year, int month) { return four_digits(year) + "-" + two_digits(month); }

std::string iso_week_string(const IsoWeek& w) {
  return four_digits(w.year) + "-W" + two_digits(w.week);
}

}  // namespace cadena::dates
