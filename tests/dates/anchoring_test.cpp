// Phase 2 alone: underspecified values anchored to a reference date and a
// tense, and the calendar arithmetic under it. Reference 2025-07-13 (Sunday).
#include "anchoring.hpp"

#include <gtest/gtest.h>

namespace cadena::dates {
namespace {

const CivilDate kSunday{2025, 7, 13};

std::string at(const std::string& v, Tense t = Tense::none) { return anchor(v, kSunday, t); }

TEST(Anchoring, Relative) {
  EXPECT_EQ(at("UNDEF-this-day"), "2025-07-13");
  EXPECT_EQ(at("UNDEF-REF-day-MINUS-1"), "2025-07-12");
  EXPECT_EQ(at("UNDEF-last-year"), "2024");
  EXPECT_EQ(at("UNDEF-this-year-04"), "2025-04");
  EXPECT_EQ(at("UNDEF-next-month"), "2025-08");
  EXPECT_EQ(at("UNDEF-last-week"), "2025-W27");
  EXPECT_EQ(at("UNDEF-this-weekend"), "2025-W28-WE");
  EXPECT_EQ(at("UNDEF-next-weekday-5"), "2025-07-18");
  EXPECT_EQ(at("UNDEF-last-weekday-7"), "2025-07-06");  // strictly before
  EXPECT_EQ(at("UNDEF-this-week-5"), "2025-07-11");     // the Friday of this week
  EXPECT_EQ(at("UNDEF-next-monthname-06"), "2026-06");
  EXPECT_EQ(at("UNDEF-last-quarter"), "2025-Q2");
  EXPECT_EQ(at("UNDEF-REF-day-MINUS-P3W"), "2025-06-22");
  EXPECT_EQ(at("UNDEF-this-month-WXX-5-#1"), "2025-07-04");
}

TEST(Anchoring, TenseFillsWhatTheWordsLeaveOpen) {
  EXPECT_EQ(at("XXXX-WXX-2", Tense::past), "2025-07-08");
  EXPECT_EQ(at("XXXX-WXX-2", Tense::future), "2025-07-15");
  EXPECT_EQ(at("XXXX-WXX-1", Tense::none), "2025-07-14");  // the nearest: tomorrow
  EXPECT_EQ(at("XXXX-WXX-7", Tense::past), "2025-07-13");  // the same day
  EXPECT_EQ(at("XXXX-12", Tense::past), "2024-12");
  EXPECT_EQ(at("XXXX-12", Tense::future), "2025-12");
  EXPECT_EQ(at("XXXX-04", Tense::future), "2026-04");
  EXPECT_EQ(at("XXXX-07-20", Tense::past), "2024-07-20");
  EXPECT_EQ(at("XXXX-XX-15", Tense::past), "2025-06-15");
  EXPECT_EQ(at("XXXX-XX-15", Tense::future), "2025-07-15");
  EXPECT_EQ(at("XXXX-07-WXX-5-#1"), "2025-07-04");
  EXPECT_EQ(at("XXXX-SU", Tense::past), "2025-SU");
}

TEST(Anchoring, TimesIntervalsAndWhatNeedsNothing) {
  EXPECT_EQ(at("UNDEF-REF-day-PLUS-1T18:30"), "2025-07-14T18:30");
  EXPECT_EQ(at("XXXX-12-20/XXXX-01-05", Tense::past), "2024-12-20/2025-01-05");
  EXPECT_EQ(at("2024-06"), "2024-06");
  EXPECT_EQ(at("P3D"), "P3D");
  EXPECT_EQ(at("T18:30"), "T18:30");
  EXPECT_EQ(at("PRESENT_REF"), "PRESENT_REF");
}

TEST(Calendar, IsoWeeksAcrossTheNewYear) {
  EXPECT_EQ(iso_week_string(iso_week({2025, 7, 13})), "2025-W28");
  EXPECT_EQ(iso_week_string(iso_week({2024, 12, 30})), "2025-W01");
  EXPECT_EQ(iso_week_string(iso_week({2021, 1, 3})), "2020-W53");
  EXPECT_EQ(iso(monday_of({2025, 1})), "2024-12-30");
  EXPECT_EQ(weekday({2025, 7, 13}), 7);
  EXPECT_EQ(iso(add_months({2024, 1, 31}, 1)), "2024-02-29");
}

}  // namespace
}  // namespace cadena::dates
