// The built `dates` plugin as the CLI sees it: loaded from its shared library
// by the core's loader, after `split` (it needs sentences), in a real Pipeline.
#include <gtest/gtest.h>

#include <cadena/error.hpp>
#include <cadena/loader.hpp>
#include <cadena/pipeline.hpp>
#include <string>

namespace cadena {
namespace {

class DatesPlugin : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    registry_ = new Registry;
    load_plugins({CADENA_SPLIT_PLUGIN, CADENA_DATES_PLUGIN}, *registry_);
  }
  static void TearDownTestSuite() { delete registry_; }

  static Pipeline pipeline(const std::string& dates_options = "{}") {
    return Pipeline(
        parse_pipeline_config(R"({"pipeline":[{"plugin":"split"},{"plugin":"dates","options":)" +
                                  dates_options + "}]}",
                              "p.json"),
        *registry_);
  }

  static std::string attr(const Span& s, const char* key) {
    return std::get<std::string>(*s.find(key));
  }

  static Registry* registry_;
};

Registry* DatesPlugin::registry_ = nullptr;

TEST_F(DatesPlugin, DescribesItself) {
  ASSERT_TRUE(registry_->rejections().empty()) << registry_->rejections()[0].reason;
  const StageFactory* f = registry_->find("dates");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->needs, std::vector<std::string>{"sentences"});
  EXPECT_EQ(f->writes, std::vector<std::string>{"dates"});
  EXPECT_EQ(f->data_dir, CADENA_DATES_PLUGIN_DATA);
}

TEST_F(DatesPlugin, WritesValuesTypesAndTheUnderspecifiedValue) {
  Document doc(
      "d", "Se reunieron el martes. Volverán a verse el martes a las 18.30 h durante tres días.");
  doc.date = "2025-07-13";
  EXPECT_EQ(pipeline().process(doc), "");
  const Layer* layer = doc.layer("dates");
  ASSERT_NE(layer, nullptr);
  ASSERT_EQ(layer->spans.size(), 3u);
  // The tense of each sentence decides its Tuesday.
  EXPECT_EQ(attr(layer->spans[0], "value"), "2025-07-08");
  EXPECT_EQ(attr(layer->spans[0], "type"), "DATE");
  EXPECT_EQ(attr(layer->spans[0], "timex_underspecified"), "XXXX-WXX-2");
  EXPECT_EQ(attr(layer->spans[1], "value"), "2025-07-15T18:30");
  EXPECT_EQ(attr(layer->spans[1], "type"), "TIME");
  EXPECT_EQ(attr(layer->spans[2], "value"), "P3D");
  EXPECT_EQ(attr(layer->spans[2], "type"), "DURATION");
  const Span& s = layer->spans[0];
  EXPECT_EQ(doc.text().substr(s.begin, s.end - s.begin), "martes");
}

TEST_F(DatesPlugin, AReferenceDateTimeAnchorsTimesCountedFromNow) {
  Document doc("d", "El incendio empezó hace 45 minutos, alrededor de las 9.");
  doc.date = "2025-07-13T09:30";
  EXPECT_EQ(pipeline().process(doc), "");
  const Layer* layer = doc.layer("dates");
  ASSERT_NE(layer, nullptr);
  ASSERT_EQ(layer->spans.size(), 2u);
  EXPECT_EQ(attr(layer->spans[0], "value"), "2025-07-13T08:45:00");
  EXPECT_EQ(attr(layer->spans[0], "timex_underspecified"), "UNDEF-NOW-MINUS-PT45M");
  EXPECT_EQ(attr(layer->spans[1], "mod"), "APPROX");
}

TEST_F(DatesPlugin, NoReferenceDateLeavesValuesUnderspecified) {
  Document doc("d", "el año pasado");
  EXPECT_EQ(pipeline().process(doc), "");
  EXPECT_EQ(attr(doc.layer("dates")->spans[0], "value"), "UNDEF-last-year");
}

TEST_F(DatesPlugin, NeedsTheNumbersData) {
  try {
    pipeline(R"({"numbers_data": "/nonexistent"})");
    FAIL() << "built without number data";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("/pipeline/1/options/numbers_data: no number data for"),
              std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace cadena
