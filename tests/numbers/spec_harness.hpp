// Running Recognizers-Text spec files (tests/data/recognizers-es) as
// data-driven tests: loading the cases, the skip file that lists the cases
// Cadena does not support (each with a reason), and the pass rate per file.
// Shared by tests/numbers and tests/dates.
#ifndef CADENA_TESTS_SPEC_HARNESS_HPP
#define CADENA_TESTS_SPEC_HARNESS_HPP

#include <gtest/gtest.h>

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace cadena::spec_testing {

inline const std::string kSpecDir = CADENA_SOURCE_DIR "/tests/data/recognizers-es";

inline nlohmann::json load_spec(const std::string& relative) {
  std::ifstream in(kSpecDir + "/" + relative, std::ios::binary);
  if (!in) throw std::runtime_error(kSpecDir + "/" + relative + ": cannot open");
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // NumberModel.json has a BOM
  return nlohmann::json::parse(text);
}

// A skip file: lines "File.json#index | input | reason" for a case not run,
// or "File.json#* | * | reason" for a file Cadena does not claim (its cases
// are run and its rate printed, but no target is asserted); '#' at the start
// of a line is a comment. The input must be the case's, so that a skip
// cannot silently drift to another case.
class Skips {
 public:
  explicit Skips(const std::string& path) : path_(path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot open");
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (line.empty() || line[0] == '#') continue;
      std::size_t a = line.find(" | ");
      std::size_t b = a == std::string::npos ? a : line.find(" | ", a + 3);
      if (b == std::string::npos || line.substr(b + 3).empty())
        throw std::runtime_error(path + ":" + std::to_string(number) +
                                 ": expected 'File.json#index | input | reason'");
      Entry e{line.substr(a + 3, b - a - 3), line.substr(b + 3), number};
      if (!entries_.emplace(line.substr(0, a), e).second)
        throw std::runtime_error(path + ":" + std::to_string(number) + ": listed twice");
    }
  }

  // The reason case `index` of `file` is skipped, or "" when it is not.
  // Fails the test when the skip names another input.
  std::string reason(const std::string& file, std::size_t index, const std::string& input) const {
    auto it = entries_.find(file + "#" + std::to_string(index));
    if (it == entries_.end()) return "";
    EXPECT_EQ(it->second.input, input) << path_ << ":" << it->second.line << " names another case";
    return it->second.reason;
  }

  // Why `file` is not claimed, or "" when it is.
  std::string unclaimed(const std::string& file) const {
    auto it = entries_.find(file + "#*");
    return it == entries_.end() ? "" : it->second.reason;
  }

 private:
  struct Entry {
    std::string input;
    std::string reason;
    int line;
  };
  std::string path_;
  std::map<std::string, Entry> entries_;
};

struct PassRate {
  std::size_t passed = 0;
  std::size_t failed = 0;
  std::size_t skipped = 0;
  std::size_t total() const { return passed + failed + skipped; }
  // Over the cases not skipped.
  double supported() const { return passed + failed ? double(passed) / (passed + failed) : 0; }
  // Over all cases, skipped ones counted as failures.
  double overall() const { return total() ? double(passed) / total() : 0; }
};

inline void print(const std::string& file, const PassRate& r) {
  std::printf(
      "[ spec     ] %-28s %4zu/%-4zu passed: %5.1f%% of supported cases, %5.1f%% of all "
      "(%zu skipped)\n",
      file.c_str(), r.passed, r.passed + r.failed, 100 * r.supported(), 100 * r.overall(),
      r.skipped);
}

// Runs the cases of `file` not skipped: `passes(case, got)` says whether a
// case passes and writes what Cadena found into `got`. Failing cases are
// listed when CADENA_SPEC_VERBOSE is set; the rate is printed.
template <class Passes>
PassRate run_cases(const std::string& file, const nlohmann::json& cases, const Skips& skips,
                   Passes passes) {
  bool verbose = std::getenv("CADENA_SPEC_VERBOSE") != nullptr;
  PassRate rate;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    std::string input = cases[i].at("Input");
    if (!skips.reason(file, i, input).empty()) {
      ++rate.skipped;
      continue;
    }
    std::string got;
    if (passes(cases[i], got)) {
      ++rate.passed;
      continue;
    }
    ++rate.failed;
    if (verbose)
      std::printf("  %s#%zu %s\n    expected %s\n    got      %s\n", file.c_str(), i, input.c_str(),
                  cases[i].at("Results").dump().c_str(), got.c_str());
  }
  print(file, rate);
  return rate;
}

// Code points in the first `bytes` bytes of UTF-8 `text` (spec offsets count
// code points; Cadena's count bytes).
inline std::size_t code_points(std::string_view text, std::size_t bytes) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < bytes && i < text.size(); ++i)
    n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return n;
}

}  // namespace cadena::spec_testing

#endif  // CADENA_TESTS_SPEC_HARNESS_HPP
