// find_dates() on sentences written for each rule: what must never be a date,
// absolute, partial, numeric and relative dates, tense, durations, times and
// sets. The reference date is 2025-07-13, a Sunday, unless a test says
// otherwise. Expectations reasoned by hand.
#include <gtest/gtest.h>

#include "date_testing.hpp"

namespace cadena::dates::testing {
namespace {

using List = std::vector<Found>;

// --- Never --------------------------------------------------------------------

TEST(Never, MarInsideMaritimosIsNoTuesday) {
  EXPECT_EQ(dates("se prevé reactivar los enlaces marítimos y la vía marítima"), List{});
  EXPECT_EQ(dates("el mar Negro"), List{});  // nor the sea a month
}

TEST(Never, ElevenSIsNoDate) {
  EXPECT_EQ(dates("El 11S el atentado terrorista con más víctimas de la historia"), List{});
}

TEST(Never, TercerSetIsNoSeptember) {
  EXPECT_EQ(
      dates("Alianza Lima vs Olva Latino por la Liga Peruana de Vóley: tercer set del partido"),
      List{});
  // An abbreviation next to a day is a month.
  EXPECT_EQ(dates("el 5 set. de 2024"), (List{{"5 set. de 2024", "2024-09-05", "DATE"}}));
}

TEST(Never, AIsNoToday) {
  EXPECT_EQ(dates("Lavrov agradeció a Kim y volvió a Moscú"), List{});
  EXPECT_EQ(dates("a"), List{});
}

// --- Absolute, partial, numeric ---------------------------------------------------

TEST(Calendar, AbsolutePartialNumeric) {
  EXPECT_EQ(dates("Wonsan, 13 de julio de 2025 –"),
            (List{{"13 de julio de 2025", "2025-07-13", "DATE"}}));
  EXPECT_EQ(dates("firmado en junio de 2024"), (List{{"junio de 2024", "2024-06", "DATE"}}));
  EXPECT_EQ(dates("el 15/08/2025"), (List{{"15/08/2025", "2025-08-15", "DATE"}}));
  EXPECT_EQ(dates("firmado en 2024"), (List{{"2024", "2024", "DATE"}}));
  // A four-digit number with no word announcing a year is left to numbers.
  EXPECT_EQ(dates("Elecciones en Nueva York 2025"), List{});
}

// --- Relative to the reference date ---------------------------------------------

TEST(Relative, ToTheReferenceDate) {
  EXPECT_EQ(dates("el año pasado"), (List{{"el año pasado", "2024", "DATE"}}));
  EXPECT_EQ(dates("en abril de este año"), (List{{"abril de este año", "2025-04", "DATE"}}));
  EXPECT_EQ(dates("ayer"), (List{{"ayer", "2025-07-12", "DATE"}}));
  EXPECT_EQ(dates("mañana"), (List{{"mañana", "2025-07-14", "DATE"}}));
  EXPECT_EQ(dates("hoy"), (List{{"hoy", "2025-07-13", "DATE"}}));
  EXPECT_EQ(dates("hace dos semanas"), (List{{"hace dos semanas", "2025-W26", "DATE"}}));
  EXPECT_EQ(dates("el próximo mes"), (List{{"el próximo mes", "2025-08", "DATE"}}));
  EXPECT_EQ(dates("el próximo viernes"), (List{{"próximo viernes", "2025-07-18", "DATE"}}));
  EXPECT_EQ(dates("a comienzos de diciembre de 2024"),
            (List{{"comienzos de diciembre de 2024", "2024-12", "DATE"}}));
}

TEST(Relative, TenseOfTheSentencePicksTheWeekday) {
  // Sunday 2025-07-13: the last Tuesday is the 8th, the next the 15th.
  EXPECT_EQ(dates("Putin y Kim conversaron por teléfono el martes"),
            (List{{"martes", "2025-07-08", "DATE"}}));
  EXPECT_EQ(dates("Putin y Kim se reunirán el martes"), (List{{"martes", "2025-07-15", "DATE"}}));
  // A bare month too: "confirmó en abril" from July is April of this year,
  // "viajará en abril" the next April.
  EXPECT_EQ(dates("confirmó en abril"), (List{{"abril", "2025-04", "DATE"}}));
  EXPECT_EQ(dates("viajará en abril"), (List{{"abril", "2026-04", "DATE"}}));
}

TEST(Relative, WithoutAReferenceDateValuesStayUnderspecified) {
  EXPECT_EQ(dates("el año pasado, el martes", ""),
            (List{{"el año pasado", "UNDEF-last-year", "DATE"}, {"martes", "XXXX-WXX-2", "DATE"}}));
}

TEST(Relative, TwoPhases) {
  std::vector<DateMention> found = find_dates("el martes conversaron", lexicon(), "2025-07-13", {});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].underspecified, "XXXX-WXX-2");
  EXPECT_EQ(found[0].value, "2025-07-08");
}

