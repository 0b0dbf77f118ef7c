#include <cadena/json_output.hpp>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace cadena {

TEST(JsonOutput, OffsetsAreCodePointsIntoTextAndOriginal) {
  // Original "<p>Año  «Sí»</p>", cleaned to "Año «Sí»".
  std::string original = "<p>Año  «Sí»</p>";
  Document d("d1", original);
  d.date = "2025-07-13";
  // view: A(0) ñ(1-2) o(3) ' '(4) «(5-6) S(7) í(8-9) »(10-11), size 12
  // orig: <p>(0-2) A(3) ñ(4-5) o(6) '  '(7-8) «(9-10) S(11) í(12-13) »(14-15) </p>
  d.set_view("Año «Sí»", OffsetMap({{0, 4, 3, 7}, {4, 5, 7, 9}, {5, 12, 9, 16}}, 12, original.size()));
  Layer& l = d.layer_for("quotes", "test");
  l.spans.push_back(Span{5, 12, {{"label", std::string("QUOTE")}, {"score", 0.25}, {"n", std::int64_t{3}}}});

  std::string out;
  append_json(d, out);
  auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["schema"], "cadena.doc/1");
  EXPECT_EQ(j["id"], "d1");
  EXPECT_EQ(j["date"], "2025-07-13");
  EXPECT_EQ(j["text"], "Año «Sí»");
  const auto& q = j["quotes"][0];
  EXPECT_EQ(q["start"], 4);  // A ñ o ' ' = 4 code points before «
  EXPECT_EQ(q["end"], 8);
  EXPECT_EQ(q["orig_start"], 8);  // < p > A ñ o ' ' ' '
  EXPECT_EQ(q["orig_end"], 12);
  EXPECT_EQ(q["text"], "«Sí»");
  EXPECT_EQ(q["label"], "QUOTE");
  EXPECT_EQ(q["score"], 0.25);
  EXPECT_EQ(q["n"], 3);
}

TEST(JsonOutput, NoDateIsNullAndSpecialCharactersAreEscaped) {
  Document d("q\"1", "a\tb\n\x01");
  std::string out;
  append_json(d, out);
  EXPECT_EQ(out.find('\n'), std::string::npos);
  auto j = nlohmann::json::parse(out);
  EXPECT_TRUE(j["date"].is_null());
  EXPECT_EQ(j["id"], "q\"1");
  EXPECT_EQ(j["text"], "a\tb\n\x01");
}

TEST(JsonOutput, SummaryIsAnObjectWithItsText) {
  Document d("s", "Uno. Dos. Tres.");
  Layer& l = d.layer_for("summary", "summarize");
  l.spans.push_back(Span{0, 4, {{"score", 0.9}}});
  l.spans.push_back(Span{10, 15, {{"score", 0.8}}});
  std::string out;
  append_json(d, out);
  auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["summary"]["text"], "Uno. Tres.");
  EXPECT_EQ(j["summary"]["sentences"].size(), 2u);
}

}  // namespace cadena
