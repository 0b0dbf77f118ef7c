#include "date_spans.hpp"

#include <algorithm>

namespace cadena::numbers {

DateSpans::DateSpans(std::vector<DateSpan> spans) : spans_(std::move(spans)) {
  std::stable_sort(spans_.begin(), spans_.end(),
                   [](const DateSpan& a, const DateSpan& b) { return a.begin < b.begin; });
  widest_.reserve(spans_.size());
  for (std::size_t i = 0; i < spans_.size(); ++i) {
    bool reaches_further = widest_.empty() || spans_[i].end >= spans_[widest_.back()].end;
    widest_.push_back(reaches_further ? i : widest_.back());
  }
}

std::optional<std::size_t> DateSpans::holding(std::size_t begin, std::size_t end) const {
  // The dates that start at or before `begin`; the one of them reaching
  // furthest holds the number if any does. Logarithmic, so that a document
  // of many dates and numbers stays linear-ish.
  auto after = std::upper_bound(spans_.begin(), spans_.end(), begin,
                                [](std::size_t b, const DateSpan& s) { return b < s.begin; });
  if (after == spans_.begin()) return std::nullopt;
  const DateSpan& widest = spans_[widest_[static_cast<std::size_t>(after - spans_.begin()) - 1]];
  if (widest.end < end) return std::nullopt;
  return widest.index;
}

}  // namespace cadena::numbers
