// Typed option checks every stage writes by hand, for the SDK (header-only).
// The host has already checked each option's JSON type against the default's;
// these check what only the stage knows, and throw OptionError naming it:
//
//   std::size_t n = cadena::positive_int(ctx.options, "max_words");
//   Score s = cadena::one_of<Score>(ctx.options, "score", {{"degree", kDegree}, {"ratio", kRatio}});
#ifndef CADENA_SDK_OPTIONS_HPP
#define CADENA_SDK_OPTIONS_HPP

#include <cadena/sdk.hpp>

#include <cstddef>
#include <initializer_list>
#include <string>
#include <utility>

namespace cadena {

// Option `name`, an integer >= 1.
inline std::size_t positive_int(const nlohmann::json& options, const std::string& name) {
  const nlohmann::json& v = options.at(name);
  if (!v.is_number_integer())
    throw OptionError("/" + name, "expected a positive integer, got " + v.dump());
  long long value = v.get<long long>();
  if (value < 1) throw OptionError("/" + name, "expected a positive integer, got " + std::to_string(value));
  return static_cast<std::size_t>(value);
}

// Option `name`, a string that must be one of the keys of `choices`; returns
// the value paired with it. The error lists the choices in the given order.
template <class T>
T one_of(const nlohmann::json& options, const std::string& name,
         std::initializer_list<std::pair<const char*, T>> choices) {
  const nlohmann::json& v = options.at(name);
  std::string given = v.is_string() ? v.get<std::string>() : std::string();
  std::string list;
  std::size_t i = 0;
  for (const auto& [key, value] : choices) {
    if (v.is_string() && given == key) return value;
    list += (i == 0 ? "" : i + 1 == choices.size() ? " or " : ", ") + ("\"" + std::string(key) + "\"");
    ++i;
  }
  throw OptionError("/" + name, "expected " + list + ", got " + v.dump());
}

}  // namespace cadena

#endif  // CADENA_SDK_OPTIONS_HPP
