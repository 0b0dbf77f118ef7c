// Reference dates are calendar dates written YYYY-MM-DD, or date-times
// written YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS (a moment: expressions
// counted from now, "hace 30 minutos", need its time of day).
#ifndef CADENA_ISO_DATE_HPP
#define CADENA_ISO_DATE_HPP

#include <string>
#include <string_view>

namespace cadena {

// "" if `date` is a valid YYYY-MM-DD calendar date, or such a date with a
// valid time of day (THH:MM or THH:MM:SS); otherwise why not.
std::string check_iso_date(std::string_view date);

}  // namespace cadena

#endif  // CADENA_ISO_DATE_HPP
