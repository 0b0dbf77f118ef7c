// The authors' harness (cadena/stage_test.hpp) keeps the host's promises.
#include <cadena/stage_test.hpp>
#include <gtest/gtest.h>

#include "test_plugins.hpp"

namespace cadena {

namespace {

// Reads the layer named by option "layer"; declares `sentences` optional.
class Reader : public Stage {
 public:
  explicit Reader(const StageContext& ctx) : layer_(ctx.options.at("layer").get<std::string>()) {}
  void process(DocRef& doc) const override {
    LayerRef read = doc.layer(layer_);
    SpanWriter seen = doc.write("seen").add(0, 0);
    seen.set("spans", static_cast<std::int64_t>(read.size()));
    if (read.size() > 0) seen.set("first_label", read.attr_string(0, "label").value_or("(none)"));
  }

 private:
  std::string layer_;
};

const cadena_stage_factory kReader[] = {
    stage<Reader>("reader", "", R"({"layer": "sentences"})", "", "seen", "sentences")};
const cadena_plugin_info kReaderInfo = {CADENA_ABI_MAJOR, CADENA_ABI_MINOR, sizeof(cadena_plugin_info),
                                        {"reader", 6}, {"1", 1}, {"MIT", 3}, {"", 0}, kReader, 1, {}};

}  // namespace

TEST(StageTestHarness, RunsAStageWithItsMergedOptions) {
  StageTest shout(cadena_plugin_entry_shout(), "shout", R"({"min_length": 3})");
  TestDoc doc("la ONU y la UE");
  ASSERT_EQ(shout.run(doc), "");
  ASSERT_EQ(doc.layer("loud").size(), 1u);  // "UE" is shorter than 3
  EXPECT_EQ(doc.span_text("loud", 0), "ONU");
  EXPECT_EQ(doc.attr("loud", 0, "length"), 3);
}

TEST(StageTestHarness, RefusesOptionsAsThePipelineDoes) {
  EXPECT_THROW(StageTest(cadena_plugin_entry_shout(), "shout", R"({"minlength": 3})"), std::runtime_error);
  try {
    StageTest(cadena_plugin_entry_shout(), "shout", R"({"min_length": 0})");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "/options/min_length: expected a positive integer, got 0");
  }
}

TEST(StageTestHarness, GivenLayersAreReadAndUndeclaredOnesFail) {
  TestDoc doc("Uno. Dos.");
  doc.add_layer("sentences", {{0, 4, {{"label", "first"}}}, {5, 9}});
  ASSERT_EQ(StageTest(&kReaderInfo, "reader").run(doc), "");
  EXPECT_EQ(doc.attr("seen", 0, "spans"), 2);
  EXPECT_EQ(doc.attr("seen", 0, "first_label"), "first");

  TestDoc other("Uno. Dos.");
  other.add_layer("tokens", {{0, 3}});
  EXPECT_EQ(StageTest(&kReaderInfo, "reader", R"({"layer": "tokens"})").run(other),
            "read layer 'tokens' without declaring it in its `needs` (or `reads_if_present`, if optional)");
}

}  // namespace cadena
