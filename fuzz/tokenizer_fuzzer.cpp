// The NER tokenizer over any UTF-8: tokens in order, inside the text, on
// character boundaries.
#include <cstdlib>

#include "fuzz_data.hpp"
#include "tokenizer.hpp"

using namespace cadena;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const ner::Tokenizer tokenizer(fuzz::plugin_data("ner") + "/es/abbreviations.txt");
  std::string_view text = fuzz::bytes(data, size);
  if (!fuzz::stage_would_see(text)) return 0;
  std::size_t last = 0;
  for (const ner::Token& t : tokenizer.tokenize(text)) {
    if (t.begin < last || t.end <= t.begin || t.end > text.size()) std::abort();
    if (!on_char_boundary(text, t.begin) || !on_char_boundary(text, t.end)) std::abort();
    last = t.end;
  }
  return 0;
}
