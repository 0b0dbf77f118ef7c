// The number recognizer over any UTF-8: mentions in order, not overlapping,
// inside the text.
#include <cstdlib>

#include "data_table.hpp"
#include "fuzz_data.hpp"
#include "number_recognizer.hpp"

using namespace cadena;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const numbers::NumberLexicon lexicon =
      numbers::NumberLexicon::load(numbers::language_folders(fuzz::plugin_data("numbers"), "es"));
  std::string_view text = fuzz::bytes(data, size);
  if (!fuzz::stage_would_see(text)) return 0;
  std::size_t last = 0;
  for (const numbers::NumberMention& m : numbers::find_numbers(text, lexicon)) {
    if (m.begin < last || m.end <= m.begin || m.end > text.size()) std::abort();
    last = m.end;
  }
  return 0;
}
