// Plain ICU sentence boundaries: the baseline Cadena's splitter is measured
// against, with nothing of Cadena in it.
#ifndef CADENA_BENCH_SPLIT_ICU_BASELINE_HPP
#define CADENA_BENCH_SPLIT_ICU_BASELINE_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cadena::bench {

// The byte offsets where ICU's sentence BreakIterator for `locale` puts a
// boundary in the UTF-8 `text`, in order; the last is text.size().
std::vector<std::size_t> icu_sentence_boundaries(std::string_view text, const char* locale);

// The whole content of a file. Throws std::runtime_error naming it.
std::string read_file(const std::string& path);

}  // namespace cadena::bench

#endif  // CADENA_BENCH_SPLIT_ICU_BASELINE_HPP
