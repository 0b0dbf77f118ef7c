#include "outside_span.hpp"

namespace cadena::split {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

void add_trimmed(std::vector<ByteRange>& out, std::size_t begin, std::size_t end, std::string_view text) {
  while (begin < end && is_space(text[begin])) ++begin;
  while (end > begin && is_space(text[end - 1])) --end;
  if (begin < end) out.push_back({begin, end});
}

}  // namespace

std::vector<ByteRange> outside_span(const std::vector<ByteRange>& sentences, ByteRange excluded,
                                    std::string_view text) {
  std::vector<ByteRange> out;
  out.reserve(sentences.size() + 1);
  for (const ByteRange& s : sentences) {
    if (s.end <= excluded.begin || s.begin >= excluded.end) {
      out.push_back(s);
      continue;
    }
    if (s.begin < excluded.begin) add_trimmed(out, s.begin, excluded.begin, text);
    if (s.end > excluded.end) add_trimmed(out, excluded.end, s.end, text);
  }
  return out;
}

}  // namespace cadena::split
