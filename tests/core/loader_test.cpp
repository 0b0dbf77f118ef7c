#include <cadena/loader.hpp>
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
  ASSERT_EQ(registry_.plugins().size(), 1u);
  EXPECT_EQ(registry_.plugins()[0].version, "0.1.0");
  EXPECT_EQ(registry_.plugins()[0].license, "Apache-2.0");
}

TEST_F(LoaderTest, RefusesAnotherAbiMajor) {
  std::string r = reason_for(registry_, "other_major.so");
  EXPECT_NE(r.find("built for plugin ABI 2.0, this Cadena speaks ABI 1.0"), std::string::npos) << r;
  EXPECT_NE(r.find("another major version"), std::string::npos) << r;
}

TEST_F(LoaderTest, RefusesANewerMinor) {
  std::string r = reason_for(registry_, "newer_minor.so");
  EXPECT_NE(r.find("ABI 1.1, newer than this Cadena's ABI 1.0"), std::string::npos) << r;
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
TEST_F(LoaderTest, ReportsEveryRefusal) { EXPECT_EQ(registry_.rejections().size(), 10u); }

TEST(Loader, AMissingFolderIsReported) {
  Registry r;
  load_plugins({"/nonexistent/plugins"}, r);
  ASSERT_EQ(r.rejections().size(), 1u);
  EXPECT_EQ(r.rejections()[0].reason, "plugin path is not a folder or a file");
}

TEST(Loader, TheSameLibraryNamedTwiceLoadsOnce) {
  Registry r;
  load_plugins({TEST_PLUGIN_DIR, TEST_PLUGIN_DIR "/shout.so"}, r);
  EXPECT_EQ(r.plugins().size(), 1u);
}

}  // namespace cadena
