// The built `ner` plugin as the CLI sees it: loaded from its shared library by
// the core's loader, after `split`, in a real Pipeline.
#include <gtest/gtest.h>

#include <cadena/error.hpp>
#include <cadena/loader.hpp>
#include <cadena/pipeline.hpp>
#include <string>
#include <variant>
#include <vector>

#include "test_files.hpp"

namespace cadena {
namespace {

struct Found {
  std::string text, label, key;
  bool operator==(const Found& o) const {
    return text == o.text && label == o.label && key == o.key;
  }
};
std::ostream& operator<<(std::ostream& out, const Found& f) {
  return out << "{" << f.text << ", " << f.label << ", " << f.key << "}";
}

class NerPlugin : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    registry_ = new Registry;
    load_plugins({CADENA_SPLIT_PLUGIN, CADENA_NER_PLUGIN}, *registry_);
  }
  static void TearDownTestSuite() { delete registry_; }

  static Pipeline pipeline(const std::string& options = "{}") {
    return Pipeline(
        parse_pipeline_config(
            R"({"pipeline":[{"plugin":"split"},{"plugin":"entities","options":)" + options + "}]}",
            "p.json"),
        *registry_);
  }

  static std::vector<Found> run(const Pipeline& p, const std::string& text) {
    Document doc("d", text);
    EXPECT_EQ(p.process(doc), "");
    std::vector<Found> out;
    if (const Layer* l = doc.layer("entities"))
      for (const Span& s : l->spans)
        out.push_back({text.substr(s.begin, s.end - s.begin),
                       std::get<std::string>(*s.find("label")),
                       std::get<std::string>(*s.find("key"))});
    return out;
  }

  static Registry* registry_;
};

Registry* NerPlugin::registry_ = nullptr;

}  // namespace

TEST_F(NerPlugin, DescribesItself) {
  ASSERT_TRUE(registry_->rejections().empty()) << registry_->rejections()[0].reason;
  const StageFactory* f = registry_->find("entities");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->plugin, "ner");
  EXPECT_EQ(f->needs, std::vector<std::string>{"sentences"});
  EXPECT_EQ(f->writes, std::vector<std::string>{"entities"});
  EXPECT_EQ(f->defaults,
            nlohmann::json::parse(R"({"lang": "es", "model": "es/model.bin", "gazetteers": []})"));
  for (const PluginRecord& p : registry_->plugins())
    if (p.name == "ner")
      EXPECT_NE(p.description.find("AnCora"), std::string::npos);  // the model's attribution
}

TEST_F(NerPlugin, TagsAndKeysEntities) {
  std::vector<Found> found = run(pipeline(),
                                 "El ministro ruso Serguéi Lavrov llegó ayer a Pionyang. "
                                 "Lavrov se reunió con Kim Jong-un en la ciudad de Wonsan.");
  EXPECT_EQ(found, (std::vector<Found>{{"Serguéi Lavrov", "PER", "serguei lavrov"},
                                       {"Pionyang", "LOC", "pyongyang"},
                                       {"Lavrov", "PER", "serguei lavrov"},
                                       {"Kim Jong-un", "PER", "kim jong un"},
                                       {"Wonsan", "LOC", "wonsan"}}));
}

TEST_F(NerPlugin, OffsetsAreBytesOfTheText) {
  std::vector<Found> found = run(pipeline(), "Ayer, en Moscú, habló Vladímir Putin.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].text, "Moscú");
  EXPECT_EQ(found[1].text, "Vladímir Putin");
  EXPECT_TRUE(run(pipeline(), "").empty());
}

TEST_F(NerPlugin, UserGazetteersForceTheirType) {
  std::string text = "Los directivos de Ultramarinos Pepe y Manolo Gómez firmaron.";
  std::string gazetteer = write_test_file("shops.txt", "[ORG]\nUltramarinos Pepe\n");
  std::vector<Found> found = run(pipeline(R"({"gazetteers": [")" + gazetteer + R"("]})"), text);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0], (Found{"Ultramarinos Pepe", "ORG", "ultramarinos pepe"}));
}

TEST_F(NerPlugin, BadOptionsAreRefusedWhenBuilt) {
  auto error_of = [](const std::string& options) {
    try {
      pipeline(options);
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("built");
  };
  std::string missing = scratch_dir() + "/missing_gazetteer.txt";
  EXPECT_NE(error_of(R"({"gazetteers": [")" + missing + R"("]})")
                .find(missing + ": cannot open data file"),
            std::string::npos);
  std::string not_a_model = write_test_file("not_a_model.bin", "hello");
  EXPECT_NE(error_of(R"({"model": ")" + not_a_model + R"("})")
                .find(not_a_model + ": not a usable Cadena NER model"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"gazetteers": [3]})").find("/gazetteers/0: expected a file name"),
            std::string::npos);
}

}  // namespace cadena
