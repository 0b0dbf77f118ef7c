// Sentences with the dateline left out (plugins/split/outside_span.hpp).
#include <gtest/gtest.h>

#include <string>

#include "outside_span.hpp"

namespace cadena::split {
namespace {

std::vector<std::string> texts(const std::vector<ByteRange>& ranges, std::string_view text) {
  std::vector<std::string> out;
  for (const ByteRange& r : ranges) out.emplace_back(text.substr(r.begin, r.end - r.begin));
  return out;
}

TEST(OutsideSpan, TheFirstSentenceStartsAfterTheDateline) {
  const std::string text = "Wonsan, Corea – 13 de julio de 2025 – El líder habló. Luego calló.";
  const std::size_t dateline_end = text.find(" El");
  const std::size_t second = text.find("Luego");
  const std::vector<ByteRange> sentences{{0, second - 1}, {second, text.size()}};
  EXPECT_EQ(texts(outside_span(sentences, {0, dateline_end}, text), text),
            (std::vector<std::string>{"El líder habló.", "Luego calló."}));
}

TEST(OutsideSpan, WhatPrecedesTheSpanStays) {
  const std::string text = "Titular\n\nMADRID, 5 de marzo de 2024 - El Gobierno decidió.";
  const std::size_t begin = text.find("MADRID");
  const std::size_t end = text.find(" El");
  // A splitter that glued the headline to the dateline and the sentence.
  EXPECT_EQ(texts(outside_span({{0, text.size()}}, {begin, end}, text), text),
            (std::vector<std::string>{"Titular", "El Gobierno decidió."}));
}

TEST(OutsideSpan, ASentenceInsideTheSpanGoes) {
  const std::string text = "Lima, 3 de mayo de 2022. El presidente viajó.";
  const std::size_t end = text.find(" El");
  // The splitter ended a sentence at the dateline's period.
  EXPECT_EQ(texts(outside_span({{0, end}, {end + 1, text.size()}}, {0, end}, text), text),
            (std::vector<std::string>{"El presidente viajó."}));
}

TEST(OutsideSpan, SentencesApartFromTheSpanAreUntouched) {
  const std::string text = "Uno. Dos. Tres.";
  const std::vector<ByteRange> sentences{{0, 4}, {5, 9}, {10, 15}};
  EXPECT_EQ(outside_span(sentences, {20, 20}, text), sentences);
  EXPECT_EQ(outside_span({}, {0, 4}, text), std::vector<ByteRange>{});
}

}  // namespace
}  // namespace cadena::split
