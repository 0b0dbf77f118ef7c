// Phase 2 of date resolution: an underspecified value (day_ref.hpp) anchored
// to the reference date and the tense of its sentence.
//
//   UNDEF-last-year        2024            (reference 2025-07-13)
//   UNDEF-this-year-04     2025-04
//   UNDEF-REF-day-MINUS-1  2025-07-12
//   XXXX-WXX-2, past       2025-07-08      (the last Tuesday)
//   XXXX-WXX-5, future     2025-07-18      (the next Friday)
//   XXXX-04, past          2025-04
//
//   UNDEF-NOW-MINUS-PT30M  2025-07-13T09:00:00  (reference 2025-07-13T09:30)
//
// Values that need no anchoring (complete dates, durations, clock times,
// PRESENT_REF) and values it cannot read come back unchanged.
#ifndef CADENA_DATES_ANCHORING_HPP
#define CADENA_DATES_ANCHORING_HPP

#include <string>

#include "calendar.hpp"
#include "date_lexicon.hpp"

namespace cadena::dates {

// `now` is the reference moment's seconds into its day, or -1 when the
// reference is a date only: then values counted from the moment
// ("UNDEF-NOW-MINUS-PT30M", "hace 30 minutos") stay underspecified.
std::string anchor(const std::string& underspecified, const CivilDate& reference, Tense tense,
                   long now = -1);

}  // namespace cadena::dates

#endif  // CADENA_DATES_ANCHORING_HPP
