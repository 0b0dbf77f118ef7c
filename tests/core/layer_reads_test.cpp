// `needs` and `reads_if_present` are enforced on reads: doc.layer() of a layer
// a stage did not declare fails the document, naming the stage and the layer.
#include <cadena/pipeline.hpp>
#include <cadena/sdk.hpp>
#include <gtest/gtest.h>

#include "test_plugins.hpp"

namespace cadena {

namespace {

// Reads the layer named by option "layer" and records its span count.
class Peek : public Stage {
 public:
  explicit Peek(const StageContext& ctx) : layer_(ctx.options.at("layer").get<std::string>()) {}
  void process(DocRef& doc) const override {
    std::size_t seen = doc.layer(layer_).size();
    doc.write("peeked").add(0, 0).set("spans", static_cast<std::int64_t>(seen));
  }

 private:
  std::string layer_;
};

const cadena_stage_factory kPeek[] = {stage<Peek>("peek", "", R"({"layer": "loud"})", "", "peeked", "loud")};
const cadena_plugin_info kPeekInfo = {CADENA_ABI_MAJOR, CADENA_ABI_MINOR, sizeof(cadena_plugin_info),
                                      {"peek", 4}, {"1", 1}, {"MIT", 3}, {"", 0}, kPeek, 1, {}};

// The same stage stamped ABI 1.0: its `reads_if_present` slot was reserved
// then, so the host must not read it.
const cadena_stage_factory kOldPeek[] = {stage<Peek>("old_peek", "", R"({"layer": "loud"})", "", "peeked", "loud")};
const cadena_plugin_info kOldPeekInfo = {CADENA_ABI_MAJOR, 0, sizeof(cadena_plugin_info),
                                         {"old_peek", 8}, {"1", 1}, {"MIT", 3}, {"", 0}, kOldPeek, 1, {}};

Registry registry() {
  Registry r = registry_with_shout();
  EXPECT_TRUE(r.add(&kPeekInfo, "(built in)", "", nullptr));
  EXPECT_TRUE(r.add(&kOldPeekInfo, "(built in)", "", nullptr));
  return r;
}

std::int64_t peeked(const Document& d) {
  return std::get<std::int64_t>(*d.layer("peeked")->spans.at(0).find("spans"));
}

}  // namespace

TEST(LayerReads, AnOptionalLayerIsReadWhenAnEarlierStageWroteIt) {
  Registry r = registry();
  Pipeline p(parse_pipeline_config(R"({"pipeline":[{"plugin":"shout"},{"plugin":"peek"}]})", "p.json"), r);
  Document d("x", "la ONU y la OTAN");
  ASSERT_EQ(p.process(d), "");
  EXPECT_EQ(peeked(d), 2);
}

TEST(LayerReads, AnOptionalLayerIsNotRequiredAtConfigLoad) {
  Registry r = registry();
  Pipeline p(parse_pipeline_config(R"({"pipeline":[{"plugin":"peek"}]})", "p.json"), r);
  Document d("x", "la ONU y la OTAN");
  ASSERT_EQ(p.process(d), "");
  EXPECT_EQ(peeked(d), 0);
}

TEST(LayerReads, ReadingAnUndeclaredLayerFailsNamingStageAndLayer) {
  Registry r = registry();
  Pipeline p(parse_pipeline_config(
                 R"({"pipeline":[{"plugin":"shout"},{"name":"nosy","plugin":"peek","options":{"layer":"counts"}}]})",
                 "p.json"),
             r);
  Document d("x", "la ONU");
  EXPECT_EQ(p.process(d),
            "stage 'nosy': read layer 'counts' without declaring it in its `needs` (or `reads_if_present`, if "
            "optional)");
}

TEST(LayerReads, AStageMayReadALayerItWrites) {
  Registry r = registry();
  Pipeline p(parse_pipeline_config(R"({"pipeline":[{"plugin":"peek","options":{"layer":"peeked"}}]})", "p.json"),
             r);
  Document d("x", "la ONU");
  ASSERT_EQ(p.process(d), "");
  EXPECT_EQ(peeked(d), 0);  // counted before its own span was added
}

// Also: an undeclared layer fails even when an earlier stage wrote it.
TEST(LayerReads, AnAbi10PluginsReservedSlotsAreNotReadAsOptionalLayers) {
  Registry r = registry();
  Pipeline p(parse_pipeline_config(R"({"pipeline":[{"plugin":"shout"},{"plugin":"old_peek"}]})", "p.json"), r);
  Document d("x", "la ONU");
  EXPECT_EQ(p.process(d),
            "stage 'old_peek': read layer 'loud' without declaring it in its `needs` (or `reads_if_present`, if "
            "optional)");
}

}  // namespace cadena
