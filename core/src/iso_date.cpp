#include <cadena/iso_date.hpp>

namespace cadena {

namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

std::string check_iso_date(std::string_view d) {
  auto digits = [&](std::size_t from, std::size_t n) {
    for (std::size_t i = from; i < from + n; ++i)
      if (d[i] < '0' || d[i] > '9') return false;
    return true;
  };
  if (d.size() != 10 || d[4] != '-' || d[7] != '-' || !digits(0, 4) || !digits(5, 2) || !digits(8, 2))
    return "expected a date as YYYY-MM-DD, got '" + std::string(d) + "'";
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
