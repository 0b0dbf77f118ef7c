// The SDK's helpers for stage authors: option checks, span queries, code points.
#include <cadena/sdk_options.hpp>
#include <cadena/sdk_spans.hpp>
#include <cadena/sdk_utf8.hpp>
#include <gtest/gtest.h>

#include <functional>
#include <vector>

namespace cadena {

namespace {

std::string option_error(const std::function<void()>& f) {
  try {
    f();
  } catch (const OptionError& e) {
    return e.what();
  }
  return "(no error)";
}

// A host that serves one layer from a vector, to query LayerRef without a pipeline.
using Spans = std::vector<cadena_span>;
const Spans& spans_of(const cadena_layer* l) { return *reinterpret_cast<const Spans*>(l); }
size_t fake_count(const cadena_layer* l) { return spans_of(l).size(); }
cadena_status fake_at(const cadena_layer* l, size_t i, cadena_span* out) {
  if (i >= spans_of(l).size()) return CADENA_NOT_FOUND;
  *out = spans_of(l)[i];
  return CADENA_OK;
}
cadena_host fake_host() {
  cadena_host h{};
  h.struct_size = sizeof(h);
  h.span_count = &fake_count;
  h.span_at = &fake_at;
  return h;
}

}  // namespace

TEST(SdkOptions, PositiveInt) {
  nlohmann::json o = {{"n", 3}, {"zero", 0}, {"minus", -2}, {"text", "3"}};
  EXPECT_EQ(positive_int(o, "n"), 3u);
  EXPECT_EQ(option_error([&] { positive_int(o, "zero"); }), "/options/zero: expected a positive integer, got 0");
  EXPECT_EQ(option_error([&] { positive_int(o, "minus"); }), "/options/minus: expected a positive integer, got -2");
  EXPECT_EQ(option_error([&] { positive_int(o, "text"); }), "/options/text: expected a positive integer, got \"3\"");
}

TEST(SdkOptions, OneOf) {
  nlohmann::json o = {{"score", "ratio"}, {"bad", "degre"}, {"number", 1}};
  EXPECT_EQ(one_of<int>(o, "score", {{"degree", 1}, {"ratio", 2}, {"frequency", 3}}), 2);
  EXPECT_EQ(option_error([&] { one_of<int>(o, "bad", {{"degree", 1}, {"ratio", 2}, {"frequency", 3}}); }),
            "/options/bad: expected \"degree\", \"ratio\" or \"frequency\", got \"degre\"");
  EXPECT_EQ(option_error([&] { one_of<int>(o, "number", {{"a", 1}, {"b", 2}}); }),
            "/options/number: expected \"a\" or \"b\", got 1");
}

TEST(SdkSpans, OverlappingAndContaining) {
  // Three sentences with gaps: [0,10) [12,20) [20,30).
  Spans spans = {{0, 10}, {12, 20}, {20, 30}};
  cadena_host host = fake_host();
  LayerRef layer(reinterpret_cast<const cadena_layer*>(&spans), &host);
  auto range = [&](std::size_t b, std::size_t e) {
    IndexRange r = overlapping(layer, b, e);
    return std::vector<std::size_t>{r.first, r.last};
  };
  EXPECT_EQ(range(0, 30), (std::vector<std::size_t>{0, 3}));
  EXPECT_EQ(range(9, 13), (std::vector<std::size_t>{0, 2}));   // touches the end of 0 and the start of 1
  EXPECT_EQ(range(10, 12), (std::vector<std::size_t>{1, 1}));  // the gap: nothing
  EXPECT_EQ(range(19, 21), (std::vector<std::size_t>{1, 3}));
  EXPECT_EQ(range(20, 20), (std::vector<std::size_t>{0, 0}));  // an empty range overlaps nothing
  EXPECT_EQ(range(30, 40), (std::vector<std::size_t>{3, 3}));
  EXPECT_TRUE(overlapping(layer, 10, 12).empty());

  EXPECT_EQ(containing(layer, 0), 0u);
  EXPECT_EQ(containing(layer, 9), 0u);
  EXPECT_EQ(containing(layer, 10), std::nullopt);  // in the gap
  EXPECT_EQ(containing(layer, 12), 1u);
  EXPECT_EQ(containing(layer, 20), 2u);            // ends are exclusive
  EXPECT_EQ(containing(layer, 30), std::nullopt);
  EXPECT_EQ(containing(LayerRef(), 3), std::nullopt);  // the absent layer
  EXPECT_TRUE(overlapping(LayerRef(), 0, 5).empty());
}

TEST(SdkUtf8, CodePoints) {
  std::string_view text = "Año €5 😀";  // bytes: A 1, ñ 2, o 1, space 1, € 3, 5 1, space 1, 😀 4
  EXPECT_EQ(text.size(), 14u);
  EXPECT_EQ(code_point_count(text), 8u);
  EXPECT_EQ(code_point_offsets(text), (std::vector<std::size_t>{0, 1, 3, 4, 5, 8, 9, 10, 14}));
  EXPECT_EQ(byte_offset(text, 3), 4u);
  EXPECT_EQ(byte_offset(text, 100), 14u);
  std::size_t n = 0;
  EXPECT_EQ(decode(text, 1, n), U'ñ');
  EXPECT_EQ(n, 2u);
  EXPECT_EQ(decode(text, 10, n), U'😀');
  EXPECT_EQ(n, 4u);
  // A truncated sequence reads as its bytes, one at a time, never past the end.
  std::string_view cut("\xE2\x82", 2);
  EXPECT_EQ(decode(cut, 0, n), 0xE2u);
  EXPECT_EQ(n, 1u);
  EXPECT_EQ(code_point_count(cut), 2u);
}

}  // namespace cadena
