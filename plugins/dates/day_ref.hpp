// What the words of a date expression say, before any reference date: a
// calendar reference with the fields the text gives (the rest unknown), or
// one relative to the reference date ("del próximo año"), and how it is
// written as an underspecified value (phase 1 of the resolution; see
// anchoring.hpp for phase 2 and docs/numbers-dates.md for the notation):
//
//   "13 de julio de 2025"      2025-07-13
//   "el 13 de julio"           XXXX-07-13
//   "el martes"                XXXX-WXX-2
//   "abril de este año"        UNDEF-this-year-04
//   "el próximo viernes"       UNDEF-next-weekday-5
//   "el primer viernes de julio" XXXX-07-WXX-5-#1
#ifndef CADENA_DATES_DAY_REF_HPP
#define CADENA_DATES_DAY_REF_HPP

#include <string>

#include "date_lexicon.hpp"

namespace cadena::dates {

struct DayRef {
  int year = 0;        // 0: not given
  int month = 0;       // 1-12
  int day = 0;         // 1-31
  int weekday = 0;     // 1-7
  int nth = 0;         // the nth weekday of the month ("el primer viernes": 1)
  int week = 0;        // week of the year, or of the month when a month is given
  int quarter = 0;     // 1-4
  int half = 0;        // 1-2: "el segundo semestre"
  std::string season;  // SP, SU, FA, WI
  bool weekend = false;
  // Relative to the reference date: the relation and the unit it moves by
  // ("year", "month", "week", or "weekday", "monthname", "season" for "el
  // próximo viernes", "el próximo junio", "la próxima primavera").
  bool relative = false;
  Relation relation = Relation::this_;
  std::string unit;
  std::string time;  // "T18:30", "TMO", or ""

  // The underspecified value; "" when the fields say nothing.
  std::string render() const;
};

}  // namespace cadena::dates

#endif  // CADENA_DATES_DAY_REF_HPP
