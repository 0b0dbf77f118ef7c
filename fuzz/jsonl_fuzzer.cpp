// The CLI's input reader over any bytes as a .jsonl file: every line becomes
// a document or an error naming the line, and nothing escapes.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "fuzz_data.hpp"
#include "inputs.hpp"

using namespace cadena;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // The reader takes file names: one file per process, rewritten each run.
  static const std::string path = [] {
    const char* tmp = std::getenv("TMPDIR");
    return std::string(tmp ? tmp : "/tmp") + "/cadena-jsonl-fuzz-" + std::to_string(getpid()) +
           ".jsonl";
  }();
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  cli::InputReader reader({path}, cli::InputOptions{"", "es", 4096});
  RunItem item;
  while (reader.next(item)) {
    if (!item.doc && item.error.empty()) std::abort();  // a line lost without a word
    if (item.doc && find_invalid_utf8(item.doc->original()) != std::string_view::npos) std::abort();
  }
  return 0;
}
