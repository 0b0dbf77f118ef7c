// icu_sentences [--boundaries] FILE
//
// Runs ICU's plain Spanish sentence BreakIterator over a UTF-8 file and prints
// how many sentences it finds (segments with any non-space byte), or with
// --boundaries every boundary offset (bytes), one a line. A reference for
// whole-process time and accuracy against Cadena's splitter.
#include <cstdio>
#include <exception>
#include <string>
#include <string_view>

#include "icu_baseline.hpp"

namespace {

bool has_content(std::string_view segment) {
  return segment.find_first_not_of(" \t\r\n\f\v") != std::string_view::npos;
}

}  // namespace

int main(int argc, char** argv) {
  bool print_boundaries = argc == 3 && std::string_view(argv[1]) == "--boundaries";
  if (argc != 2 && !print_boundaries) {
    std::fprintf(stderr, "usage: %s [--boundaries] FILE\n", argv[0]);
    return 2;
  }
  try {
    std::string text = cadena::bench::read_file(argv[argc - 1]);
    std::size_t sentences = 0;
    std::size_t begin = 0;
    for (std::size_t boundary : cadena::bench::icu_sentence_boundaries(text, "es")) {
      if (print_boundaries) std::printf("%zu\n", boundary);
      if (has_content(std::string_view(text).substr(begin, boundary - begin))) ++sentences;
      begin = boundary;
    }
    if (!print_boundaries) std::printf("%zu\n", sentences);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: %s\n", argv[0], e.what());
    return 1;
  }
  return 0;
}
