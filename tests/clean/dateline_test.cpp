#include "dateline.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "../process_scratch.hpp"
#include "clean_test_support.hpp"

namespace cadena::clean {
namespace {

const LanguageData& spanish() {
  static const LanguageData data = LanguageData::load(testing::data_dir() + "/es");
  return data;
}
const LanguageData& english() {
  static const LanguageData data = LanguageData::load(testing::data_dir() + "/en");
  return data;
}

using Date = std::optional<std::string>;

TEST(Dateline, PlaceThenDayMonthYear) {
  EXPECT_EQ(dateline_date("Wonsan, Corea del Norte – 13 de julio de 2025 – El líder de Corea del "
                          "Norte, Kim Jong Un, aseguró",
                          spanish()),
            Date("2025-07-13"));
  EXPECT_EQ(dateline_date("MADRID, 5 de marzo de 2024 (EUROPA PRESS) - El Gobierno", spanish()),
            Date("2024-03-05"));
  EXPECT_EQ(dateline_date("Lima, 3 de mayo de 2022.- El presidente", spanish()),
            Date("2022-05-03"));
  EXPECT_EQ(dateline_date("MADRID, 5 MAR. 2024 - El Gobierno", spanish()), Date("2024-03-05"));
  EXPECT_EQ(dateline_date("13 de julio de 2025 – El líder", spanish()), Date("2025-07-13"));
}

TEST(Dateline, EnglishOrders) {
  EXPECT_EQ(dateline_date("WASHINGTON, July 13, 2025 - The president", english()),
            Date("2025-07-13"));
  EXPECT_EQ(dateline_date("LONDON, 13 July 2025 (Reuters) - Britain", english()),
            Date("2025-07-13"));
  EXPECT_EQ(dateline_date("WASHINGTON, July 13, 2025 - The president", spanish()), Date());
}

// What find_dateline takes of `text`: the place, the date, the closing mark.
std::string dateline_of(std::string_view text, const LanguageData& language) {
  std::optional<Dateline> found = find_dateline(text, language);
  return found ? std::string(text.substr(0, found->end)) : "(none)";
}

TEST(Dateline, ItsSpanEndsWithItsClosingMark) {
  EXPECT_EQ(dateline_of("Wonsan, Corea del Norte – 13 de julio de 2025 – El líder de Corea", spanish()),
            "Wonsan, Corea del Norte – 13 de julio de 2025 –");
  EXPECT_EQ(dateline_of("MADRID, 5 de marzo de 2024 (EUROPA PRESS) - El Gobierno", spanish()),
            "MADRID, 5 de marzo de 2024 (EUROPA PRESS) -");
  EXPECT_EQ(dateline_of("Lima, 3 de mayo de 2022.- El presidente", spanish()), "Lima, 3 de mayo de 2022.-");
  EXPECT_EQ(dateline_of("Lima, 3 de mayo de 2022. El presidente", spanish()), "Lima, 3 de mayo de 2022.");
  EXPECT_EQ(dateline_of("LONDON, 13 July 2025 (Reuters) - Britain", english()), "LONDON, 13 July 2025 (Reuters) -");
  EXPECT_EQ(dateline_of("13 de julio de 2025: El líder", spanish()), "13 de julio de 2025:");
  // A bracket that does not close soon is no agency: the dateline ends before it.
  EXPECT_EQ(dateline_of("MADRID, 13 de julio de 2025 (y el texto sigue sin cerrar nunca el paréntesis abierto",
                        spanish()),
            "MADRID, 13 de julio de 2025");
  EXPECT_EQ(dateline_of("El 13 de julio de 2025 – llegó", spanish()), "(none)");
}

TEST(Dateline, NoYearNoDate) {
  // A day of no year we can know.
  EXPECT_EQ(dateline_date("MADRID, 5 Mar. (EUROPA PRESS) - El Gobierno", spanish()), Date());
}

TEST(Dateline, DatesInsideSentencesAreNotDatelines) {
  EXPECT_EQ(dateline_date("El 13 de julio de 2025 se firmó el acuerdo.", spanish()), Date());
  EXPECT_EQ(dateline_date("Kim dijo, 13 de julio de 2025 – que", spanish()), Date());
  EXPECT_EQ(dateline_date("Madrid, 13 de julio de 2025 se firmó el acuerdo.", spanish()), Date());
  EXPECT_EQ(
      dateline_date("En una visita de alto nivel cargada de simbolismo geopolítico", spanish()),
      Date());
}

TEST(Dateline, ImpossibleDatesAreRefused) {
  EXPECT_EQ(dateline_date("Madrid, 31 de febrero de 2025 – El", spanish()), Date());
  EXPECT_EQ(dateline_date("Madrid, 29 de febrero de 2023 – El", spanish()), Date());
  EXPECT_EQ(dateline_date("Madrid, 29 de febrero de 2024 – El", spanish()), Date("2024-02-29"));
  EXPECT_EQ(dateline_date("Madrid, 40 de mayo de 2024 – El", spanish()), Date());
}

TEST(LanguageData, MonthsFileErrorsNameTheFileAndLine) {
  const ProcessScratch scratch("cadena-clean-bad-months-");  // removed when the test ends
  const std::string dir = scratch.dir().string();
  std::ofstream(dir + "/stopwords.txt") << "de\n";
  std::ofstream(dir + "/months.txt") << "# months\n1 enero\n13 trecember\n";
  try {
    LanguageData::load(dir);
    FAIL() << "loaded a malformed months file";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()), dir +
                                         "/months.txt:3: expected a month number 1-12 and its "
                                         "names, got '13 trecember'");
  }
}

}  // namespace
}  // namespace cadena::clean
