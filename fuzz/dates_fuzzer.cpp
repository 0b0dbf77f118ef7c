// The date recognizer over any UTF-8, anchored to a reference date: mentions
// in order, inside the text, each with a TIMEX3 value of printable ASCII.
#include <cstdlib>

#include "data_table.hpp"
#include "date_recognizer.hpp"
#include "fuzz_data.hpp"

using namespace cadena;

namespace {

bool printable_ascii(const std::string& s) {
  for (char c : s)
    if (c < 0x20 || c > 0x7e) return false;
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const dates::DateLexicon lexicon =
      dates::DateLexicon::load(numbers::language_folders(fuzz::plugin_data("dates"), "es"),
                               numbers::language_folders(fuzz::plugin_data("numbers"), "es"));
  std::string_view text = fuzz::bytes(data, size);
  if (!fuzz::stage_would_see(text)) return 0;
  std::size_t last = 0;
  for (const dates::DateMention& m : dates::find_dates(text, lexicon, "2024-02-29", {})) {
    if (m.begin < last || m.end <= m.begin || m.end > text.size()) std::abort();
    if (!printable_ascii(m.value) || !printable_ascii(m.underspecified)) std::abort();
    last = m.end;
  }
  return 0;
}
