// The built `clean` plugin as the CLI sees it: loaded from its shared library
// by the core's loader and run through a real Pipeline.
#include <cadena/error.hpp>
#include <cadena/loader.hpp>
#include <cadena/pipeline.hpp>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "../process_scratch.hpp"
#include "clean_test_support.hpp"

namespace cadena {

namespace {

constexpr const char* kDefaults = R"({"format": "input", "boilerplate": true, "default_lang": "es"})";

class CleanPlugin : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    registry_ = new Registry;
    load_plugins({CADENA_CLEAN_PLUGIN}, *registry_);
  }
  static void TearDownTestSuite() { delete registry_; }

  static Pipeline pipeline(const std::string& options, const Registry& registry = *registry_) {
    return Pipeline(parse_pipeline_config(R"({"pipeline":[{"plugin":"clean","options":)" + options + "}]}", "p.json"),
                    registry);
  }
  static std::string build_error(const std::string& options, const Registry& registry = *registry_) {
    try {
      pipeline(options, registry);
    } catch (const Error& e) {
      return e.what();
    }
    return "";
  }

  // Cleans one document and checks that its offset map holds.
  static Document run(const Pipeline& p, const std::string& original, const std::string& format,
                      const std::string& date = "") {
    Document doc("d", original);
    doc.format = format;
    doc.date = date;
    EXPECT_EQ(p.process(doc), "");
    EXPECT_TRUE(clean::testing::map_holds(original, doc.text(), doc.offsets().pieces()));
    return doc;
  }

  static Registry* registry_;
};

Registry* CleanPlugin::registry_ = nullptr;

}  // namespace

TEST_F(CleanPlugin, DescribesItself) {
  ASSERT_TRUE(registry_->rejections().empty()) << registry_->rejections()[0].reason;
  EXPECT_EQ(registry_->plugins().at(0).license, "Apache-2.0");
  const StageFactory* f = registry_->find("clean");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(f->needs.empty());
  EXPECT_EQ(f->writes, (std::vector<std::string>{"text", "dateline"}));
  EXPECT_EQ(f->defaults, nlohmann::json::parse(kDefaults));
  EXPECT_EQ(f->data_dir, CADENA_CLEAN_PLUGIN_DATA);
}

TEST_F(CleanPlugin, FollowsTheDocumentsFormat) {
  Pipeline p = pipeline(kDefaults);
  EXPECT_EQ(run(p, "<p>Hola &amp; adiós</p>", "html").text(), "Hola & adiós");
  EXPECT_EQ(run(p, "<p>Hola &amp; adiós</p>", "text").text(), "<p>Hola &amp; adiós</p>");
  EXPECT_EQ(run(p, "<p>Hola &amp; adiós</p>", "").text(), "Hola & adiós");  // no format given: sniffed
}

TEST_F(CleanPlugin, AutoSniffsWhateverTheDocumentSays) {
  EXPECT_EQ(run(pipeline(R"({"format": "auto"})"), "<p>Hola &amp; adiós</p>", "text").text(), "Hola & adiós");
}

TEST_F(CleanPlugin, WithoutBoilerplateRemovalKeepsEveryBlock) {
  Document doc = run(pipeline(R"({"format": "text", "boilerplate": false})"),
                     clean::testing::corpus("002_91dc5cbc6c28c791.txt"), "text");
  EXPECT_EQ(doc.text().rfind("Cargando...\n\nMundo\n\n", 0), 0u);
}

TEST_F(CleanPlugin, SetsTheDateOnlyWhenTheDocumentHasNone) {
  Pipeline p = pipeline(kDefaults);
  const std::string article = clean::testing::corpus("001_89594c8156684479.txt");
  EXPECT_EQ(run(p, article, "text").date, "2025-07-13");
  EXPECT_EQ(run(p, article, "text", "2025-07-14").date, "2025-07-14");
}

TEST_F(CleanPlugin, BadOptionsAreRefusedWhenBuilt) {
  EXPECT_EQ(build_error(R"({"format": "xml"})"),
            "p.json: stage 'clean': /pipeline/0/options/format: expected \"input\", \"auto\", \"html\" or \"text\", "
            "got \"xml\"");
  EXPECT_EQ(build_error(R"({"boilerplate": "yes"})"),
            "p.json: stage 'clean': /pipeline/0/options/boilerplate: expected a boolean, got \"yes\"");
  EXPECT_EQ(build_error(R"({"default_lang": "xx"})"),
            std::string("p.json: stage 'clean': /pipeline/0: ") + CADENA_CLEAN_PLUGIN_DATA +
                ": no data for the default language 'xx'");
}

TEST_F(CleanPlugin, APluginWithoutItsDataFolderIsRefusedWhenBuilt) {
  // The library alone in a folder: the loader finds no data beside it.
  namespace fs = std::filesystem;
  const ProcessScratch folder("cadena-clean-alone-");  // removed when the test ends, passed or not
  const fs::path& lonely = folder.dir();
  fs::copy_file(CADENA_CLEAN_PLUGIN, lonely / "libcadena_clean.so", fs::copy_options::overwrite_existing);
  {
    Registry alone;
    load_plugins({lonely.string()}, alone);
    EXPECT_EQ(build_error(kDefaults, alone),
              "p.json: stage 'clean': /pipeline/0: the clean plugin's data folder is missing (expected a "
              "folder 'clean' beside the library)");
  }
}

}  // namespace cadena
