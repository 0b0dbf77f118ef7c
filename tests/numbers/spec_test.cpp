// Recognizers-Text's Spanish NumberModel spec, run against find_numbers().
//
// Matching rule: a case passes when Cadena's numbers, ordinals left out (they
// are Recognizers' OrdinalModel, not NumberModel), are exactly the expected
// results: the same start and end (code points; the spec's End is inclusive)
// and the same value within a relative 1e-9 (the spec rounds to 15
// significant digits and writes a decimal comma). Text is not compared: it
// follows from the offsets ("10G" is spelled "10g" in the spec).
// Cases listed in skip.txt are not run; the rate is asserted over the others
// and printed over all cases too.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "number_testing.hpp"
#include "spec_harness.hpp"

namespace cadena::numbers {
namespace {

using spec_testing::code_points;

constexpr double kTarget = 0.90;

double spec_value(std::string value) {
  std::replace(value.begin(), value.end(), ',', '.');
  return std::stod(value);
}

bool close(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)}) ||
         std::fabs(a - b) <= 1e-12;
}

bool passes(const nlohmann::json& c, std::string& got) {
  std::string input = c.at("Input");
  std::vector<NumberMention> found;
  for (const NumberMention& m : find_numbers(input, testing::lexicon()))
    if (m.kind != "ordinal") found.push_back(m);
  for (const NumberMention& m : found)
    got += "[" + std::to_string(code_points(input, m.begin)) + "," +
           std::to_string(code_points(input, m.end) - 1) + "]=" + std::to_string(m.value) + " ";
  const nlohmann::json& expected = c.at("Results");
  if (expected.size() != found.size()) return false;
  for (std::size_t i = 0; i < found.size(); ++i) {
    const nlohmann::json& e = expected[i];
    if (code_points(input, found[i].begin) != e.at("Start").get<std::size_t>() ||
        code_points(input, found[i].end) - 1 != e.at("End").get<std::size_t>() ||
        !close(found[i].value, spec_value(e.at("Resolution").at("value"))))
      return false;
  }
  return true;
}

TEST(NumberModelSpec, PassRateMeetsTarget) {
  const std::string file = "NumberModel.json";
  nlohmann::json cases = spec_testing::load_spec("Number/Spanish/" + file);
  spec_testing::Skips skips(CADENA_SOURCE_DIR "/tests/numbers/skip.txt");
  spec_testing::PassRate rate = spec_testing::run_cases(file, cases, skips, passes);
  EXPECT_GE(rate.supported(), kTarget);
}

}  // namespace
}  // namespace cadena::numbers
