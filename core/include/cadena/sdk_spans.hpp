// Span queries over a layer, by binary search (header-only SDK):
//
//   cadena::LayerRef sentences = doc.layer("sentences");
//   cadena::IndexRange in = cadena::overlapping(sentences, b, e);   // for (i = in.first; i < in.last; ++i)
//   std::optional<std::size_t> s = cadena::containing(sentences, offset);
//
// They need a layer in document order: spans sorted by begin, and by end too
// (no span nested inside an earlier one), as `sentences`, `dateline` and every
// first-party layer of non-overlapping spans are. Empty spans are never
// "containing" and overlap nothing.
#ifndef CADENA_SDK_SPANS_HPP
#define CADENA_SDK_SPANS_HPP

#include <cadena/sdk.hpp>

#include <cstddef>
#include <optional>

namespace cadena {

// Indices [first, last) of a layer.
struct IndexRange {
  std::size_t first;
  std::size_t last;
  bool empty() const { return first >= last; }
  std::size_t size() const { return empty() ? 0 : last - first; }
};

namespace detail {

// The first index in [0, n) for which `is_after(i)` holds (n if none); `is_after` is monotone.
template <class Pred>
std::size_t partition_point(std::size_t n, Pred is_after) {
  std::size_t lo = 0, hi = n;
  while (lo < hi) {
    std::size_t mid = lo + (hi - lo) / 2;
    if (is_after(mid))
      hi = mid;
    else
      lo = mid + 1;
  }
  return lo;
}

}  // namespace detail

// The spans sharing at least one byte with [begin, end).
inline IndexRange overlapping(const LayerRef& layer, std::size_t begin, std::size_t end) {
  std::size_t n = layer.size();
  if (begin >= end) return {0, 0};
  // First span ending after `begin`, first span starting at or after `end`.
  std::size_t first = detail::partition_point(n, [&](std::size_t i) { return layer[i].end > begin; });
  std::size_t last = detail::partition_point(n, [&](std::size_t i) { return layer[i].begin >= end; });
  // Empty spans inside the range share no byte with it.
  while (first < last && layer[first].begin == layer[first].end) ++first;
  while (last > first && layer[last - 1].begin == layer[last - 1].end) --last;
  return {first, last < first ? first : last};
}

// The span holding the byte at `offset`, if any.
inline std::optional<std::size_t> containing(const LayerRef& layer, std::size_t offset) {
  std::size_t after = detail::partition_point(layer.size(), [&](std::size_t i) { return layer[i].begin > offset; });
  if (after == 0) return std::nullopt;
  SpanRange s = layer[after - 1];
  if (s.begin <= offset && offset < s.end) return after - 1;
  return std::nullopt;
}

}  // namespace cadena

#endif  // CADENA_SDK_SPANS_HPP
