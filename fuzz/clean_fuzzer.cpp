// The cleaner over any bytes that pass the input checks, as HTML and as text:
// every document reaches it, so nothing in it may crash, hang or leak, and
// its offset map must stay inside the original.
#include <cadena/input_checks.hpp>
#include <cstdlib>

#include "cleaner.hpp"
#include "fuzz_data.hpp"

using namespace cadena;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const clean::Cleaner cleaner(fuzz::plugin_data("clean"), clean::CleanOptions{});
  std::string_view original = fuzz::bytes(data, size);
  if (!check_text(original, size).empty()) return 0;
  for (clean::InputFormat format : {clean::InputFormat::kHtml, clean::InputFormat::kText}) {
    clean::CleanResult r = cleaner.clean(original, format, "es");
    if (find_invalid_utf8(r.text) != std::string_view::npos) std::abort();
    for (const cadena_offset_piece& p : r.pieces)
      if (p.view_end > r.text.size() || p.orig_end > original.size() || p.orig_begin > p.orig_end)
        std::abort();
  }
  return 0;
}
