#include <cadena/iso_date.hpp>
#include <cadena/utf8.hpp>
#include <gtest/gtest.h>

#include <string>

namespace cadena {

TEST(Utf8, AcceptsWellFormedText) {
  EXPECT_EQ(find_invalid_utf8("Pyongyang, «Lavrov» — ¿qué? 😀"), std::string_view::npos);
}

TEST(Utf8, FindsTheFirstBadByte) {
  EXPECT_EQ(find_invalid_utf8("ab\xFF"), 2u);           // never valid
  EXPECT_EQ(find_invalid_utf8("a\xC3"), 1u);            // truncated
  EXPECT_EQ(find_invalid_utf8("\xC0\xAF"), 0u);         // overlong '/'
  EXPECT_EQ(find_invalid_utf8("x\xED\xA0\x80"), 1u);    // surrogate
  EXPECT_EQ(find_invalid_utf8("\xF4\x90\x80\x80"), 0u); // past U+10FFFF
  EXPECT_EQ(find_invalid_utf8("é\x80"), 2u);            // lone continuation
}

TEST(CodePointIndex, CountsCharactersNotBytes) {
  std::string s = "año «sí»";  // a ñ o ' ' « s í »
  CodePointIndex cp(s);
  EXPECT_EQ(cp(0), 0u);
  EXPECT_EQ(cp(3), 2u);  // after "añ"
  EXPECT_EQ(cp(s.size()), 8u);
}

TEST(CodePointIndex, WorksAcrossBlocks) {
  std::string s;
  for (int i = 0; i < 1000; ++i) s += "é";  // 2 bytes each
  CodePointIndex cp(s);
  EXPECT_EQ(cp(512), 256u);
  EXPECT_EQ(cp(1998), 999u);
  EXPECT_EQ(cp(2000), 1000u);
}

TEST(IsoDate, ChecksTheCalendar) {
  EXPECT_EQ(check_iso_date("2025-07-13"), "");
  EXPECT_EQ(check_iso_date("2024-02-29"), "");
  EXPECT_NE(check_iso_date("2025-02-29"), "");
  EXPECT_NE(check_iso_date("2025-13-01"), "");
  EXPECT_NE(check_iso_date("13/07/2025"), "");
}

TEST(IsoDate, TakesATimeOfDay) {
  EXPECT_EQ(check_iso_date("2025-07-13T09:30"), "");
  EXPECT_EQ(check_iso_date("2025-07-13T23:59:59"), "");
  EXPECT_NE(check_iso_date("2025-07-13T24:00"), "");
  EXPECT_NE(check_iso_date("2025-07-13T09:60"), "");
  EXPECT_NE(check_iso_date("2025-07-13T9:30"), "");
  EXPECT_NE(check_iso_date("2025-07-13 09:30"), "");
  EXPECT_NE(check_iso_date("2025-02-29T09:30"), "");
}

}  // namespace cadena
