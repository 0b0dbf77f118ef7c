// find_numbers() on sentences written for each rule: the measured failures of
// other tools on our corpus, both digit conventions, spelled numbers, scales,
// ordinals, percentages, money and ranges. Expectations reasoned by hand.
#include <gtest/gtest.h>

#include "number_testing.hpp"

namespace cadena::numbers::testing {
namespace {

using List = std::vector<Found>;

// --- Measured failures of today's tools on our corpus -----------------------

TEST(MeasuredFailures, ArticleIsNotTheNumberOne) {
  EXPECT_EQ(numbers("El compromiso se dio durante una reunión con un ministro."), List{});
  EXPECT_EQ(numbers("respaldó una “hermandad de combate”"), List{});
  // ... unless it quantifies
  EXPECT_EQ(numbers("voy a comprar solo una vaca"), (List{{"una", 1, "cardinal", ""}}));
  EXPECT_EQ(numbers("más de un millón de personas"), (List{{"un millón", 1e6, "cardinal", ""}}));
  EXPECT_EQ(numbers("una docena de huevos"), (List{{"una docena", 12, "cardinal", ""}}));
  EXPECT_EQ(numbers("¿Cuántos vinieron? Uno."), (List{{"Uno", 1, "cardinal", ""}}));
}

TEST(MeasuredFailures, KimJongUnHasNoNumber) {
  EXPECT_EQ(
      numbers("El líder de Corea del Norte, Kim Jong Un, aseguró que su país brindará apoyo."),
      List{});
  EXPECT_EQ(numbers("Lavrov se reunió con Kim Jong Un."), List{});
  EXPECT_EQ(numbers("el líder norcoreano Kim Jong-un dejó como resultado"), List{});
}

TEST(MeasuredFailures, B52IsNotMinus52) {
  EXPECT_EQ(numbers("el vuelo de un bombardero estratégico B-52 cerca del territorio"), List{});
  EXPECT_EQ(numbers("la pandemia de COVID-19"), List{});
  // A sign written against the digits is a sign.
  EXPECT_EQ(numbers("bajó a -52 grados"), (List{{"-52", -52, "cardinal", ""}}));
}

TEST(MeasuredFailures, SegundoDialogoIsNotAHalf) {
  EXPECT_EQ(numbers("sostuvieron un segundo diálogo estratégico"),
            (List{{"segundo", 2, "ordinal", ""}}));
  // "segundo" of time is no ordinal; "un medio" is the half.
  EXPECT_EQ(numbers("tardó tres segundos"), (List{{"tres", 3, "cardinal", ""}}));
  EXPECT_EQ(numbers("un medio"), (List{{"un medio", 0.5, "fraction", ""}}));
}

TEST(MeasuredFailures, TenThousandSoldiersAreNotTen) {
  EXPECT_EQ(numbers("enviando más de 10,000 soldados y 12 millones de cartuchos"),
            (List{{"10,000", 10000, "cardinal", ""}, {"12 millones", 12e6, "cardinal", ""}}));
}

// --- Digit conventions ----------------------------------------------------------

TEST(Separators, EitherConventionWhenTheFormShowsIt) {
  EXPECT_EQ(numbers("10.000,5"), (List{{"10.000,5", 10000.5, "decimal", ""}}));
  EXPECT_EQ(numbers("10,000.5"), (List{{"10,000.5", 10000.5, "decimal", ""}}));
  EXPECT_EQ(numbers("1.234.567"), (List{{"1.234.567", 1234567, "cardinal", ""}}));
  EXPECT_EQ(numbers("3,5"), (List{{"3,5", 3.5, "decimal", ""}}));
  EXPECT_EQ(numbers("0.683"), (List{{"0.683", 0.683, "decimal", ""}}));
  EXPECT_EQ(numbers("40 000"), (List{{"40 000", 40000, "cardinal", ""}}));
}

TEST(Separators, AmbiguousNumbersFollowTheRegionThenTheDocument) {
  // One separator before three digits, no count noun: Spain reads 4,800 as 4.8,
  // Mexico as 4800.
  EXPECT_EQ(numbers("pesa 4,800 kilos"), (List{{"4,800", 4.8, "decimal", ""}}));
  EXPECT_EQ(numbers("pesa 4,800 kilos", "es-MX"), (List{{"4,800", 4800, "cardinal", ""}}));
  EXPECT_EQ(numbers("pesa 4.800 kilos"), (List{{"4.800", 4800, "cardinal", ""}}));
  // The other numbers of the document vote: "1,234,567" shows commas group.
  EXPECT_EQ(numbers("Hay 1,234,567 habitantes y pesa 4,800 kilos"),
            (List{{"1,234,567", 1234567, "cardinal", ""}, {"4,800", 4800, "cardinal", ""}}));
  // "3.5" shows a decimal period: "4.800" then reads 4.8.
  EXPECT_EQ(numbers("subió 3.5 puntos y pesa 4.800 kilos"),
            (List{{"3.5", 3.5, "decimal", ""}, {"4.800", 4.8, "decimal", ""}}));
}

// --- Spelled numbers, scales, ordinals ------------------------------------------

TEST(Spelled, Cardinals) {
  EXPECT_EQ(numbers("veintitrés"), (List{{"veintitrés", 23, "cardinal", ""}}));
  EXPECT_EQ(numbers("mil quinientos"), (List{{"mil quinientos", 1500, "cardinal", ""}}));
  EXPECT_EQ(numbers("doscientos cincuenta mil"),
            (List{{"doscientos cincuenta mil", 250000, "cardinal", ""}}));
  EXPECT_EQ(numbers("un millón doscientos mil"),
            (List{{"un millón doscientos mil", 1200000, "cardinal", ""}}));
  EXPECT_EQ(numbers("medio millón"), (List{{"medio millón", 500000, "cardinal", ""}}));
  EXPECT_EQ(numbers("mil millones"), (List{{"mil millones", 1e9, "cardinal", ""}}));
  EXPECT_EQ(numbers("un billón"), (List{{"un billón", 1e12, "cardinal", ""}}));
  // "y" joins tens and units only: a range of two numbers stays two numbers.
  EXPECT_EQ(numbers("dos tres"), (List{{"dos", 2, "cardinal", ""}, {"tres", 3, "cardinal", ""}}));
  EXPECT_EQ(numbers("cuarenta y siete"), (List{{"cuarenta y siete", 47, "cardinal", ""}}));
  // "millones de" alone is an indefinite amount.
  EXPECT_EQ(numbers("millones de municiones"), List{});
}

TEST(Spelled, DigitsWithScaleWords) {
  EXPECT_EQ(numbers("12 millones"), (List{{"12 millones", 12e6, "cardinal", ""}}));
  EXPECT_EQ(numbers("14 mil"), (List{{"14 mil", 14000, "cardinal", ""}}));
  EXPECT_EQ(numbers("3,5 millones"), (List{{"3,5 millones", 3.5e6, "cardinal", ""}}));
  EXPECT_EQ(numbers("500.000 millones"), (List{{"500.000 millones", 5e11, "cardinal", ""}}));
}

TEST(Spelled, Ordinals) {
  EXPECT_EQ(numbers("el 1.º de mayo"), (List{{"1.º", 1, "ordinal", ""}}));
  EXPECT_EQ(numbers("el 3er puesto"), (List{{"3er", 3, "ordinal", ""}}));
  EXPECT_EQ(numbers("el primero"), (List{{"primero", 1, "ordinal", ""}}));
  EXPECT_EQ(numbers("el tercer set"), (List{{"tercer", 3, "ordinal", ""}}));
  EXPECT_EQ(numbers("el vigésimo segundo"), (List{{"vigésimo segundo", 22, "ordinal", ""}}));
}

// --- Percentages, money, ranges ---------------------------------------------------

TEST(Units, PercentagesAndMoney) {
  EXPECT_EQ(numbers("cayó un 20%"), (List{{"20%", 20, "percent", "%"}}));
  EXPECT_EQ(numbers("el 3,5 por ciento"), (List{{"3,5 por ciento", 3.5, "percent", "%"}}));
  EXPECT_EQ(numbers("cuesta 50 €"), (List{{"50 €", 50, "currency", "EUR"}}));
  EXPECT_EQ(numbers("desde $ 1.234"), (List{{"$ 1.234", 1234, "currency", "USD"}}));
  EXPECT_EQ(numbers("12 millones de euros"),
            (List{{"12 millones de euros", 12e6, "currency", "EUR"}}));
  EXPECT_EQ(numbers("300 dólares"), (List{{"300 dólares", 300, "currency", "USD"}}));
  // In Mexico "$" is the peso.
  EXPECT_EQ(numbers("cuesta $200", "es-MX"), (List{{"$200", 200, "currency", "MXN"}}));
}

TEST(Units, Ranges) {
  std::vector<NumberMention> r = find_numbers("entre 10.000 y 13.000 soldados", lexicon());
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].kind, "range");
  EXPECT_EQ(r[0].min, 10000);
  EXPECT_EQ(r[0].max, 13000);
  EXPECT_EQ(r[0].value, 10000);
  EXPECT_EQ(r[0].begin, 0u);
  EXPECT_EQ(r[0].end, std::string("entre 10.000 y 13.000").size());
  // The second end's scale and currency are the first's too.
  r = find_numbers("entre 5 y 10 millones de euros", lexicon());
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].min, 5e6);
  EXPECT_EQ(r[0].max, 10e6);
  EXPECT_EQ(r[0].unit, "EUR");
  EXPECT_EQ(numbers("de 10 a 20"), (List{{"de 10 a 20", 10, "range", ""}}));
  EXPECT_EQ(numbers("2020-2021"), (List{{"2020-2021", 2020, "range", ""}}));
  // Not a range when the first end is the larger; the '-' is no sign either.
  EXPECT_EQ(numbers("ganó 3-0"), (List{{"3", 3, "cardinal", ""}, {"0", 0, "cardinal", ""}}));
  EXPECT_EQ(numbers("entre dos y tres"), (List{{"entre dos y tres", 2, "range", ""}}));
}

