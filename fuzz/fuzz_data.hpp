// What the fuzz targets share: where the plugins' data is, and the promise
// the pipeline makes to every stage about the text it hands over.
#ifndef CADENA_FUZZ_FUZZ_DATA_HPP
#define CADENA_FUZZ_FUZZ_DATA_HPP

#include <cadena/utf8.hpp>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace cadena::fuzz {

inline std::string plugin_data(const char* plugin) {
  return std::string(CADENA_SOURCE_DIR "/plugins/") + plugin + "/data";
}

inline std::string_view bytes(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Stages only ever see well-formed UTF-8 (input_checks.hpp refuses the rest
// before a document exists; the cleaner's output is UTF-8 by construction),
// so a target for a stage's core feeds it nothing else. NUL bytes past the
// head of a document do get through, and so stay in.
inline bool stage_would_see(std::string_view text) {
  return find_invalid_utf8(text) == std::string_view::npos;
}

}  // namespace cadena::fuzz

#endif  // CADENA_FUZZ_FUZZ_DATA_HPP
