// Loading language data: a bad data folder is refused with a message naming
// the file and line to fix.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "sentence_splitter.hpp"

namespace cadena::split {
namespace {

namespace fs = std::filesystem;

class DataFolder : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    root_ = fs::temp_directory_path() /
            ("cadena-split-" + std::string(test->name()) + "-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  void write(const std::string& relative, const std::string& content) {
    fs::create_directories((root_ / relative).parent_path());
    std::ofstream(root_ / relative, std::ios::binary) << content;
  }

  // The message of the error that loading root_ throws, or "" if it loads.
  std::string load_error() {
    try {
      SentenceSplitter splitter(root_.string());
    } catch (const std::runtime_error& e) {
      return e.what();
    }
    return "";
  }

  std::string path(const std::string& relative) const { return (root_ / relative).string(); }

  fs::path root_;
};

TEST_F(DataFolder, LoadsAWellFormedLanguage) {
  write("es/abbreviations.txt", "# títulos\nSr.\n\nDra.\n");
  write("es/final_abbreviations.txt", "etc.\nEE. UU.\n");
  EXPECT_EQ(load_error(), "");
  SentenceSplitter splitter(root_.string());
  EXPECT_EQ(splitter.languages(), "es");
}

TEST_F(DataFolder, EntryWithoutFinalPeriodNamesFileAndLine) {
  write("es/abbreviations.txt", "Sr.\n# comentario\nDra\n");
  write("es/final_abbreviations.txt", "etc.\n");
  EXPECT_EQ(load_error(), path("es/abbreviations.txt") +
                              ":3: 'Dra' does not end with a period; list abbreviations as "
                              "written, e.g. 'EE. UU.'");
}

TEST_F(DataFolder, RepeatedEntryNamesBothPlaces) {
  write("es/abbreviations.txt", "Sr.\netc.\n");
  write("es/final_abbreviations.txt", "EE. UU.\netc.\n");
  EXPECT_EQ(load_error(), path("es/final_abbreviations.txt") + ":2: 'etc.' is already listed at " +
                              path("es/abbreviations.txt") + ":2");
}

TEST_F(DataFolder, SpacesDoNotMakeADifferentEntry) {
  write("es/abbreviations.txt", "Sr.\n");
  write("es/final_abbreviations.txt", "EE. UU.\nEE.UU.\n");
  EXPECT_EQ(load_error(), path("es/final_abbreviations.txt") +
                              ":2: 'EE.UU.' is already listed at " +
                              path("es/final_abbreviations.txt") + ":1");
}

TEST_F(DataFolder, InvalidUtf8IsRefused) {
  write("es/abbreviations.txt", "p\xE1g.\n");
  write("es/final_abbreviations.txt", "etc.\n");
  EXPECT_EQ(load_error(), path("es/abbreviations.txt") + ":1: 'p\xE1g.' is not valid UTF-8");
}

TEST_F(DataFolder, MissingFileIsNamed) {
  write("es/abbreviations.txt", "Sr.\n");
  EXPECT_EQ(load_error(), path("es/final_abbreviations.txt") + ": cannot open data file");
}

TEST_F(DataFolder, FolderWithoutLanguagesIsRefused) {
  EXPECT_EQ(load_error(),
            root_.string() + ": no language folders (expected e.g. es/abbreviations.txt)");
}

TEST_F(DataFolder, MissingFolderIsNamed) {
  fs::remove_all(root_);
  EXPECT_NE(load_error().find(root_.string() + ": cannot read the data folder"), std::string::npos);
}

TEST(DataFolderPath, EmptyPathIsRefused) { EXPECT_THROW(SentenceSplitter(""), std::runtime_error); }

}  // namespace
}  // namespace cadena::split
