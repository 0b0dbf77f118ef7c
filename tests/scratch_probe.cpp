// Not a test of its own: check_no_leftovers.sh runs it to show that the
// scratch folders of the test helpers go also when a test fails. Its one
// test writes into each helper's folder and then fails on purpose.
#include <gtest/gtest.h>

#include "cli/run_cadena.hpp"
#include "ner/test_files.hpp"
#include "process_scratch.hpp"

TEST(ScratchProbe, FailsAfterWritingIntoEveryScratchFolder) {
  Result r = run_command("echo written", "input");  // the CLI helper's folder
  EXPECT_EQ(r.out, "written\n");
  write_test_file("probe.txt", "written");  // the NER tests' folder
  static const ProcessScratch summary("cadena-corpus-summary-");
  std::ofstream(summary.dir() / "story.json") << "{}";
  ADD_FAILURE() << "failing on purpose: the scratch folders must go all the same";
}
