// The date, time, duration and set expressions of Spanish (and English) news,
// read from tokens: what each expression says (phase 1), never what day it
// falls on (phase 2, anchoring.hpp). Each reader takes the token it starts at
// and returns the expression's end and value, or an empty Parse; parse()
// takes the longest.
//
// One DateGrammar per document; const methods, no shared state.
#ifndef CADENA_DATES_DATE_GRAMMAR_HPP
#define CADENA_DATES_DATE_GRAMMAR_HPP

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "date_lexicon.hpp"
#include "day_ref.hpp"
#include "number_reader.hpp"

namespace cadena::dates {

// A time of the day as read; -1 for what the text does not give.
struct ClockTime {
  int hour = -1;
  int minute = -1;
  int second = -1;
  bool half_given = false;  // a part of the day or am/pm said which half of the day it is
  std::string render() const;  // "T07", "T19:56", "T19:56:30"
};

// Recognizers-Text's kinds of expression; TIMEX3 types are coarser.
// time_range: "de 5 a 6pm", "por la tarde"; date_time_range: the same on a
// day ("hoy de 5 a 6", "mañana por la noche").
enum class Category { date, date_range, time, date_time, duration, set, time_range, date_time_range };

struct Parse {
  std::size_t begin = 0;  // first token of the span
  std::size_t end = 0;    // the token past it; 0 when nothing was read
  Category category = Category::date;
  std::string value;  // underspecified
  DayRef ref;         // the structured form, when it is a calendar reference
  bool has_ref = false;
  bool takes_article = false;  // an article before it belongs to the span
  std::string mod;             // TIMEX3 mod: START, MID, END ("a finales de junio")
  // "la semana del 15 de septiembre": the value names the day, and once
  // anchored the week ("week") or month ("month") it is in.
  std::string period_of_day;
  ClockTime clock;             // a clock time read, when there is one
  explicit operator bool() const { return end != 0; }
  const char* type() const;  // DATE, TIME, DURATION or SET

  static Parse of(std::size_t begin, std::size_t end, Category category, std::string value) {
    Parse p;
    p.begin = begin;
    p.end = end;
    p.category = category;
    p.value = std::move(value);
    return p;
  }
};

class DateGrammar {
 public:
  DateGrammar(const TokenizedText& text, const DateLexicon& lexicon);

  // The longest expression starting at token i (an article before a date is
  // left out of the span unless the expression is headed by a unit: "el año
  // pasado" but "el viernes").
  Parse parse(std::size_t i) const;

 private:
  // Pieces (calendar_pieces.cpp): the value and its end, or 0.
  int day_at(std::size_t i, std::size_t& end) const;
  int month_at(std::size_t i, std::size_t& end, bool in_context) const;
  int month_number_at(std::size_t i, std::size_t& end) const;
  int year_at(std::size_t i, std::size_t& end, bool two_digits_ok) const;
  int weekday_at(std::size_t i, std::size_t& end, bool abbreviation_ok) const;
  // A unit of time with its modifier: "este año", "el próximo mes", "la
  // semana pasada" (an article before it is skipped).
  bool relative_period_at(std::size_t i, std::size_t& end, Relation& relation,
                          TimeUnit& unit) const;
  // A modifier of a month, weekday or season at token j, written before
  // ("el próximo junio") or after it ("el domingo pasado"): its relation,
  // and j moved past it. Plurals ("los próximos") are for counts only.
  bool modifier_at(std::size_t& j, bool before, Relation& relation) const;
  // The end of a name at `end`, with the period an abbreviation may have ("sept.").
  std::size_t past_period(std::size_t end, bool abbreviation) const;
  // The year or period a date belongs to, after "de"/","/nothing: "de 2025",
  // "del año pasado", ", 2016", " 2016". Sets the year or the relation.
  bool year_part_at(std::size_t i, std::size_t& end, DayRef& ref) const;
  std::size_t skip_article(std::size_t i) const;
  // Past a comma at token i, if there is one: "hoy, a las 4", "el lunes, de 5 a 6".
  std::size_t skip_comma(std::size_t i) const;
  // Nothing follows token i that would make the digits before it a quantity
  // ("el 15%") or a longer numeral ("el 15/08").
  bool ends_bare(std::size_t i) const;
  std::size_t role(std::size_t i, Role r) const { return lex_.role_at(t_, i, r); }

