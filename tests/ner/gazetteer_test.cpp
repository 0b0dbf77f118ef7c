// Gazetteer files and matching (gazetteer.hpp), and the shipped lists.
#include "gazetteer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_files.hpp"

namespace cadena::ner {
namespace {

using Words = std::vector<std::string>;

struct Found {
  std::size_t begin, end;
  std::string category;
  bool forced;
  bool operator==(const Found& o) const {
    return begin == o.begin && end == o.end && category == o.category && forced == o.forced;
  }
};

std::vector<Found> found(const Gazetteer& g, const Words& words) {
  std::vector<Found> out;
  for (const GazetteerMatch& m : g.match(words))
    out.push_back({m.begin, m.end, g.categories()[m.category], m.forced});
  return out;
}

TEST(Gazetteer, MatchesEntriesOfEveryLengthIgnoringCase) {
  Gazetteer g;
  g.load(
      write_test_file("places.txt",
                      "# places\n[LOC]\nCorea\nCorea del Norte\nEE.UU.\n[ORG]\nUniversidad de *\n"),
      false);
  EXPECT_EQ(g.size(), 4u);
  EXPECT_EQ(found(g, {"Viajó", "a", "COREA", "del", "Norte"}),
            (std::vector<Found>{{2, 3, "LOC", false}, {2, 5, "LOC", false}}));
  // Entries match the tokens' forms: "EE. UU." and "EE.UU." are both "EEUU".
  EXPECT_EQ(found(g, {"en", "EEUU"}), (std::vector<Found>{{1, 2, "LOC", false}}));
  EXPECT_EQ(found(g, {"la", "Universidad", "de", "Salamanca"}),
            (std::vector<Found>{{1, 4, "ORG", false}}));
  EXPECT_TRUE(found(g, {"la", "Universidad", "de", "verano"}).empty());
}

TEST(Gazetteer, AMatchStartsOnACapitalOrADigit) {
  Gazetteer g;
  g.load(write_test_file("china.txt", "[LOC]\nChina\n"), true);
  EXPECT_EQ(found(g, {"en", "China"}), (std::vector<Found>{{1, 2, "LOC", true}}));
  EXPECT_TRUE(found(g, {"porcelana", "de", "china"}).empty());
}

TEST(Gazetteer, BadFilesAreReportedWithFileAndLine) {
  auto error_of = [](const std::string& content) {
    std::string path = write_test_file("bad_gazetteer.txt", content);
    Gazetteer g;
    try {
      g.load(path, false);
    } catch (const std::runtime_error& e) {
      return std::string(e.what()).substr(path.size());
    }
    return std::string("no error");
  };
  EXPECT_EQ(error_of("Madrid\n"),
            ":1: entry 'Madrid' comes before any section; start the file with e.g. [LOC]");
  EXPECT_EQ(error_of("[LOC]\n[LOC CITY]\n"), ":2: expected a section like [LOC], got '[LOC CITY]'");
  EXPECT_EQ(error_of("[LOC]\nM\xe1laga\n"), ":2: the line is not valid UTF-8");
}

TEST(Gazetteer, ShippedListsLoad) {
  Gazetteer g;
  g.load_folder(CADENA_NER_DATA_DIR "/es/gazetteers");
  EXPECT_GT(g.size(), 2000u);
  EXPECT_FALSE(found(g, {"en", "Pyongyang"}).empty());
  EXPECT_FALSE(found(g, {"Serguéi", "Lavrov"}).empty());
}

}  // namespace
}  // namespace cadena::ner
