#include "digit_numerals.hpp"

#include "decimal.hpp"

#include <charconv>
#include <cmath>
#include <string>
#include <vector>

namespace cadena::numbers {
namespace {

constexpr char kSpaceGroup = ' ';  // any of the spaces that group thousands

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::size_t digits_end(std::string_view text, std::size_t pos) {
  while (pos < text.size() && is_digit(text[pos])) ++pos;
  return pos;
}

// The byte length of a space that may group thousands ("1 234", "40 000" with
// U+00A0, U+202F or U+2009), or 0.
std::size_t group_space_length(std::string_view text, std::size_t pos) {
  std::string_view rest = text.substr(pos);
  if (!rest.empty() && rest[0] == ' ') return 1;
  if (rest.substr(0, 2) == "\xC2\xA0") return 2;
  if (rest.substr(0, 3) == "\xE2\x80\xAF" || rest.substr(0, 3) == "\xE2\x80\x89") return 3;
  return 0;
}

struct Part {
  char separator;  // 0 for the first part
  std::size_t begin;
  std::size_t end;
  std::size_t size() const { return end - begin; }
};

// A numeral is read into these, then interpreted.
struct Reading {
  std::string normalized;  // digits with '.' as the decimal point
  std::size_t parts_used = 0;
  char shown_decimal = 0;
  bool ambiguous = false;
};

bool valid_groups(const std::vector<Part>& parts, std::size_t until, std::size_t& first_bad) {
  if (parts[0].size() > 3) {
    first_bad = 1;
    return false;
  }
  for (std::size_t i = 1; i < until; ++i)
    if (parts[i].size() != 3) {
      first_bad = i;
      return false;
    }
  return true;
}

Reading interpret(std::string_view text, const std::vector<Part>& parts, std::size_t count,
                  char decimal) {
  Reading r;
  auto digits_of = [&](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i)
      r.normalized.append(text.substr(parts[i].begin, parts[i].size()));
  };
  std::size_t dots = 0, commas = 0, spaces = 0;
  for (std::size_t i = 1; i < count; ++i) {
    dots += parts[i].separator == '.';
    commas += parts[i].separator == ',';
    spaces += parts[i].separator == kSpaceGroup;
  }
  if (dots + commas == 0) {  // plain digits, or thousands grouped by spaces
    digits_of(0, count);
    r.parts_used = count;
    return r;
  }
  char last = parts[count - 1].separator;
  bool last_is_punctuation = last != kSpaceGroup;
  std::size_t last_count = last == '.' ? dots : commas;
  // Two kinds of separator, or spaces before one: the last one is decimal.
  if (((dots && commas) || spaces) && last_is_punctuation && last_count == 1) {
    std::size_t bad = 0;
    if (!valid_groups(parts, count - 1, bad)) return interpret(text, parts, bad, decimal);
    digits_of(0, count - 1);
    r.normalized += '.';
    digits_of(count - 1, count);
    r.parts_used = count;
    r.shown_decimal = last;
    return r;
  }
  if ((dots && commas) || spaces) return interpret(text, parts, count - 1, decimal);
  // One kind of separator.
  if (last_count >= 2) {  // repeated: it groups thousands
    std::size_t bad = 0;
    if (!valid_groups(parts, count, bad)) return interpret(text, parts, bad, decimal);
    digits_of(0, count);
    r.parts_used = count;
    r.shown_decimal = last == '.' ? ',' : '.';
    return r;
  }
  const Part& whole = parts[0];
  bool could_group = parts[1].size() == 3 && whole.size() <= 3 && text[whole.begin] != '0';
  r.parts_used = 2;
  digits_of(0, 1);
  if (could_group) {
    r.ambiguous = true;
    if (last != decimal) {
      digits_of(1, 2);
      return r;
    }
  } else {
    r.shown_decimal = last;
  }
  r.normalized += '.';
  digits_of(1, 2);
  return r;
}

double to_double(const std::string& normalized) {
  double value = 0;
  parse_decimal(normalized, value);
  return value;
}

bool is_whole(double value) { return std::floor(value) == value && std::fabs(value) < 9.0e15; }

// "e10", "E-1", "e+14" after a mantissa: the exponent's end, or `pos`.
std::size_t exponent_end(std::string_view text, std::size_t pos, int& exponent) {
  if (pos >= text.size() || (text[pos] != 'e' && text[pos] != 'E')) return pos;
  std::size_t p = pos + 1;
  bool negative = false;
  if (p < text.size() && (text[p] == '+' || text[p] == '-')) negative = text[p++] == '-';
  std::size_t end = digits_end(text, p);
  if (end == p || end - p > 3) return pos;
  std::from_chars(text.data() + p, text.data() + end, exponent);
  if (negative) exponent = -exponent;
  return end;
}

// "^23", "^-1", "^--23" after a base: the power's end, or `pos`.
std::size_t power_end(std::string_view text, std::size_t pos, int& power) {
  if (pos >= text.size() || text[pos] != '^') return pos;
  std::size_t p = pos + 1;
  bool negative = false;
  while (p < text.size() && (text[p] == '+' || text[p] == '-')) negative ^= text[p++] == '-';
  std::size_t end = digits_end(text, p);
  if (end == p || end - p > 3) return pos;
  std::from_chars(text.data() + p, text.data() + end, power);
  if (negative) power = -power;
  return end;
}

// A proper fraction "n/d" at `pos`, not part of a date ("1/2/2020"): its end, or `pos`.
std::size_t fraction_end(std::string_view text, std::size_t pos, double& value) {
  std::size_t slash = digits_end(text, pos);
  if (slash == pos || slash >= text.size() || text[slash] != '/') return pos;
  std::size_t end = digits_end(text, slash + 1);
  if (end == slash + 1 || (end < text.size() && (text[end] == '/' || text[end] == '.'))) return pos;
  double numerator = to_double(std::string(text.substr(pos, slash - pos)));
  double denominator = to_double(std::string(text.substr(slash + 1, end - slash - 1)));
  if (numerator >= denominator) return pos;
  value = numerator / denominator;
  return end;
}

}  // namespace

