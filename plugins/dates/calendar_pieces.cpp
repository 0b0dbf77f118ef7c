// The pieces dates are made of: a day of the month, a month, a year, a
// weekday, a period relative to the reference ("el próximo mes").
#include "calendar.hpp"
#include "date_grammar.hpp"

namespace cadena::dates {
namespace {

bool glued_word_after(const TokenizedText& t, std::size_t i) {
  return t.is_word(i) && t.attached(i);
}

}  // namespace

std::size_t DateGrammar::skip_article(std::size_t i) const { return i + role(i, kArticle); }

std::size_t DateGrammar::skip_comma(std::size_t i) const {
  return i + (t_.is_symbol(i, ",") ? 1 : 0);
}

bool DateGrammar::ends_bare(std::size_t i) const {
  if (i >= t_.size() || t_[i].line_before) return true;
  if (t_.is_word(i) || t_.is_digits(i)) return false;
  std::string_view s = t_.surface(i);
  if (s == "%" || s == "º" || s == "ª") return false;
  bool numeral_goes_on = (s == "." || s == "," || s == ":" || s == "/" || s == "-") &&
                         t_.is_digits(i + 1) && t_.attached(i + 1);
  return !numeral_goes_on;
}

int DateGrammar::day_at(std::size_t i, std::size_t& end) const {
  if (t_.is_digits(i)) {
    std::string_view digits = t_.surface(i);
    if (digits.size() > 2 || (t_.attached(i) && t_.is_word(i - 1))) return 0;
    int day = std::stoi(std::string(digits));
    if (day < 1 || day > 31) return 0;
    std::size_t j = i + 1;
    bool period = t_.is_symbol(j, ".") && t_.attached(j);
    std::size_t suffix = period && glued_word_after(t_, j + 1) ? j + 1 : j;
    if (glued_word_after(t_, suffix)) {  // "1ro", "1.º"; never "11S"
      numbers::Quantity q = numbers_.read_cardinal(i);
      if (!q.ordinal) return 0;
      end = q.end;
      return day;
    }
    bool clock = (t_.is_symbol(j, ":") || t_.is_symbol(j, "%")) && t_.attached(j);
    if (clock) return 0;
    end = j;
    return day;
  }
  numbers::Quantity q = numbers_.read_cardinal(i);
  if (!q) q = numbers_.ordinal_words(i);
  if (!q || q.digits || q.article_only || !q.integer || q.value < 1 || q.value > 31) return 0;
  end = q.end;
  return static_cast<int>(q.value);
}

int DateGrammar::month_at(std::size_t i, std::size_t& end, bool in_context) const {
  auto m = lex_.months.longest(t_, i);
  if (!m || (m.value->ambiguous && !in_context)) return 0;
  end = past_period(i + m.tokens, m.value->abbreviation);
  return m.value->month;
}

int DateGrammar::month_number_at(std::size_t i, std::size_t& end) const {
  if (!t_.is_digits(i) || t_.surface(i).size() > 2 || glued_word_after(t_, i + 1)) return 0;
  int month = std::stoi(std::string(t_.surface(i)));
  if (month < 1 || month > 12) return 0;
  end = i + 1;
  return month;
}

int DateGrammar::year_at(std::size_t i, std::size_t& end, bool two_digits_ok) const {
  if (t_.is_digits(i)) {
    std::string_view digits = t_.surface(i);
    bool glued = glued_word_after(t_, i + 1) ||
                 ((t_.is_symbol(i + 1, ".") || t_.is_symbol(i + 1, ",")) && t_.attached(i + 1) &&
                  t_.is_digits(i + 2) && t_.attached(i + 2));
    if (glued || (digits.size() != 4 && !(two_digits_ok && digits.size() == 2))) return 0;
    int year = std::stoi(std::string(digits));
    if (digits.size() == 2) year += year < 50 ? 2000 : 1900;  // "agosto de 99"
    if (year < 1000 || year > 2999) return 0;
    end = i + 1;
    return year;
  }
  numbers::Quantity q = numbers_.read_cardinal(i);  // "dos mil veinticinco"
  if (!q || q.digits || !q.integer || q.value < 1000 || q.value > 2999) return 0;
  end = q.end;
  return static_cast<int>(q.value);
}

int DateGrammar::weekday_at(std::size_t i, std::size_t& end, bool abbreviation_ok) const {
  auto w = lex_.weekdays.longest(t_, i);
  if (!w || (w.value->abbreviation && !abbreviation_ok)) return 0;
  end = past_period(i + w.tokens, w.value->abbreviation);
  return w.value->weekday;
}

std::size_t DateGrammar::past_period(std::size_t end, bool abbreviation) const {
  return abbreviation && t_.is_symbol(end, ".") && t_.attached(end) ? end + 1 : end;
}

bool DateGrammar::modifier_at(std::size_t& j, bool before, Relation& relation) const {
  auto m = lex_.modifiers.longest(t_, j);
  if (!m || m.value->counted || !(before ? m.value->before : m.value->after)) return false;
  relation = m.value->relation;
  j += m.tokens;
  return true;
}

bool DateGrammar::relative_period_at(std::size_t i, std::size_t& end, Relation& relation,
                                     TimeUnit& unit) const {
  std::size_t j = skip_article(i);
  auto before = lex_.modifiers.longest(t_, j);
  if (before && before.value->before && !before.value->counted) {
    auto u = lex_.units.longest(t_, j + before.tokens);
    if (!u) return false;
    relation = before.value->relation;
    unit = *u.value;
    end = j + before.tokens + u.tokens;
    return true;
  }
  auto u = lex_.units.longest(t_, j);
  if (!u) return false;
  auto after = lex_.modifiers.longest(t_, j + u.tokens);
  if (!after || !after.value->after || after.value->counted) return false;
  relation = after.value->relation;
  unit = *u.value;
  end = j + u.tokens + after.tokens;
  return true;
}

bool DateGrammar::year_part_at(std::size_t i, std::size_t& end, DayRef& ref) const {
  std::size_t j = i;
  bool of = false;
  if (std::size_t n = role(j, kOf)) {
    j += n;
    of = true;
  } else if (t_.is_symbol(j, ",")) {
    ++j;
  }
  std::size_t e = 0;
  if (int year = year_at(j, e, of)) {
    ref.year = year;
    end = e;
    return true;
  }
  Relation relation;
  TimeUnit unit;
  if (of && relative_period_at(j, e, relation, unit) && unit.unit == "Y" && unit.amount == 1) {
    ref.relative = true;  // "abril de este año", "junio del próximo año"
    ref.relation = relation;
    ref.unit = "year";
    end = e;
    return true;
  }
  return false;
}

}  // namespace cadena::dates
