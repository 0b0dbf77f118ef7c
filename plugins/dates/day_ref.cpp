#include "day_ref.hpp"

#include "calendar.hpp"

namespace cadena::dates {
namespace {

// What a reference says below its year: "-07-13", "-07", "-WXX-5", "-SU"...
std::string below_year(const DayRef& r) {
  if (r.month && r.nth && r.weekday)
    return "-" + two_digits(r.month) + "-WXX-" + std::to_string(r.weekday) + "-#" +
           std::to_string(r.nth);
  if (r.month && r.week) return "-" + two_digits(r.month) + "-W" + two_digits(r.week);
  if (r.month && r.day) return "-" + two_digits(r.month) + "-" + two_digits(r.day);
  if (r.month) return "-" + two_digits(r.month);
  if (r.day) return "-XX-" + two_digits(r.day);
  if (r.week) return "-W" + two_digits(r.week) + (r.weekend ? "-WE" : "");
  if (r.weekday) return "-WXX-" + std::to_string(r.weekday);
  if (r.weekend) return "-WXX-WE";
  if (!r.season.empty()) return "-" + r.season;
  if (r.quarter) return "-Q" + std::to_string(r.quarter);
  if (r.half) return "-H" + std::to_string(r.half);
  return "";
}

// What a reference says below a relative unit: "UNDEF-this-month" + "-04".
std::string below_unit(const DayRef& r) {
  if (r.unit == "year") return below_year(r);
  if (r.unit == "month") {
    if (r.nth && r.weekday)
      return "-WXX-" + std::to_string(r.weekday) + "-#" + std::to_string(r.nth);
    if (r.week) return "-W" + two_digits(r.week);
    if (r.day) return "-" + two_digits(r.day);
  }
  if (r.unit == "weekday") return "-" + std::to_string(r.weekday);
  if (r.unit == "monthname") return "-" + two_digits(r.month);
  if (r.unit == "season") return "-" + r.season;
  if (r.unit == "week") {
    if (r.weekday) return "-" + std::to_string(r.weekday);
    if (r.weekend) return "-WE";
  }
  return "";
}

}  // namespace

std::string DayRef::render() const {
  if (relative)
    return "UNDEF-" + std::string(relation_name(relation)) + "-" + unit + below_unit(*this) + time;
  std::string below = below_year(*this);
  if (year) return four_digits(year) + below + time;
  if (below.empty()) return time;
  return "XXXX" + below + time;
}

}  // namespace cadena::dates
