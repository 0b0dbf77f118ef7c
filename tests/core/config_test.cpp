#include <cadena/config.hpp>
#include <cadena/error.hpp>
#include <gtest/gtest.h>

namespace cadena {

namespace {

std::string parse_error(const std::string& text) {
  try {
    parse_pipeline_config(text, "p.json");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST(Config, ParsesStagesWithDefaultNames) {
  PipelineConfig c = parse_pipeline_config(
      R"({"pipeline":[{"plugin":"clean"},{"name":"s","plugin":"split","options":{"lang":"es"}}]})", "p.json");
  ASSERT_EQ(c.stages.size(), 2u);
  EXPECT_EQ(c.stages[0].name, "clean");
  EXPECT_EQ(c.stages[1].name, "s");
  EXPECT_EQ(c.stages[1].options["lang"], "es");
}

TEST(Config, InvalidJsonNamesLineAndColumn) {
  std::string e = parse_error("{\n  \"pipeline\": [\n    {\"plugin\": }\n  ]\n}");
  EXPECT_NE(e.find("p.json: line 3, column"), std::string::npos) << e;
}

// Found by fuzz/config_fuzzer: nlohmann throws out_of_range, not parse_error,
// for a number past a double, and it used to escape as a foreign exception.
TEST(Config, ANumberPastADoubleIsInvalidJson) {
  std::string e = parse_error(R"({"pipeline": [{"plugin": "split", "options": {"max": 1e999}}]})");
  EXPECT_EQ(e, "p.json: invalid JSON (number overflow parsing '1e999')");
}

TEST(Config, ShapeErrorsNameTheJsonPointer) {
  EXPECT_NE(parse_error(R"({"pipeline":[{"plugin":3}]})").find("/pipeline/0/plugin: expected a non-empty string"),
            std::string::npos);
  EXPECT_NE(parse_error(R"({"pipeline":[{"name":"x"}]})").find("/pipeline/0: missing \"plugin\""),
            std::string::npos);
  EXPECT_NE(parse_error(R"({"pipeline":[{"plugin":"a","opts":{}}]})").find("/pipeline/0/opts: unknown key"),
            std::string::npos);
  EXPECT_NE(parse_error(R"({"pipeline":[{"plugin":"a"},{"plugin":"a"}]})").find("/pipeline/1/name"),
            std::string::npos);
  EXPECT_NE(parse_error(R"({"pipeline":[]})").find("no stages"), std::string::npos);
  EXPECT_NE(parse_error(R"({"stages":[]})").find("/stages: unknown key"), std::string::npos);
}

TEST(Config, MergesUserOptionsOntoDefaults) {
  nlohmann::json merged;
  auto defaults = nlohmann::json::parse(R"({"max": 3, "ratio": 0.5, "lang": "es", "deep": {"a": 1, "b": 2}})");
  auto user = nlohmann::json::parse(R"({"ratio": 1, "deep": {"b": 5}})");
  EXPECT_EQ(merge_options(defaults, user, "/options", merged), "");
  EXPECT_EQ(merged["max"], 3);
  EXPECT_EQ(merged["ratio"], 1);  // an integer is a number
  EXPECT_EQ(merged["deep"]["a"], 1);
  EXPECT_EQ(merged["deep"]["b"], 5);
}

TEST(Config, RefusesUnknownAndIllTypedOptions) {
  nlohmann::json merged;
  auto defaults = nlohmann::json::parse(R"({"max": 3, "lang": "es", "deep": {"a": 1}})");
  EXPECT_EQ(merge_options(defaults, nlohmann::json::parse(R"({"mx": 1})"), "/options", merged),
            "/options/mx: unknown option (known: deep, lang, max)");
  EXPECT_EQ(merge_options(defaults, nlohmann::json::parse(R"({"max": "x"})"), "/options", merged),
            "/options/max: expected an integer, got \"x\"");
  EXPECT_EQ(merge_options(defaults, nlohmann::json::parse(R"({"max": 2.5})"), "/options", merged),
            "/options/max: expected an integer, got 2.5");
  EXPECT_EQ(merge_options(defaults, nlohmann::json::parse(R"({"deep": {"z": 1}})"), "/options", merged),
            "/options/deep/z: unknown option (known: a)");
}

TEST(Config, TheDefaultPipelineParses) {
  PipelineConfig c = default_pipeline_config();
  ASSERT_GE(c.stages.size(), 2u);
  EXPECT_EQ(c.stages[0].plugin, "clean");
  EXPECT_EQ(c.stages[1].plugin, "split");
}

}  // namespace cadena
