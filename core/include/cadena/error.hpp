// The one exception type the core throws: its message is meant for the user
// as it is ("config.json: /pipeline/2/options/max: expected an integer, got \"x\"").
#ifndef CADENA_ERROR_HPP
#define CADENA_ERROR_HPP

#include <stdexcept>
#include <string>

namespace cadena {

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace cadena

#endif  // CADENA_ERROR_HPP
