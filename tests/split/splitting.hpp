// What the split tests share: the splitter built from the plugin's data, and
// its output as strings.
#ifndef CADENA_TESTS_SPLIT_SPLITTING_HPP
#define CADENA_TESTS_SPLIT_SPLITTING_HPP

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "sentence_splitter.hpp"

namespace cadena::split::testing {

inline const std::string kDataDir = CADENA_SOURCE_DIR "/plugins/split/data";

// One splitter for all tests: loading it is the slow part.
inline const SentenceSplitter& splitter() {
  static const SentenceSplitter instance(kDataDir);
  return instance;
}

inline std::vector<std::string> sentences(std::string_view text, std::string_view lang = "es") {
  std::vector<std::string> out;
  for (const ByteRange& r : splitter().split(text, lang))
    out.emplace_back(text.substr(r.begin, r.end - r.begin));
  return out;
}

// The promise of split(): ranges in order, trimmed, not overlapping, and
// together holding every non-space byte of the text.
inline ::testing::AssertionResult covers_text(std::string_view text,
                                              const std::vector<ByteRange>& ranges) {
  auto is_space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  std::vector<bool> covered(text.size(), false);
  std::size_t previous_end = 0;
  for (const ByteRange& r : ranges) {
    if (r.begin < previous_end || r.begin >= r.end || r.end > text.size())
      return ::testing::AssertionFailure() << "bad range [" << r.begin << ", " << r.end << ")";
    if (is_space(text[r.begin]) || is_space(text[r.end - 1]))
      return ::testing::AssertionFailure()
             << "untrimmed range [" << r.begin << ", " << r.end << ")";
    for (std::size_t i = r.begin; i < r.end; ++i) covered[i] = true;
    previous_end = r.end;
  }
  for (std::size_t i = 0; i < text.size(); ++i)
    if (!covered[i] && !is_space(text[i]))
      return ::testing::AssertionFailure() << "byte " << i << " is in no sentence";
  return ::testing::AssertionSuccess();
}

}  // namespace cadena::split::testing

#endif  // CADENA_TESTS_SPLIT_SPLITTING_HPP
