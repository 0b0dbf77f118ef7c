#include <cadena/document.hpp>
#include <cadena/error.hpp>
#include <gtest/gtest.h>

namespace cadena {

TEST(Document, TextIsTheOriginalUntilAViewIsSet) {
  Document d("a", "  Hola  mundo ");
  EXPECT_FALSE(d.cleaned());
  EXPECT_EQ(d.text(), "  Hola  mundo ");
  d.set_view("Hola mundo", OffsetMap({{0, 4, 2, 6}, {4, 5, 6, 8}, {5, 10, 8, 13}}, 10, 14));
  EXPECT_TRUE(d.cleaned());
  EXPECT_EQ(d.text(), "Hola mundo");
  EXPECT_EQ(d.original(), "  Hola  mundo ");
}

TEST(Document, RefusesANewTextOnceALayerExists) {
  Document d("a", "Hola.");
  d.layer_for("sentences", "split").spans.push_back(Span{0, 5, {}});
  EXPECT_THROW(d.set_view("Hola", OffsetMap()), Error);
}

TEST(Document, LayersKeepCreationOrderAndProducer) {
  Document d("a", "x");
  d.layer_for("sentences", "split");
  d.layer_for("entities", "ner");
  d.layer_for("sentences", "other");  // existing layer: returned, producer unchanged
  ASSERT_EQ(d.layers().size(), 2u);
  EXPECT_EQ(d.layers()[0]->name, "sentences");
  EXPECT_EQ(d.layers()[0]->producer, "split");
  EXPECT_EQ(d.layers()[1]->name, "entities");
  EXPECT_EQ(d.layer("missing"), nullptr);
}

TEST(Span, SetReplacesAnExistingAttribute) {
  Span s{0, 1, {}};
  s.set("label", std::string("PER"));
  s.set("score", 0.5);
  s.set("label", std::string("LOC"));
  ASSERT_EQ(s.attrs.size(), 2u);
  EXPECT_EQ(std::get<std::string>(*s.find("label")), "LOC");
  EXPECT_EQ(s.find("missing"), nullptr);
}

}  // namespace cadena
