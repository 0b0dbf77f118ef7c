// Which date holds a number (plugins/numbers/date_spans.hpp).
#include <gtest/gtest.h>

#include "date_spans.hpp"

namespace cadena::numbers {
namespace {

TEST(DateSpans, ANumberWhollyInsideADateIsHeld) {
  // "el 13 de julio de 2025 llegaron 300": the date is bytes 3..22.
  DateSpans dates({{0, 3, 22}});
  EXPECT_EQ(dates.holding(3, 5), 0u);     // "13"
  EXPECT_EQ(dates.holding(18, 22), 0u);   // "2025", at the date's end
  EXPECT_EQ(dates.holding(32, 35), std::nullopt);  // "300", after it
  EXPECT_EQ(dates.holding(0, 2), std::nullopt);    // before it
}

TEST(DateSpans, OverlappingIsNotInside) {
  DateSpans dates({{0, 10, 20}});
  EXPECT_EQ(dates.holding(8, 12), std::nullopt);
  EXPECT_EQ(dates.holding(18, 25), std::nullopt);
  EXPECT_EQ(dates.holding(5, 25), std::nullopt);  // a number around a date
}

TEST(DateSpans, FindsTheHolderAmongManyInAnyOrder) {
  // Given out of order, and a long date that starts before a short one and
  // still holds a number past the short one's end.
  DateSpans dates({{0, 50, 60}, {1, 10, 40}, {2, 12, 15}, {3, 70, 72}});
  EXPECT_EQ(dates.holding(13, 14), 1u);  // both 1 and 2 hold it: the one reaching furthest
  EXPECT_EQ(dates.holding(20, 30), 1u);  // past 2's end, inside 1
  EXPECT_EQ(dates.holding(55, 58), 0u);
  EXPECT_EQ(dates.holding(41, 45), std::nullopt);  // between dates
  EXPECT_EQ(dates.holding(70, 72), 3u);
  EXPECT_EQ(dates.holding(71, 73), std::nullopt);
}

TEST(DateSpans, NoDatesHoldNothing) {
  DateSpans none({});
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(none.holding(0, 4), std::nullopt);
}

}  // namespace
}  // namespace cadena::numbers
