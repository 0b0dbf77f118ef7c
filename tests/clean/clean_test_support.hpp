// What the clean tests share: the plugin's data, the corpus, and the check
// that an offset map keeps the promises of cadena/abi.h.
#ifndef CADENA_TESTS_CLEAN_TEST_SUPPORT_HPP
#define CADENA_TESTS_CLEAN_TEST_SUPPORT_HPP

#include <cadena/abi.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "mapped_text.hpp"

namespace cadena::clean::testing {

inline std::string data_dir() { return std::string(CADENA_SOURCE_DIR) + "/plugins/clean/data"; }

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << path;
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline std::string corpus(const std::string& name) {
  return read_file(std::string(CADENA_SOURCE_DIR) + "/corpus/" + name);
}

// The promises: the pieces cover the text in order; they go forwards through
// the original and stay inside it; and where a piece's two ranges have the
// same length, every byte of the text is the byte of the original it maps to.
inline ::testing::AssertionResult map_holds(std::string_view original, std::string_view text,
                                            const std::vector<cadena_offset_piece>& pieces) {
  std::uint64_t view = 0;
  std::uint64_t orig = 0;
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    const cadena_offset_piece& p = pieces[k];
    const std::string where = "piece " + std::to_string(k) + " {" + std::to_string(p.view_begin) +
                              "," + std::to_string(p.view_end) + "," +
                              std::to_string(p.orig_begin) + "," + std::to_string(p.orig_end) +
                              "}: ";
    if (p.view_begin != view) return ::testing::AssertionFailure() << where << "leaves a gap";
    if (p.view_end <= p.view_begin) return ::testing::AssertionFailure() << where << "is empty";
    if (p.orig_end < p.orig_begin || p.orig_begin < orig || p.orig_end > original.size()) {
      return ::testing::AssertionFailure() << where << "goes backwards or out of the original";
    }
    if (p.view_end - p.view_begin == p.orig_end - p.orig_begin) {
      for (std::uint64_t i = 0; i < p.view_end - p.view_begin; ++i) {
        if (text[p.view_begin + i] != original[p.orig_begin + i]) {
          return ::testing::AssertionFailure()
                 << where << "copies byte " << i << " as '" << text[p.view_begin + i]
                 << "' but the original has '" << original[p.orig_begin + i] << "'";
        }
      }
    }
    view = p.view_end;
    orig = p.orig_end;
  }
  if (view != text.size()) {
    return ::testing::AssertionFailure()
           << "the pieces cover " << view << " of " << text.size() << " bytes";
  }
  return ::testing::AssertionSuccess();
}

inline ::testing::AssertionResult map_holds(std::string_view original, const MappedText& text) {
  return map_holds(original, text.text(), text.pieces());
}

// A piece as a tuple, for readable comparisons.
inline std::vector<std::vector<std::uint64_t>> as_rows(
    const std::vector<cadena_offset_piece>& pieces) {
  std::vector<std::vector<std::uint64_t>> rows;
  for (const auto& p : pieces) rows.push_back({p.view_begin, p.view_end, p.orig_begin, p.orig_end});
  return rows;
}
using Rows = std::vector<std::vector<std::uint64_t>>;

}  // namespace cadena::clean::testing

#endif  // CADENA_TESTS_CLEAN_TEST_SUPPORT_HPP