TEST(Units, TimesAndDatesAreLeftToTheDatesStage) {
  EXPECT_EQ(numbers("a las 18:30 del 15/08/2025"), List{});
}

// --- English ------------------------------------------------------------------

TEST(English, SecondLanguage) {
  EXPECT_EQ(numbers("two hundred fifty thousand", "en"),
            (List{{"two hundred fifty thousand", 250000, "cardinal", ""}}));
  EXPECT_EQ(numbers("a dozen eggs", "en"), (List{{"a dozen", 12, "cardinal", ""}}));
  EXPECT_EQ(numbers("a man and 10,000.5 tons", "en"), (List{{"10,000.5", 10000.5, "decimal", ""}}));
  EXPECT_EQ(numbers("the 1st and twenty-one", "en"),
            (List{{"1st", 1, "ordinal", ""}, {"twenty-one", 21, "cardinal", ""}}));
}

// --- Texts cut short (found by fuzz/numbers_fuzzer) --------------------------

// A range's opener as the last word used to read past the last token.
TEST(CutShort, ARangeOpenerEndingTheTextIsNoNumber) {
  EXPECT_EQ(numbers("desde"), List{});
  EXPECT_EQ(numbers("entre"), List{});
  EXPECT_EQ(numbers("Subió desde"), List{});
  EXPECT_EQ(numbers("desde 5"), (List{{"5", 5, "cardinal", ""}}));
  EXPECT_EQ(numbers("entre 5 y"), (List{{"5", 5, "cardinal", ""}}));
}

// "con" ("veinte con tres quintos") as the last word used to read past the
// last token. Two tokens: their vector is full, so ASan sees the overread.
TEST(CutShort, AConnectorEndingTheTextEndsTheNumber) {
  EXPECT_EQ(numbers("siete con"), (List{{"siete", 7, "cardinal", ""}}));
  EXPECT_EQ(numbers("Eran cuatro con"), (List{{"cuatro", 4, "cardinal", ""}}));
}

// Spelled decimals ending in "y" used to read past the last token (four
// tokens: a full vector again).
TEST(CutShort, SpelledDecimalsEndingInAndEndBeforeIt) {
  EXPECT_EQ(numbers("siete coma cuarenta y"), (List{{"siete coma cuarenta", 7.4, "decimal", ""}}));
}

}  // namespace
}  // namespace cadena::numbers::testing
