#include "text_blocks.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "code_points.hpp"

namespace cadena::clean {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

struct Line {
  std::size_t begin;  // first non-space byte
  std::size_t end;    // after the last non-space byte
};

// Whether `line` reads as cut short by wrapping rather than ended.
bool runs_on(std::string_view text, const Line& line, const Line& next) {
  const char last = text[line.end - 1];
  if (last == ',') return true;
  // Punctuation, closing quotes and brackets end a line.
  if (std::string_view(".!?:;\")]'").find(last) != std::string_view::npos) return false;
  if (static_cast<unsigned char>(last) >= 0x80) {
    std::size_t i = line.end;
    if (u_ispunct(code_point_before(text, i))) return false;
  }
  std::size_t i = next.begin;
  UChar32 c;
  U8_NEXT(text.data(), i, text.size(), c);
  return c >= 0 && u_islower(c);
}

}  // namespace

std::vector<Block> read_text(std::string_view text) {
  std::vector<Line> lines;  // non-blank lines; a blank one is marked by an empty Line
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t stop = text.find('\n', start);
    if (stop == std::string_view::npos) stop = text.size();
    std::size_t b = start;
    std::size_t e = stop;
    while (b < e && is_space(text[b])) ++b;
    while (e > b && is_space(text[e - 1])) --e;
    lines.push_back({b, e});
    start = stop + 1;
  }
  std::vector<Block> blocks;
  blocks.reserve(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].begin == lines[i].end) continue;
    const std::size_t begin = lines[i].begin;
    while (i + 1 < lines.size() && lines[i + 1].begin != lines[i + 1].end &&
           runs_on(text, lines[i], lines[i + 1])) {
      ++i;
    }
    Block block;
    block.text.copy(text.substr(begin, lines[i].end - begin), begin);
    blocks.push_back(std::move(block));
  }
  return blocks;
}

}  // namespace cadena::clean
