#include <cadena/loader.hpp>
#include <cadena/pipeline.hpp>
#include <gtest/gtest.h>

#include <algorithm>

namespace cadena {

namespace {

// The reason given for the library whose file name contains `file`.
std::string reason_for(const Registry& r, const std::string& file) {
  for (const Rejection& x : r.rejections())
    if (x.path.find(file) != std::string::npos) return x.reason;
  return "(not refused)";
}

}  // namespace

// Loaded once for all its tests: each crashing library costs a child process.
class LoaderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { load_plugins({TEST_PLUGIN_DIR}, registry_); }
  static inline Registry registry_;
};

TEST_F(LoaderTest, LoadsAGoodPlugin) {
  const StageFactory* f = registry_.find("shout");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->plugin, "shout");
  EXPECT_EQ(f->writes, std::vector<std::string>{"loud"});
  EXPECT_EQ(f->defaults["min_length"], 2);
  ASSERT_EQ(registry_.plugins().size(), 3u);  // abi_1_0, shout, status_error: files load in name order
  EXPECT_EQ(registry_.plugins()[1].name, "shout");
  EXPECT_EQ(registry_.plugins()[1].version, "0.1.0");
  EXPECT_EQ(registry_.plugins()[1].license, "Apache-2.0");
}

TEST_F(LoaderTest, APluginWithoutADataFolderIsToldWhereTheHostLooked) {
  const StageFactory* f = registry_.find("shout");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->data_dir, "");
  EXPECT_EQ(f->data_dir_sought, std::string(TEST_PLUGIN_DIR) + "/shout");
}

TEST_F(LoaderTest, RefusesAnotherAbiMajor) {
  std::string r = reason_for(registry_, "other_major.so");
  EXPECT_NE(r.find("built for plugin ABI 2.0, this Cadena speaks ABI 1.1"), std::string::npos) << r;
  EXPECT_NE(r.find("another major version"), std::string::npos) << r;
}

TEST_F(LoaderTest, RefusesANewerMinor) {
  std::string r = reason_for(registry_, "newer_minor.so");
  EXPECT_NE(r.find("ABI 1.2, newer than this Cadena's ABI 1.1"), std::string::npos) << r;
}

TEST_F(LoaderTest, RefusesALibraryWithoutEntryPoint) {
  EXPECT_EQ(reason_for(registry_, "no_entry.so"), "not a Cadena plugin: no 'cadena_plugin_entry' entry point");
}

TEST_F(LoaderTest, RefusesAFileThatIsNotALibrary) {
  EXPECT_NE(reason_for(registry_, "libnot_a_library.so").find("not a loadable shared library"), std::string::npos);
}

TEST_F(LoaderTest, RefusesADuplicateStageName) {
  // Files load in name order: shout.so before shout_again.so.
  std::string r = reason_for(registry_, "shout_again.so");
  EXPECT_NE(r.find("duplicate stage name 'shout', already provided by plugin 'shout'"), std::string::npos) << r;
}

TEST_F(LoaderTest, RefusesADuplicatePluginName) {
  // shout.so loads before shout_same_name.so, whose stage has another name.
  std::string r = reason_for(registry_, "shout_same_name.so");
  EXPECT_NE(r.find("duplicate plugin name 'shout', already loaded from "), std::string::npos) << r;
  EXPECT_EQ(registry_.find("whisper"), nullptr);
}

// A plugin that states ABI 1.0 and the 1.0 struct sizes, shorter than this
// SDK's structs with their reserved fields: accepted, and its stages work.
TEST_F(LoaderTest, AcceptsAPluginBuiltAgainstAbi_1_0) {
  EXPECT_EQ(reason_for(registry_, "abi_1_0.so"), "(not refused)");
  ASSERT_NE(registry_.find("bytes"), nullptr);
  ASSERT_NE(registry_.find("bytes_again"), nullptr);  // read at the plugin's own, shorter stride
  Pipeline p(parse_pipeline_config(R"({"pipeline":[{"plugin":"bytes"},{"plugin":"bytes_again"}]})", "p.json"),
             registry_);
  Document doc("d", "señal");
  ASSERT_EQ(p.process(doc), "");
  for (const char* layer : {"size", "size_again"}) {
    ASSERT_NE(doc.layer(layer), nullptr) << layer;
    ASSERT_EQ(doc.layer(layer)->spans.size(), 1u) << layer;
    EXPECT_EQ(doc.layer(layer)->spans[0].end, 6u) << layer;
  }
}

// A stage that fails through the C ABI (an error status, no exception) fails
// that document with its own message; the next document is processed.
TEST_F(LoaderTest, AStageReturningAnErrorFailsOnlyThatDocument) {
  Pipeline p(parse_pipeline_config(R"({"pipeline":[{"plugin":"refuse"}]})", "p.json"), registry_);
  Document bad("bad", "FAIL here");
  EXPECT_EQ(p.process(bad), "stage 'refuse': the status_error plugin refused this document");
  Document mute("mute", "MUTE here");
  EXPECT_EQ(p.process(mute), "stage 'refuse': failed without a message");
  Document good("good", "fine");
  EXPECT_EQ(p.process(good), "");
}

TEST_F(LoaderTest, RefusesALibraryThatCrashesInItsStaticInitializer) {
  std::string r = reason_for(registry_, "crash_in_init.so");
  EXPECT_EQ(r.rfind("crashed while loading: ", 0), 0u) << r;
}

TEST_F(LoaderTest, RefusesALibraryThatThrowsFromItsStaticInitializer) {
  std::string r = reason_for(registry_, "throw_in_init.so");
  EXPECT_EQ(r.rfind("crashed while loading: ", 0), 0u) << r;
}

TEST_F(LoaderTest, RefusesAPluginWhoseEntryPointCrashes) {
  std::string r = reason_for(registry_, "crash_in_entry.so");
  EXPECT_EQ(r.rfind("crashed while loading: ", 0), 0u) << r;
}

TEST_F(LoaderTest, RefusesAPluginWhoseEntryPointThrows) {
  EXPECT_EQ(reason_for(registry_, "libthrow_in_entry.so"),
            "cannot call its entry point: entry point failed on purpose");
  EXPECT_EQ(reason_for(registry_, "throw_int_in_entry.so"),
            "cannot call its entry point: it threw something other than a std::exception");
}

// The crashing libraries sort before shout.so: it still loads after them.
TEST_F(LoaderTest, ReportsEveryRefusal) { EXPECT_EQ(registry_.rejections().size(), 11u); }

TEST(Loader, AMissingFolderIsReported) {
  Registry r;
  load_plugins({"/nonexistent/plugins"}, r);
  ASSERT_EQ(r.rejections().size(), 1u);
  EXPECT_EQ(r.rejections()[0].reason, "plugin path is not a folder or a file");
}

TEST(Loader, TheSameLibraryNamedTwiceLoadsOnce) {
  Registry r;
  load_plugins({TEST_PLUGIN_DIR, TEST_PLUGIN_DIR "/libshout.so"}, r);
  EXPECT_EQ(r.plugins().size(), 3u);  // abi_1_0, shout, status_error
  EXPECT_EQ(reason_for(r, "libshout.so"), "(not refused)");
}

}  // namespace cadena
