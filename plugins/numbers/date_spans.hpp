// The spans of the `dates` layer, asked which of them holds a number.
//
// A number inside a date expression ("13" and "2025" in "13 de julio de
// 2025", "2024" in "en 2024", "tres" in "hace tres días") is a part of the
// date, not a quantity of the article: the `numbers` stage leaves it out, or
// marks it, when an earlier stage wrote `dates` (docs/numbers-dates.md).
#ifndef CADENA_NUMBERS_DATE_SPANS_HPP
#define CADENA_NUMBERS_DATE_SPANS_HPP

#include <cstddef>
#include <optional>
#include <vector>

namespace cadena::numbers {

struct DateSpan {
  std::size_t index;  // position in the `dates` layer
  std::size_t begin;  // bytes of the text
  std::size_t end;
};

class DateSpans {
 public:
  explicit DateSpans(std::vector<DateSpan> spans);

  // The index in the `dates` layer of a date whose span holds [begin, end)
  // whole, if one does (when several do, the one reaching furthest). A
  // number that only overlaps a date is not inside it.
  std::optional<std::size_t> holding(std::size_t begin, std::size_t end) const;

  bool empty() const { return spans_.empty(); }

 private:
  std::vector<DateSpan> spans_;  // by begin
  // widest_[i]: of spans_[0..i], the one reaching furthest (its position in spans_).
  std::vector<std::size_t> widest_;
};

}  // namespace cadena::numbers

#endif  // CADENA_NUMBERS_DATE_SPANS_HPP
