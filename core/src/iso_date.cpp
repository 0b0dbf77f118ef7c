#include <cadena/iso_date.hpp>

namespace cadena {

namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

std::string check_iso_date(std::string_view text) {
  std::string_view d = text.substr(0, 10);
  auto digits = [&](std::size_t from, std::size_t n) {
    for (std::size_t i = from; i < from + n; ++i)
      if (d[i] < '0' || d[i] > '9') return false;
    return true;
  };
  if (text.size() > 10) {
    // The time of day: "T09:30" or "T09:30:15".
    std::string_view t = text.substr(10);
    auto field = [&](std::size_t at) { return (t[at] - '0') * 10 + (t[at + 1] - '0'); };
    auto two_digits = [&](std::size_t at) {
      return t[at] >= '0' && t[at] <= '9' && t[at + 1] >= '0' && t[at + 1] <= '9';
    };
    bool shape = (t.size() == 6 || t.size() == 9) && t[0] == 'T' && t[3] == ':' &&
                 two_digits(1) && two_digits(4) && (t.size() == 6 || (t[6] == ':' && two_digits(7)));
    if (!shape)
      return "expected a date as YYYY-MM-DD or a date-time as YYYY-MM-DDTHH:MM[:SS], got '" +
             std::string(text) + "'";
    if (field(1) > 23 || field(4) > 59 || (t.size() == 9 && field(7) > 59))
      return "no time of day " + std::string(t.substr(1)) + " in '" + std::string(text) + "'";
  }
  if (d.size() != 10 || d[4] != '-' || d[7] != '-' || !digits(0, 4) || !digits(5, 2) || !digits(8, 2))
    return "expected a date as YYYY-MM-DD or a date-time as YYYY-MM-DDTHH:MM[:SS], got '" +
           std::string(text) + "'";
  int y = std::stoi(std::string(d.substr(0, 4)));
  int m = std::stoi(std::string(d.substr(5, 2)));
  int day = std::stoi(std::string(d.substr(8, 2)));
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return "no month " + std::to_string(m) + " in '" + std::string(d) + "'";
  int last = days[m - 1] + (m == 2 && is_leap(y) ? 1 : 0);
  if (day < 1 || day > last) return "no day " + std::to_string(day) + " in '" + std::string(d) + "'";
  return "";
}

}  // namespace cadena