TEST(Relative, EachSentenceHasItsOwnTense) {
  std::string text = "Se reunieron el martes. Volverán a verse el martes.";
  std::vector<ByteRange> sentences{{0, 23}, {24, text.size()}};
  std::vector<DateMention> found = find_dates(text, lexicon(), "2025-07-13", sentences);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].value, "2025-07-08");
  EXPECT_EQ(found[1].value, "2025-07-15");
}

// --- Counted from the reference moment ---------------------------------------------
// With a date-time reference, 2025-07-13T09:30 (a Sunday morning).

TEST(FromNow, MinutesAndHoursNeedTheTimeOfTheReference) {
  const char* now = "2025-07-13T09:30";
  EXPECT_EQ(dates("llegó hace 45 minutos", now),
            (List{{"hace 45 minutos", "2025-07-13T08:45:00", "TIME"}}));
  // Across midnight, back to the day before.
  EXPECT_EQ(dates("empezó hace 10 horas", now),
            (List{{"hace 10 horas", "2025-07-12T23:30:00", "TIME"}}));
  EXPECT_EQ(dates("abrirá dentro de 2 horas", now),
            (List{{"dentro de 2 horas", "2025-07-13T09:30:00/2025-07-13T11:30:00", "TIME"}}));
  EXPECT_EQ(dates("cayó en las últimas 3 horas", now),
            (List{{"últimas 3 horas", "2025-07-13T06:30:00/2025-07-13T09:30:00", "TIME"}}));
  EXPECT_EQ(dates("en la próxima hora", "2025-07-13T23:15:30"),
            (List{{"próxima hora", "2025-07-13T23:15:30/2025-07-14T00:15:30", "TIME"}}));
  EXPECT_EQ(dates("en el resto del día", now),
            (List{{"resto del día", "2025-07-13T09:30:00/2025-07-13T23:59:59", "TIME"}}));
}

TEST(FromNow, WithADateOnlyTheValueStaysUnderspecified) {
  EXPECT_EQ(dates("llegó hace 45 minutos"),
            (List{{"hace 45 minutos", "UNDEF-NOW-MINUS-PT45M", "TIME"}}));
  // Days are counted from the day, with or without a time.
  EXPECT_EQ(dates("llegó hace 2 días", "2025-07-13T09:30"),
            (List{{"hace 2 días", "2025-07-11", "DATE"}}));
}

// --- Quarters, halves, ranges, modifiers -----------------------------------------------

TEST(Periods, QuartersAndHalves) {
  EXPECT_EQ(dates("cayó en el tercer cuarto de 2016"),
            (List{{"el tercer cuarto de 2016", "2016-Q3", "DATE"}}));
  EXPECT_EQ(dates("creció en el segundo semestre de 2019"),
            (List{{"el segundo semestre de 2019", "2019-H2", "DATE"}}));
  // Without a period after it, "cuarto" is a quarter only after an ordinal.
  EXPECT_EQ(dates("entró en el cuarto de baño"), List{});
}

TEST(Periods, RangesJoinAnyTwoDates) {
  // Reference 2025-07-16, a Wednesday: "este viernes" is 07-18, "el próximo sábado" 07-19.
  EXPECT_EQ(dates("estará de este viernes al próximo sábado", "2025-07-16"),
            (List{{"de este viernes al próximo sábado", "2025-07-18/2025-07-19", "DATE"}}));
  EXPECT_EQ(dates("el resto del año"), (List{{"resto del año", "2025-07-13/2025-12-31", "DATE"}}));
}

TEST(Periods, ModifiersAreInTheSpan) {
  std::vector<DateMention> found = find_dates("ocurrió alrededor de 1990", lexicon(), "2025-07-13", {});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "1990");
  EXPECT_EQ(found[0].mod, "APPROX");
  found = find_dates("cerrará a fin de julio", lexicon(), "2025-07-13", {});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "2025-07");
  EXPECT_EQ(found[0].mod, "END");
}

TEST(Periods, ModifiersAfterTheDate) {
  std::vector<DateMention> found =
      find_dates("los nacidos en 2010 o después.", lexicon(), "2025-07-13", {});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "2010");
  EXPECT_EQ(found[0].mod, "ON_OR_AFTER");
  EXPECT_EQ(found[0].end, std::string("los nacidos en 2010 o después").size());
  // A sequence of events goes on after "y después": no modifier.
  found = find_dates("llegó el lunes y después se fue", lexicon(), "2025-07-13", {});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].mod, "");
}

TEST(Calendar, NumericDatesAfterAWeekday) {
  EXPECT_EQ(dates("llegará el lunes 4-8"), (List{{"lunes 4-8", "2025-08-04", "DATE"}}));
  EXPECT_EQ(dates("llegará el viernes 12/09"), (List{{"viernes 12/09", "2025-09-12", "DATE"}}));
  // Without a weekday "3-8" is a score.
  EXPECT_EQ(dates("ganaron 3-8"), List{});
}

TEST(Periods, TheWeekOfADay) {
  EXPECT_EQ(dates("la semana del 15 de septiembre de 2025"),
            (List{{"la semana del 15 de septiembre de 2025", "2025-W38", "DATE"}}));
}

