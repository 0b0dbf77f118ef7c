// Proleptic Gregorian calendar arithmetic on civil dates, and ISO 8601 weeks
// (weeks start on Monday; week 1 holds the year's first Thursday).
#ifndef CADENA_DATES_CALENDAR_HPP
#define CADENA_DATES_CALENDAR_HPP

#include <string>
#include <string_view>

namespace cadena::dates {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31
  bool operator==(const CivilDate& o) const {
    return year == o.year && month == o.month && day == o.day;
  }
  bool operator<(const CivilDate& o) const {
    return year != o.year ? year < o.year : month != o.month ? month < o.month : day < o.day;
  }
  bool operator<=(const CivilDate& o) const { return !(o < *this); }
};

long days_from_civil(const CivilDate& d);
CivilDate civil_from_days(long days);
int days_in_month(int year, int month);
bool valid_date(int year, int month, int day);
// 1 = Monday ... 7 = Sunday.
int weekday(const CivilDate& d);
CivilDate add_days(const CivilDate& d, long days);
// The day is kept, or the month's last day when it has fewer.
CivilDate add_months(const CivilDate& d, int months);

struct IsoWeek {
  int year;  // the ISO year, which differs from the civil one around New Year
  int week;  // 1-53
};
IsoWeek iso_week(const CivilDate& d);
CivilDate monday_of(const IsoWeek& w);

// "2025-07-13" -> a date; false when it is not a valid YYYY-MM-DD date.
bool parse_iso_date(std::string_view text, CivilDate& date);

// Zero-padded fields of TIMEX3 values.
std::string two_digits(int n);
std::string four_digits(int n);
std::string iso(const CivilDate& d);            // "2025-07-13"
std::string iso_month(int year, int month);     // "2025-07"
std::string iso_week_string(const IsoWeek& w);  // "2025-W28"

}  // namespace cadena::dates

#endif  // CADENA_DATES_CALENDAR_HPP