  // Readers of whole expressions.
  Parse calendar_date(std::size_t i) const;  // calendar_dates.cpp
  Parse numeric_date(std::size_t i) const;
  Parse month_expression(std::size_t i) const;
  Parse year_expression(std::size_t i) const;
  Parse weekday_expression(std::size_t i) const;
  Parse season_expression(std::size_t i) const;
  Parse holiday(std::size_t i) const;
  Parse nth_in_period(std::size_t i) const;
  Parse period_of_day(std::size_t i) const;  // "la semana del 15 de septiembre"
  Parse decade(std::size_t i) const;
  Parse fixed_expression(std::size_t i) const;  // relative_dates.cpp
  Parse relative_unit(std::size_t i) const;
  Parse shifted(std::size_t i) const;
  Parse clock_time(std::size_t i) const;  // clock_times.cpp
  // A clock time from its hour: "a las 18.30 h", "las ocho y media", "7pm".
  // Without `plus_minutes` a "y" after the hour is left alone: in "entre las
  // 5 y las 6" it joins the two ends.
  bool clock_at(std::size_t i, ClockTime& clock, std::size_t& begin, std::size_t& end,
                bool plus_minutes = true) const;
  // Minutes before the hour they count from: "30 mins pasadas las ocho",
  // "3 minutos para las ocho", "cuarto pasadas de las ocho".
  bool minutes_to_hour(std::size_t i, ClockTime& clock, std::size_t& end) const;
  // "y media", "menos cuarto", "y cinco" after an hour: adds to `clock`.
  std::size_t minutes_after_hour(std::size_t i, ClockTime& clock) const;
  Parse duration(std::size_t i) const;  // compound_expressions.cpp
  Parse set_expression(std::size_t i) const;
  Parse range(std::size_t i) const;
  // The tokens joining a range's two ends at token k: one of the opener's
  // `closers` ("entre ... y"), or without an opener (null) the word `to`
  // ("2 de octubre hasta el 22"); a dash either way ("19-20"). 0 for none.
  std::size_t range_joint(std::size_t k, const std::vector<std::string>* closers) const;
  // A range of clock times, maybe with its day (time_ranges.cpp). A range
  // of bare hours ("de cinco a siete") needs a day: `day_before` says one
  // was read before it.
  Parse time_range(std::size_t i, bool day_before) const;
  // An end of a time range: a clock time, or there a bare hour ("de 5 a
  // 6pm"); `marked` tells a clock time that is one by itself.
  bool range_end_at(std::size_t i, ClockTime& clock, std::size_t& end, bool& marked,
                    bool plus_minutes) const;
  // An end of a time range with the day it may have, after it ("las 4pm de
  // hoy") or before it ("hoy a las 4").
  struct RangeEnd {
    ClockTime clock;
    std::size_t end = 0;
    bool marked = false;
    Parse day;
    bool day_first = false;
  };
  bool dated_end_at(std::size_t i, RangeEnd& end, bool plus_minutes) const;
  // The day a time range is on, after it at token i: "del 22 de abril",
  // "de hoy", ", el próximo domingo". Empty when there is none.
  Parse day_after(std::size_t i) const;
  // A day followed by a time range: "hoy de cinco a siete".
  void join_day_and_time_range(Parse& day) const;
  Parse period_part(std::size_t i) const;
  // A date read at token i, of the kinds a range or a set is made of.
  Parse date_at(std::size_t i) const;
  // A date, or a bare year ("entre 2014 y 2018", "a principios de 2024").
  Parse date_or_year_at(std::size_t i) const;
  // Every reader at token i; the longest parse.
  Parse longest_at(std::size_t i) const;
  // An amount of a unit of time: "tres días", "3días", "un año y medio",
  // "mes y medio". False when there is none.
  bool amount_of_unit(std::size_t i, std::size_t& end, double& amount, TimeUnit& unit) const;
  // A date and a clock time next to each other, either way round: "mañana
  // a las 18.30", "esta noche a las 8", "8pm del 15", "a las 10 esta noche".
  void join_date_and_time(Parse& first) const;

  // Token i may start an expression: it is content (digits, a month, a
  // number word...), or a function word with content within the next few
  // tokens ("a las ocho", "de la tarde"). Most tokens of a text are neither
  // and are not read at all.
  bool may_start(std::size_t i) const;

  const TokenizedText& t_;
  const DateLexicon& lex_;
  numbers::NumberReader numbers_;
  std::vector<bool> content_;  // per token
  // parse() reads after an article, then again at the next token: the last
  // reading is kept (a DateGrammar serves one document on one thread).
  mutable std::size_t cached_at_ = static_cast<std::size_t>(-1);
  mutable Parse cached_;
};

// Recognizers-Text's name of a category ("date", "daterange", ...).
const char* category_name(Category c);

// Token i as minutes or seconds: exactly two digits ("30" of "18:30"); else -1.
int two_digit_field(const TokenizedText& t, std::size_t i);

}  // namespace cadena::dates

#endif  // CADENA_DATES_DATE_GRAMMAR_HPP
