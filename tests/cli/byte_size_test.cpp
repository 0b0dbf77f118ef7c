// --max-bytes and the service's size options read sizes with units.
#include "byte_size.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

using cadena::cli::format_byte_size;
using cadena::cli::parse_byte_size;

TEST(ByteSize, PlainBytesAndBinaryUnits) {
  EXPECT_EQ(parse_byte_size("1"), 1u);
  EXPECT_EQ(parse_byte_size("1000000"), 1000000u);
  EXPECT_EQ(parse_byte_size("64K"), 64u * 1024);
  EXPECT_EQ(parse_byte_size("64k"), 64u * 1024);
  EXPECT_EQ(parse_byte_size("32M"), 32u << 20);
  EXPECT_EQ(parse_byte_size("32MiB"), 32u << 20);
  EXPECT_EQ(parse_byte_size("32mb"), 32u << 20);
  EXPECT_EQ(parse_byte_size("2G"), 2ull << 30);
  EXPECT_EQ(parse_byte_size("1T"), 1ull << 40);
  EXPECT_EQ(parse_byte_size("7B"), 7u);
}

TEST(ByteSize, RefusesWhatIsNotASize) {
  for (const char* bad : {"", "M", "-5", "1.5M", "12X", "3 M", "0", "0K", "99999999999999999999",
                          "20000000000T"}) {
    try {
      parse_byte_size(bad);
      ADD_FAILURE() << "accepted '" << bad << "'";
    } catch (const std::invalid_argument& e) {
      EXPECT_NE(std::string(e.what()).find(std::string("got '") + bad + "'"), std::string::npos) << e.what();
    }
  }
}

TEST(ByteSize, FormatsWithTheLargestExactUnit) {
  EXPECT_EQ(format_byte_size(32u << 20), "32M");
  EXPECT_EQ(format_byte_size(1000), "1000");
  EXPECT_EQ(format_byte_size(1536), "1536");
  EXPECT_EQ(format_byte_size(2048), "2K");
  EXPECT_EQ(format_byte_size(3ull << 40), "3T");
  EXPECT_EQ(parse_byte_size(format_byte_size(5ull << 30)), 5ull << 30);
}