DigitNumeral read_digit_numeral(std::string_view text, std::size_t pos, char decimal) {
  DigitNumeral n;
  if (pos >= text.size()) return n;
  if (text[pos] == '.' || text[pos] == ',') {  // ",08": no whole part
    std::size_t end = digits_end(text, pos + 1);
    if (end == pos + 1) return n;
    n.end = end;
    n.value = to_double("0." + std::string(text.substr(pos + 1, end - pos - 1)));
    n.integer = is_whole(n.value);
    n.shown_decimal = text[pos];
    return n;
  }
  if (!is_digit(text[pos])) return n;

  double fraction = 0;
  if (std::size_t end = fraction_end(text, pos, fraction); end != pos) {
    n.end = end;
    n.value = fraction;
    n.integer = false;
    n.fraction = true;
    return n;
  }

  constexpr std::size_t kMostParts = 64;
  std::vector<Part> parts{{0, pos, digits_end(text, pos)}};
  while (parts.size() < kMostParts) {
    std::size_t p = parts.back().end;
    if (p + 1 < text.size() && (text[p] == '.' || text[p] == ',') && is_digit(text[p + 1])) {
      parts.push_back({text[p], p + 1, digits_end(text, p + 1)});
      continue;
    }
    // Spaces group thousands only from a first group of one to three digits
    // and only before groups of exactly three ("423 0000" is two numbers).
    std::size_t space = group_space_length(text, p);
    bool spaces_so_far = parts[0].size() <= 3;
    for (std::size_t i = 1; i < parts.size(); ++i)
      spaces_so_far = spaces_so_far && parts[i].separator == kSpaceGroup;
    if (space && spaces_so_far) {
      std::size_t end = digits_end(text, p + space);
      if (end - (p + space) == 3) {
        parts.push_back({kSpaceGroup, p + space, end});
        continue;
      }
    }
    break;
  }

  Reading r = interpret(text, parts, parts.size(), decimal);
  n.end = parts[r.parts_used - 1].end;
  n.value = to_double(r.normalized);
  n.shown_decimal = r.shown_decimal;
  n.ambiguous = r.ambiguous;

  int exponent = 0;
  if (std::size_t end = exponent_end(text, n.end, exponent); end != n.end) {
    n.value *= std::pow(10.0, exponent);
    n.end = end;
  } else if (std::size_t end2 = power_end(text, n.end, exponent); end2 != n.end) {
    n.value = std::pow(n.value, exponent);
    n.end = end2;
  } else if (r.parts_used == 1) {  // a whole number and a fraction: "2 1/4"
    std::size_t p = n.end;
    while (p < text.size() && text[p] == ' ') ++p;
    std::size_t end = p > n.end ? fraction_end(text, p, fraction) : p;
    if (end != p) {
      n.value += fraction;
      n.end = end;
      n.fraction = true;
    }
  }
  n.integer = !n.fraction && is_whole(n.value);
  return n;
}

}  // namespace cadena::numbers