// --- Durations, times, sets -------------------------------------------------------

TEST(Other, DurationsTimesSets) {
  EXPECT_EQ(dates("una gira de tres días"), (List{{"tres días", "P3D", "DURATION"}}));
  EXPECT_EQ(dates("mes y medio después"), (List{{"mes y medio", "P1.5M", "DURATION"}}));
  EXPECT_EQ(dates("a las 18.30 h"), (List{{"18.30 h", "T18:30", "TIME"}}));
  EXPECT_EQ(dates("las ocho de la tarde"), (List{{"ocho de la tarde", "T20", "TIME"}}));
  EXPECT_EQ(dates("cada martes"), (List{{"cada martes", "XXXX-WXX-2", "SET"}}));
  EXPECT_EQ(dates("mañana a las 18.30"),
            (List{{"mañana a las 18.30", "2025-07-14T18:30", "TIME"}}));
  // "un segundo diálogo" is no second of time.
  EXPECT_EQ(dates("sostuvieron un segundo diálogo"), List{});
}

TEST(Other, RangesAndPartsOfPeriods) {
  EXPECT_EQ(dates("del 4 al 22 de enero de 2025"),
            (List{{"del 4 al 22 de enero de 2025", "2025-01-04/2025-01-22", "DATE"}}));
  EXPECT_EQ(dates("los últimos dos años"),
            (List{{"últimos dos años", "2023-07-13/2025-07-13", "DATE"}}));
  std::vector<DateMention> found = find_dates("a finales de junio", lexicon(), "2025-07-13", {});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "2025-06");
  EXPECT_EQ(found[0].mod, "END");
}

TEST(TimeRanges, TheHalfOfTheDayComesFromTheOtherEnd) {
  // "de 5 a 6pm": the pm of one end places the other; 2025-07-13 is a Sunday.
  EXPECT_EQ(dates("estará fuera de 5 a 6pm"), (List{{"de 5 a 6pm", "T17/T18", "TIME"}}));
  EXPECT_EQ(dates("entre las 5 y las 6 de la tarde"),
            (List{{"entre las 5 y las 6 de la tarde", "T17/T18", "TIME"}}));
  // After 11 p. m. the 3 is the next night's, after 11 a. m. the afternoon's.
  EXPECT_EQ(dates("de 11 p. m. a 3"), (List{{"de 11 p. m. a 3", "T23/T03", "TIME"}}));
  EXPECT_EQ(dates("de 11 am a 3"), (List{{"de 11 am a 3", "T11/T15", "TIME"}}));
  EXPECT_EQ(dates("de 10.30 a 12.30 h"), (List{{"de 10.30 a 12.30 h", "T10:30/T12:30", "TIME"}}));
  // The "y" of "entre" joins the ends; it is not "las 5 y 6" = 5:06.
  EXPECT_EQ(dates("entre las 5 y 6 de la tarde"),
            (List{{"entre las 5 y 6 de la tarde", "T17/T18", "TIME"}}));
}

TEST(TimeRanges, OnADay) {
  EXPECT_EQ(dates("mañana de 9 a 11 se reunirá"),
            (List{{"mañana de 9 a 11", "2025-07-14T09/2025-07-14T11", "TIME"}}));
  EXPECT_EQ(dates("de 5 a 6 del 22 de abril de 2025"),
            (List{{"de 5 a 6 del 22 de abril de 2025", "2025-04-22T05/2025-04-22T06", "TIME"}}));
  EXPECT_EQ(dates("desde las 4pm de hoy hasta las 5pm de mañana"),
            (List{{"desde las 4pm de hoy hasta las 5pm de mañana", "2025-07-13T16/2025-07-14T17",
                   "TIME"}}));
  EXPECT_EQ(dates("ayer por la tarde"), (List{{"ayer por la tarde", "2025-07-12TAF", "TIME"}}));
}

TEST(TimeRanges, QuantitiesAndScoresAreNoTimes) {
  // Bare numbers make a range of hours only with a day next to them.
  EXPECT_EQ(dates("entre 3 y 5 millones de personas"), List{});
  EXPECT_EQ(dates("niños de 5 a 6 años"), (List{{"6 años", "P6Y", "DURATION"}}));
  EXPECT_EQ(dates("de 1 a 3 personas"), List{});
  EXPECT_EQ(dates("el partido acabó 2-1"), List{});
  EXPECT_EQ(dates("entre 10.30 y 12.30 euros"), List{});
  EXPECT_EQ(dates("entre las 10.000 y 13.000 tropas"), List{});
}

TEST(English, SecondLanguage) {
  EXPECT_EQ(dates("They met last Tuesday and will meet next week", "2025-07-13", "en"),
            (List{{"last Tuesday", "2025-07-08", "DATE"}, {"next week", "2025-W29", "DATE"}}));
  EXPECT_EQ(dates("on July 13, 2025", "2025-07-13", "en"),
            (List{{"July 13, 2025", "2025-07-13", "DATE"}}));
}

}  // namespace
}  // namespace cadena::dates::testing
