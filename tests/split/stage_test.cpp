// The built `split` plugin as the CLI sees it: loaded from its shared library
// by the core's loader and run through a real Pipeline.
#include <cadena/error.hpp>
#include <cadena/loader.hpp>
#include <cadena/pipeline.hpp>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace cadena {

namespace {

using Sentences = std::vector<std::string>;

class SplitPlugin : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    registry_ = new Registry;
    load_plugins({CADENA_SPLIT_PLUGIN}, *registry_);
  }
  static void TearDownTestSuite() { delete registry_; }

  static Pipeline pipeline(const std::string& options) {
    return Pipeline(parse_pipeline_config(R"({"pipeline":[{"plugin":"split","options":)" + options + "}]}", "p.json"),
                    *registry_);
  }

  // The sentences found in `text` of a document in `lang`, as strings.
  static Sentences run(const Pipeline& p, const std::string& text, const std::string& lang,
                       std::string* failure = nullptr) {
    Document doc("d", text);
    doc.lang = lang;
    std::string error = p.process(doc);
    if (failure) *failure = error;
    else EXPECT_EQ(error, "");
    Sentences out;
    if (const Layer* l = doc.layer("sentences"))
      for (const Span& s : l->spans) out.push_back(text.substr(s.begin, s.end - s.begin));
    return out;
  }

  static Registry* registry_;
};

Registry* SplitPlugin::registry_ = nullptr;

}  // namespace

TEST_F(SplitPlugin, DescribesItself) {
  ASSERT_TRUE(registry_->rejections().empty()) << registry_->rejections()[0].reason;
  ASSERT_EQ(registry_->plugins().size(), 1u);
  EXPECT_EQ(registry_->plugins()[0].license, "Apache-2.0");
  const StageFactory* f = registry_->find("split");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(f->needs.empty());
  EXPECT_EQ(f->writes, Sentences{"sentences"});
  EXPECT_EQ(f->defaults, nlohmann::json::parse(R"({"lang": ""})"));
  EXPECT_EQ(f->data_dir, CADENA_SPLIT_PLUGIN_DATA);
}

TEST_F(SplitPlugin, WritesSentencesInTheDocumentsLanguage) {
  Pipeline p = pipeline(R"({"lang": ""})");
  EXPECT_EQ(run(p, "Llegó a EE. UU. El presidente habló.", "es"), (Sentences{"Llegó a EE. UU.", "El presidente habló."}));
  EXPECT_EQ(run(p, "Mr. Smith arrived. He left.", "en"), (Sentences{"Mr. Smith arrived.", "He left."}));
  // No language on the document: Spanish, which does not know "Mr.".
  EXPECT_EQ(run(p, "Mr. Smith arrived.", ""), (Sentences{"Mr.", "Smith arrived."}));
}

TEST_F(SplitPlugin, LangOptionOverridesTheDocument) {
  EXPECT_EQ(run(pipeline(R"({"lang": "en"})"), "Mr. Smith arrived.", "es"), (Sentences{"Mr. Smith arrived."}));
}

TEST_F(SplitPlugin, UnknownLangOptionIsRefusedWhenBuilt) {
  try {
    pipeline(R"({"lang": "fr"})");
    FAIL() << "built a pipeline with lang fr";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), std::string("p.json: stage 'split': /pipeline/0/options/lang: no sentence data for "
                                                 "'fr' in ") + CADENA_SPLIT_PLUGIN_DATA + " (have: en, es)");
  }
}

TEST_F(SplitPlugin, DocumentInAnUnknownLanguageFailsAlone) {
  Pipeline p = pipeline(R"({"lang": ""})");
  std::string failure;
  EXPECT_TRUE(run(p, "Bonjour.", "fr", &failure).empty());
  EXPECT_EQ(failure, "stage 'split': no sentence data for language 'fr' (have: en, es)");
  EXPECT_EQ(run(p, "Hola. Adiós.", "es"), (Sentences{"Hola.", "Adiós."}));
}

}  // namespace cadena
