// Entity keys across spellings and documents (entity_keys.hpp), with the
// shipped variants.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entity_keys.hpp"
#include "test_files.hpp"

namespace cadena::ner {
namespace {

const EntityKeys& shipped() {
  static const EntityKeys keys(CADENA_NER_DATA_DIR "/es/variants.txt");
  return keys;
}

std::string key_of(const std::string& name, const std::string& label = "PER") {
  return shipped().keys({{name, label}})[0].key;
}

TEST(EntityKeys, SpellingsOfOneNameMeet) {
  EXPECT_EQ(key_of("Kim Jong-un"), "kim jong un");
  EXPECT_EQ(key_of("Kim Jong Un"), "kim jong un");
  EXPECT_EQ(key_of("KIM JONG UN"), "kim jong un");
  EXPECT_EQ(key_of("Pionyang", "LOC"), key_of("Pyongyang", "LOC"));
  EXPECT_EQ(key_of("Sergei Lavrov"), key_of("Serguéi Lavrov"));
  EXPECT_EQ(key_of("EE. UU.", "LOC"), key_of("Estados Unidos", "LOC"));
  EXPECT_EQ(key_of("EEUU", "LOC"), "estados unidos");
  EXPECT_NE(key_of("Corea del Norte", "LOC"), key_of("Corea del Sur", "LOC"));
}

TEST(EntityKeys, ABareSurnameTakesTheFullNameOfItsDocument) {
  std::vector<KeyedMention> keyed =
      shipped().keys({{"Lavrov", "PER"},  // a headline, before the full name
                      {"Serguéi Lavrov", "PER"},
                      {"Moscú", "LOC"},
                      {"Lavrov", "ORG"},  // a tagging slip
                      {"Kim Jong Un", "PER"},
                      {"Kim", "PER"},
                      {"Serguéi", "LOC"}});
  EXPECT_EQ(keyed[0].key, "serguei lavrov");
  EXPECT_EQ(keyed[2].key, "moscu");
  EXPECT_EQ(keyed[3].key, "serguei lavrov");
  EXPECT_EQ(keyed[3].label, "PER");
  EXPECT_EQ(keyed[5].key, "kim jong un");
  EXPECT_EQ(keyed[6].key, "serguei");  // not a person, and not a surname
}

TEST(EntityKeys, ABareSurnameTakesTheNearestEarlierFullName) {
  std::vector<KeyedMention> keyed = shipped().keys(
      {{"Raúl Castro", "PER"}, {"Castro", "PER"}, {"Fidel Castro", "PER"}, {"Castro", "PER"}});
  EXPECT_EQ(keyed[1].key, "raul castro");
  EXPECT_EQ(keyed[3].key, "fidel castro");
}

TEST(EntityKeys, BadVariantFilesNameTheLine) {
  std::string path = write_test_file("variants.txt", "Moscú = Moscow\nMoscova\n");
  EXPECT_THROW(EntityKeys{path}, std::runtime_error);
  try {
    EntityKeys keys(write_test_file("variants.txt", "Kiev = Kyiv\nKyiv = Kiev2\nKiev3 = Kyiv\n"));
    FAIL() << "a variant with two canonical spellings was accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(
                  "variants.txt:3: 'Kyiv' already has the canonical spelling 'kiev'"),
              std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace cadena::ner
