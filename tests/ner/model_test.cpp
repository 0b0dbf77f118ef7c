// The model file: a round trip, and refusals of damaged files that never read
// past their end (model.hpp).
#include "model.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "sample_model.hpp"
#include "test_files.hpp"

namespace cadena::ner {
namespace {

std::string saved_sample() {
  static const std::string bytes = [] {
    std::string path = scratch_dir() + "/sample_model.bin";
    train_sample_model(1).save(path);
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  }();
  return bytes;
}

// The FNV-1a the format ends with, to forge files whose checksum holds.
void reseal(std::string& bytes) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (std::size_t i = 0; i + 8 < bytes.size(); ++i) {
    h ^= static_cast<unsigned char>(bytes[i]);
    h *= 0x100000001b3ULL;
  }
  for (std::size_t i = 0; i < 8; ++i) bytes[bytes.size() - 8 + i] = static_cast<char>(h >> (8 * i));
}

std::string load_error(const std::string& bytes) {
  std::string path = write_test_file("damaged.bin", bytes);
  try {
    Model::load(path);
  } catch (const std::runtime_error& e) {
    return std::string(e.what()).substr(path.size());
  }
  return "loaded";
}

TEST(ModelFile, RoundTrip) {
  Model model = train_sample_model(1);
  std::string path = scratch_dir() + "/round_trip.bin";
  model.save(path);
  Model loaded = Model::load(path);
  EXPECT_EQ(loaded.labels().types(), model.labels().types());
  EXPECT_EQ(loaded.features(), model.features());
  EXPECT_EQ(loaded.transitions(), model.transitions());
  EXPECT_EQ(loaded.lexicon().hashes(), model.lexicon().hashes());
  ASSERT_EQ(loaded.names().size(), model.names().size());
  EXPECT_EQ(loaded.names()[0].text, model.names()[0].text);
  std::string again = scratch_dir() + "/round_trip_again.bin";
  loaded.save(again);
  std::ifstream a(path, std::ios::binary), b(again, std::ios::binary);
  EXPECT_TRUE(std::equal(std::istreambuf_iterator<char>(a), std::istreambuf_iterator<char>(),
                         std::istreambuf_iterator<char>(b)));
}

TEST(ModelFile, RefusesWhatIsNotAModel) {
  EXPECT_EQ(load_error(""),
            ": not a usable Cadena NER model: it does not start with the Cadena NER signature");
  EXPECT_EQ(load_error("{\"model\": 1}"),
            ": not a usable Cadena NER model: it does not start with the Cadena NER signature");
  EXPECT_THROW(Model::load(scratch_dir() + "/no_such_model.bin"), std::runtime_error);
}

TEST(ModelFile, RefusesTruncatedAndDamagedFiles) {
  const std::string good = saved_sample();
  for (std::size_t size = 0; size < good.size(); size += 1 + size / 8)
    EXPECT_NE(load_error(good.substr(0, size)), "loaded") << "truncated to " << size << " bytes";
  for (std::size_t at = 0; at < good.size(); at += 1 + at / 4) {
    std::string damaged = good;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x5a);
    EXPECT_NE(load_error(damaged), "loaded") << "byte " << at << " changed";
  }
}

TEST(ModelFile, RefusesSizesThatDoNotFitEvenWithAGoodChecksum) {
  std::string forged = saved_sample();
  forged[12] = 9;  // format version 9
  reseal(forged);
  EXPECT_EQ(load_error(forged),
            ": not a usable Cadena NER model: format version 9, this Cadena reads version 1");
  forged = saved_sample();
  forged[16] = 99;  // feature version
  reseal(forged);
  EXPECT_NE(load_error(forged).find("retrain it with `cadena train ner`"), std::string::npos);
  forged = saved_sample();
  forged[20] = 40;  // 40 entity types
  reseal(forged);
  EXPECT_EQ(load_error(forged),
            ": not a usable Cadena NER model: 40 entity types (expected 1 to 7)");
  forged = saved_sample();
  forged.insert(forged.size() - 8, "extra");
  reseal(forged);
  EXPECT_EQ(load_error(forged),
            ": not a usable Cadena NER model: unexpected bytes after the features");
}

}  // namespace
}  // namespace cadena::ner
