// The built `numbers` plugin as the CLI sees it: loaded from its shared
// library by the core's loader and run through a real Pipeline.
#include <gtest/gtest.h>

#include <cadena/error.hpp>
#include <cadena/loader.hpp>
#include <cadena/pipeline.hpp>
#include <string>

namespace cadena {
namespace {

class NumbersPlugin : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    registry_ = new Registry;
    load_plugins({CADENA_NUMBERS_PLUGIN}, *registry_);
  }
  static void TearDownTestSuite() { delete registry_; }

  static Pipeline pipeline(const std::string& options) {
    return Pipeline(
        parse_pipeline_config(R"({"pipeline":[{"plugin":"numbers","options":)" + options + "}]}",
                              "p.json"),
        *registry_);
  }

  static Document run(const std::string& text, const std::string& lang,
                      const std::string& options = R"({"lang": ""})") {
    Document doc("d", text);
    doc.lang = lang;
    EXPECT_EQ(pipeline(options).process(doc), "");
    return doc;
  }

  static Registry* registry_;
};

Registry* NumbersPlugin::registry_ = nullptr;

TEST_F(NumbersPlugin, DescribesItself) {
  ASSERT_TRUE(registry_->rejections().empty()) << registry_->rejections()[0].reason;
  const StageFactory* f = registry_->find("numbers");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(f->needs.empty());
  EXPECT_EQ(f->writes, std::vector<std::string>{"numbers"});
  EXPECT_EQ(f->data_dir, CADENA_NUMBERS_PLUGIN_DATA);
}

TEST_F(NumbersPlugin, WritesTypedAttributes) {
  Document doc =
      run("Envió 10,000 soldados, 4,8 toneladas y 12 millones de euros, entre 5 y 7%.", "es");
  const Layer* layer = doc.layer("numbers");
  ASSERT_NE(layer, nullptr);
  ASSERT_EQ(layer->spans.size(), 4u);
  const Span& soldiers = layer->spans[0];
  EXPECT_EQ(std::get<std::int64_t>(*soldiers.find("value")), 10000);  // whole: a JSON integer
  EXPECT_EQ(std::get<std::string>(*soldiers.find("kind")), "cardinal");
  EXPECT_EQ(soldiers.find("unit"), nullptr);
  EXPECT_EQ(std::get<double>(*layer->spans[1].find("value")), 4.8);
  EXPECT_EQ(std::get<std::string>(*layer->spans[2].find("unit")), "EUR");
  const Span& range = layer->spans[3];
  EXPECT_EQ(std::get<std::string>(*range.find("kind")), "range");
  EXPECT_EQ(std::get<std::int64_t>(*range.find("min")), 5);
  EXPECT_EQ(std::get<std::int64_t>(*range.find("max")), 7);
  EXPECT_EQ(std::get<std::string>(*range.find("unit")), "%");
  // Byte offsets of the span.
  EXPECT_EQ(doc.text().substr(soldiers.begin, soldiers.end - soldiers.begin), "10,000");
}

TEST_F(NumbersPlugin, RegionOfTheDocumentDecides) {
  Document doc = run("pesa 4,800 kilos", "es-MX");
  EXPECT_EQ(std::get<std::int64_t>(*doc.layer("numbers")->spans[0].find("value")), 4800);
  Document other = run("pesa 4,800 kilos", "es-MX", R"({"lang": "es"})");
  EXPECT_EQ(std::get<double>(*other.layer("numbers")->spans[0].find("value")), 4.8);
}

TEST_F(NumbersPlugin, UnknownLanguage) {
  try {
    pipeline(R"({"lang": "fr"})");
    FAIL() << "built a pipeline with lang fr";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("no number data for 'fr'"), std::string::npos) << e.what();
  }
  Document doc("d", "Bonjour 3.");
  doc.lang = "fr";
  EXPECT_EQ(pipeline(R"({"lang": ""})").process(doc),
            "stage 'numbers': no number data for language 'fr' (have: en, es, es-mx)");
}

}  // namespace
}  // namespace cadena
