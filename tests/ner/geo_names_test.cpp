// The LOC convention for geo-political names (geo_names.hpp): which gold ORG
// entities become LOC, and which keep ORG.
#include "geo_names.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "test_files.hpp"

namespace cadena::ner {
namespace {

TaggedSentence sentence(std::vector<std::string> tokens, std::vector<std::string> tags) {
  return {std::move(tokens), std::move(tags), 1};
}

TEST(GeoNames, TurnsWholeSpanGeoNamesTaggedOrgIntoLoc) {
  GeoNames geo;
  geo.add_country("Corea del Norte");
  geo.add_country("Rusia");
  geo.add_city("Moscú");
  std::vector<TaggedSentence> s = {
      sentence({"Rusia", "y", "Corea", "del", "Norte", "firmaron", "en", "Moscú"},
               {"B-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-LOC"}),
      // Longer names are organisations named after a place; PER and MISC stay.
      sentence({"el", "Gobierno", "de", "Rusia", "y", "Rusia", "Today"},
               {"O", "B-ORG", "I-ORG", "I-ORG", "O", "B-MISC", "I-MISC"}),
  };
  RelabelCounts counts = geo.relabel(s);
  EXPECT_EQ(s[0].tags, (std::vector<std::string>{"B-LOC", "O", "B-LOC", "I-LOC", "I-LOC", "O",
                                                  "O", "B-LOC"}));
  EXPECT_EQ(s[1].tags, (std::vector<std::string>{"O", "B-ORG", "I-ORG", "I-ORG", "O", "B-MISC",
                                                  "I-MISC"}));
  EXPECT_EQ(counts.geo_mentions, 3u);
  EXPECT_EQ(counts.were_loc, 1u);
  EXPECT_EQ(counts.relabelled, 2u);
  EXPECT_EQ(counts.kept_club, 0u);
}

TEST(GeoNames, ACityAfterElIsTheClubButACountryIsNot) {
  GeoNames geo;
  geo.add_city("Madrid");
  geo.add_country("Perú");
  std::vector<TaggedSentence> s = {
      sentence({"El", "Madrid", "ganó", "al", "Perú", "en", "Madrid"},
               {"O", "B-ORG", "O", "O", "B-ORG", "O", "B-ORG"}),
  };
  RelabelCounts counts = geo.relabel(s);
  EXPECT_EQ(s[0].tags, (std::vector<std::string>{"O", "B-ORG", "O", "O", "B-LOC", "O", "B-LOC"}));
  EXPECT_EQ(counts.kept_club, 1u);
  EXPECT_EQ(counts.relabelled, 2u);
}

TEST(GeoNames, TheStandardListHasIcuSpanishNamesAndTheGazetteerFiles) {
  std::string folder = scratch_dir() + "/geo-gazetteers";
  std::filesystem::create_directories(folder);
  write_test_file("geo-gazetteers/cities.txt", "[LOC]\n# a comment\nPionyang\n");
  GeoNames geo = GeoNames::standard(folder);
  // Names CLDR gives in Spanish, one with its qualifier split off ("Myanmar (Birmania)").
  std::vector<TaggedSentence> s = {
      sentence({"Estados", "Unidos", ",", "Birmania", ",", "Pionyang", "y", "Noruega"},
               {"B-ORG", "I-ORG", "O", "B-ORG", "O", "B-ORG", "O", "B-ORG"}),
  };
  geo.relabel(s);
  EXPECT_EQ(s[0].tags, (std::vector<std::string>{"B-LOC", "I-LOC", "O", "B-LOC", "O", "B-LOC",
                                                  "O", "B-LOC"}));
  // There was no countries.txt: the folder's files are optional; a bad one is an error.
  write_test_file("geo-gazetteers/countries.txt", "[LOC]\n\xff\n");
  try {
    GeoNames::standard(folder);
    FAIL() << "a line that is not UTF-8 must be refused";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("countries.txt:2"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace cadena::ner
