// Datelines: the place and date a news story opens with,
//   "Wonsan, Corea del Norte – 13 de julio de 2025 – El líder…"
//   "WASHINGTON, July 13, 2025 - The president…"
//   "MADRID, 5 Mar. (EUROPA PRESS) -"
// A dateline is a place (capitalised words and commas, or nothing), a
// separator, a day and a month written with the language's month names
// (data/<lang>/months.txt) in either order, an optional year, and then a dash,
// an opening bracket (the agency), a period or a colon.
//
// Only a full date makes a reference date: without its year ("5 Mar.") a
// dateline names a day of no year we can know, and none is given.
//
// The dateline is not part of the first sentence: the clean stage gives it a
// span of its own (layer `dateline`), from the block's start through its
// closing mark ("– 13 de julio de 2025 –", "(EFE) -"), which `split` leaves
// out of the sentences.
#ifndef CADENA_CLEAN_DATELINE_HPP
#define CADENA_CLEAN_DATELINE_HPP

#include <optional>
#include <string>
#include <string_view>

#include "language_data.hpp"

namespace cadena::clean {

struct Dateline {
  std::string date;  // YYYY-MM-DD
  std::size_t end;   // bytes of `text` it takes: the place, the date and the closing mark
};

// The dateline opening `text`, if there is one with a year.
std::optional<Dateline> find_dateline(std::string_view text, const LanguageData& language);

// Its date alone.
std::optional<std::string> dateline_date(std::string_view text, const LanguageData& language);

}  // namespace cadena::clean

#endif  // CADENA_CLEAN_DATELINE_HPP
