// Reference dates are calendar dates written YYYY-MM-DD.
#ifndef CADENA_ISO_DATE_HPP
#define CADENA_ISO_DATE_HPP

#include <string>
#include <string_view>

namespace cadena {

// "" if `date` is a valid YYYY-MM-DD calendar date; otherwise why not.
std::string check_iso_date(std::string_view date);

}  // namespace cadena

#endif  // CADENA_ISO_DATE_HPP
