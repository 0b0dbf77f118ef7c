#include <cadena/error.hpp>
#include <cadena/pipeline.hpp>
#include <cadena/sdk.hpp>
#include <gtest/gtest.h>

#include <cctype>

#include "test_plugins.hpp"

namespace cadena {

namespace {

std::string build_error(const std::string& config_json, const Registry& registry) {
  try {
    Pipeline p(parse_pipeline_config(config_json, "p.json"), registry);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

// A plugin whose single stage needs a layer, to test order checks.
class NeedsLoud : public Stage {
 public:
  explicit NeedsLoud(const StageContext&) {}
  void process(DocRef& doc) const override {
    LayerRef loud = doc.layer("loud");
    auto counts = doc.write("counts");
    counts.add(0, 0).set("loud", static_cast<std::int64_t>(loud.size()));
  }
};

const cadena_stage_factory kNeedsLoud[] = {stage<NeedsLoud>("count_loud", "", "{}", "loud", "counts")};
const cadena_plugin_info kNeedsLoudInfo = {CADENA_ABI_MAJOR, CADENA_ABI_MINOR, sizeof(cadena_plugin_info),
                                           {"count", 5}, {"1", 1}, {"MIT", 3}, {"", 0}, kNeedsLoud, 1, {}};

// A stage that replaces the text by its upper-case copy, as a cleaning stage would.
class Upper : public Stage {
 public:
  explicit Upper(const StageContext&) {}
  void process(DocRef& doc) const override {
    std::string text(doc.original());
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    doc.set_text(text, {{0, text.size(), 0, text.size()}});
  }
};

const cadena_stage_factory kUpper[] = {stage<Upper>("upper", "", "{}", "", "text")};
const cadena_plugin_info kUpperInfo = {CADENA_ABI_MAJOR, CADENA_ABI_MINOR, sizeof(cadena_plugin_info),
                                       {"upper", 5}, {"1", 1}, {"MIT", 3}, {"", 0}, kUpper, 1, {}};

Registry both() {
  Registry r = registry_with_shout();
  r.add(&kNeedsLoudInfo, "(built in)", "", nullptr);
  r.add(&kUpperInfo, "(built in)", "", nullptr);
  return r;
}

}  // namespace

TEST(Pipeline, RunsStagesInOrder) {
  Registry r = both();
  Pipeline p(parse_pipeline_config(R"({"pipeline":[{"plugin":"shout"},{"plugin":"count_loud"}]})", "p.json"), r);
  Document d("x", "la ONU y la OTAN");
  ASSERT_EQ(p.process(d), "");
  const Layer* loud = d.layer("loud");
  ASSERT_NE(loud, nullptr);
  ASSERT_EQ(loud->spans.size(), 2u);
  EXPECT_EQ(loud->producer, "shout");
  EXPECT_EQ(loud->spans[1].begin, 12u);
  EXPECT_EQ(std::get<std::int64_t>(*loud->spans[1].find("length")), 4);
  EXPECT_EQ(std::get<std::int64_t>(*d.layer("counts")->spans[0].find("loud")), 2);
  EXPECT_EQ(d.timings.size(), 2u);
}

TEST(Pipeline, RefusesAStageBeforeTheLayerItNeeds) {
  std::string e = build_error(R"({"pipeline":[{"plugin":"count_loud"},{"plugin":"shout"}]})", both());
  EXPECT_EQ(e, "p.json: stage 'count_loud': /pipeline/0: needs layer 'loud', which no earlier stage writes; "
               "put a stage that writes it before this one");
}

TEST(Pipeline, RefusesTwoWritersOfOneLayer) {
  std::string e = build_error(R"({"pipeline":[{"plugin":"shout"},{"name":"again","plugin":"shout"}]})", both());
  EXPECT_EQ(e, "p.json: stage 'again': /pipeline/1: writes layer 'loud', already written by stage 'shout'");
}

TEST(Pipeline, ATextReplacingStageMustComeFirst) {
  EXPECT_EQ(build_error(R"({"pipeline":[{"plugin":"shout"},{"plugin":"upper"}]})", both()),
            "p.json: stage 'upper': /pipeline/1: replaces the text, so it must come before stage 'shout', which "
            "writes layer 'loud'");
  Registry r = both();
  Pipeline p(parse_pipeline_config(R"({"pipeline":[{"plugin":"upper"},{"plugin":"shout"}]})", "p.json"), r);
  Document d("x", "la onu");
  ASSERT_EQ(p.process(d), "");
  EXPECT_EQ(d.text(), "LA ONU");
  EXPECT_EQ(d.original(), "la onu");
  ASSERT_EQ(d.layer("loud")->spans.size(), 2u);  // shout saw the replaced text
}

TEST(Pipeline, UnknownPluginListsTheKnownOnes) {
  std::string e = build_error(R"({"pipeline":[{"plugin":"shuot"}]})", both());
  EXPECT_EQ(e, "p.json: stage 'shuot': /pipeline/0/plugin: unknown plugin 'shuot' (known stages: count_loud, shout, upper)");
}

TEST(Pipeline, OptionErrorsNameStageAndPointer) {
  Registry r = both();
  EXPECT_EQ(build_error(R"({"pipeline":[{"plugin":"shout","options":{"min_length":"two"}}]})", r),
            "p.json: stage 'shout': /pipeline/0/options/min_length: expected an integer, got \"two\"");
  EXPECT_EQ(build_error(R"({"pipeline":[{"plugin":"shout","options":{"minlength":2}}]})", r),
            "p.json: stage 'shout': /pipeline/0/options/minlength: unknown option (known: min_length)");
  // Checked by the plugin itself (OptionError), reported the same way.
  EXPECT_EQ(build_error(R"({"pipeline":[{"plugin":"shout","options":{"min_length":-3}}]})", r),
            "p.json: stage 'shout': /pipeline/0/options/min_length: expected a positive integer, got -3");
}

TEST(Pipeline, AStageThatThrowsFailsOnlyThatDocument) {
  Registry r = both();
  Pipeline p(parse_pipeline_config(R"({"pipeline":[{"plugin":"shout"}]})", "p.json"), r);
  Document bad("bad", "please FAIL now");
  EXPECT_EQ(p.process(bad), "stage 'shout': asked to fail");
  Document good("good", "AB cd");
  EXPECT_EQ(p.process(good), "");
  EXPECT_EQ(good.layer("loud")->spans.size(), 1u);
}

}  // namespace cadena
