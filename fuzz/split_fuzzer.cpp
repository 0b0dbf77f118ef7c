// The sentence splitter over any UTF-8: its sentences must stay in order,
// inside the text and on character boundaries.
#include <cstdlib>

#include "fuzz_data.hpp"
#include "sentence_splitter.hpp"

using namespace cadena;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const split::SentenceSplitter splitter(fuzz::plugin_data("split"));
  std::string_view text = fuzz::bytes(data, size);
  if (!fuzz::stage_would_see(text)) return 0;
  std::size_t last = 0;
  for (const split::ByteRange& s : splitter.split(text, "es")) {
    if (s.begin < last || s.end <= s.begin || s.end > text.size()) std::abort();
    if (!on_char_boundary(text, s.begin) || !on_char_boundary(text, s.end)) std::abort();
    last = s.end;
  }
  return 0;
}
