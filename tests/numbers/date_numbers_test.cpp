// Numbers inside dates, end to end: the default pipeline runs `dates` before
// `numbers`, which leaves out the days and years of the dates, or keeps them
// marked with `in_date` when asked (docs/numbers-dates.md).
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "../cli/run_cadena.hpp"

namespace {

using nlohmann::json;

const char* kArticle = "corpus/001_89594c8156684479.txt";  // dateline "13 de julio de 2025"

std::vector<std::string> texts(const json& spans) {
  std::vector<std::string> out;
  for (const json& s : spans) out.push_back(s["text"]);
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

json run_one(const std::string& args) {
  Result r = run_cadena("run " + args);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.lines().size(), 1u) << r.out;
  return r.lines().empty() ? json() : json::parse(r.lines()[0]);
}

TEST(DateNumbers, TheDefaultPipelineCountsNoDayOrYearOfADate) {
  json doc = run_one(kArticle);
  ASSERT_TRUE(doc.contains("dates") && doc.contains("numbers")) << doc.dump().substr(0, 500);
  std::vector<std::string> dates = texts(doc["dates"]);
  ASSERT_TRUE(has(dates, "13 de julio de 2025")) << json(dates).dump();
  std::vector<std::string> numbers = texts(doc["numbers"]);
  // The quantities of the article stay; the dateline's day and year do not.
  for (const char* quantity : {"10,000", "12 millones", "6,000"})
    EXPECT_TRUE(has(numbers, quantity)) << quantity << " in " << json(numbers).dump();
  EXPECT_FALSE(has(numbers, "13")) << json(numbers).dump();
  EXPECT_FALSE(has(numbers, "2025")) << json(numbers).dump();
  // No number left lies inside a date.
  for (const json& n : doc["numbers"]) {
    EXPECT_FALSE(n.contains("in_date")) << n.dump();
    for (const json& d : doc["dates"])
      EXPECT_FALSE(d["start"] <= n["start"] && n["end"] <= d["end"]) << n.dump() << " inside " << d.dump();
  }
}

TEST(DateNumbers, AnOptionKeepsThemMarkedWithTheirDate) {
  Scratch scratch;
  std::string config = scratch.write("keep.json", R"({"pipeline": [
    {"plugin": "clean"}, {"plugin": "split"}, {"plugin": "dates"},
    {"plugin": "numbers", "options": {"keep_date_numbers": true}}]})");
  json doc = run_one("--config '" + config + "' " + kArticle);
  ASSERT_TRUE(doc.contains("numbers")) << doc.dump().substr(0, 500);
  int marked = 0;
  bool day = false, year = false, soldiers = false;
  for (const json& n : doc["numbers"]) {
    if (n["text"] == "10,000") soldiers = !n.contains("in_date");
    if (!n.contains("in_date")) continue;
    ++marked;
    const json& date = doc["dates"].at(n["in_date"].get<std::size_t>());
    EXPECT_TRUE(date["start"] <= n["start"] && n["end"] <= date["end"]) << n.dump() << " vs " << date.dump();
    if (date["text"] == "13 de julio de 2025") {
      day = day || n["text"] == "13";
      year = year || n["text"] == "2025";
    }
  }
  EXPECT_TRUE(day && year) << doc["numbers"].dump();
  EXPECT_TRUE(soldiers) << doc["numbers"].dump();
  EXPECT_GE(marked, 2);
}

TEST(DateNumbers, WithoutDatesEveryNumberStays) {
  // `numbers` with no `dates` before it has no dates to consult.
  const std::string line = R"({"id": "a", "text": "El 13 de julio de 2025 llegaron 300 soldados."})";
  Scratch scratch;
  std::string alone = scratch.write("alone.json", R"({"pipeline": [{"plugin": "numbers"}]})");
  Result r = run_cadena("run --config '" + alone + "' -", line + "\n");
  ASSERT_EQ(r.status, 0) << r.err;
  ASSERT_EQ(r.lines().size(), 1u);
  EXPECT_EQ(texts(json::parse(r.lines()[0])["numbers"]), (std::vector<std::string>{"13", "2025", "300"}));

  Result full = run_cadena("run -", line + "\n");
  ASSERT_EQ(full.status, 0) << full.err;
  ASSERT_EQ(full.lines().size(), 1u);
  EXPECT_EQ(texts(json::parse(full.lines()[0])["numbers"]), std::vector<std::string>{"300"});
}

}  // namespace
