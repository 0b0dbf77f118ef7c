// StageContext::data_path() never resolves a data file against the working
// folder: without a data folder it fails, naming where the host looked.
#include <cadena/error.hpp>
#include <cadena/pipeline.hpp>
#include <cadena/sdk.hpp>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace cadena {

namespace {

std::string data_path_error(const StageContext& ctx, std::string_view file) {
  try {
    ctx.data_path(file);
  } catch (const std::exception& e) {
    return e.what();
  }
  return "(no error)";
}

// Reads its word list in the constructor, as a stage with data does.
class WantsData : public Stage {
 public:
  explicit WantsData(const StageContext& ctx) : path_(ctx.data_path("es/words.txt")) {}
  void process(DocRef&) const override {}

 private:
  std::string path_;
};

const cadena_stage_factory kWantsData[] = {stage<WantsData>("wants_data", "", "{}", "", "")};
const cadena_plugin_info kWantsDataInfo = {CADENA_ABI_MAJOR, CADENA_ABI_MINOR, sizeof(cadena_plugin_info),
                                           {"wants_data", 10}, {"1", 1}, {"MIT", 3}, {"", 0}, kWantsData, 1, {}};

}  // namespace

TEST(DataPath, JoinsTheDataFolder) {
  StageContext ctx;
  ctx.data_dir = "/opt/cadena/plugins/quotes";
  EXPECT_EQ(ctx.data_path("es/verbs.txt"), "/opt/cadena/plugins/quotes/es/verbs.txt");
}

TEST(DataPath, WithoutADataFolderNeverFallsBackToTheWorkingFolder) {
  // A file of that name in the working folder must not be picked up.
  std::filesystem::path here = std::filesystem::current_path();
  std::ofstream("decoy.txt") << "not plugin data\n";
  StageContext ctx;
  ctx.data_dir_sought = "/opt/cadena/plugins/quotes";
  EXPECT_EQ(data_path_error(ctx, "decoy.txt"),
            "cannot read data file 'decoy.txt': this plugin has no data folder (looked for "
            "'/opt/cadena/plugins/quotes')");
  ctx.data_dir_sought.clear();
  EXPECT_EQ(data_path_error(ctx, "decoy.txt"),
            "cannot read data file 'decoy.txt': this plugin has no data folder");
  std::filesystem::remove(here / "decoy.txt");
}

TEST(DataPath, TheHostTellsTheStageWhereItLooked) {
  Registry r;
  ASSERT_TRUE(r.add(&kWantsDataInfo, "(built in)", "", nullptr, "/nowhere/wants_data"));
  try {
    Pipeline p(parse_pipeline_config(R"({"pipeline":[{"plugin":"wants_data"}]})", "p.json"), r);
    FAIL() << "the stage was built without its data";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(),
                 "p.json: stage 'wants_data': /pipeline/0: cannot read data file 'es/words.txt': this plugin has "
                 "no data folder (looked for '/nowhere/wants_data')");
  }
}

}  // namespace cadena
