// The cadena.doc/1 JSON form of a processed document (docs/schema.md): the
// output of the CLI and of the WebAssembly module alike, byte for byte.
#ifndef CADENA_JSON_OUTPUT_HPP
#define CADENA_JSON_OUTPUT_HPP

#include <cadena/document.hpp>

#include <string>

namespace cadena {

inline constexpr const char* kSchema = "cadena.doc/1";

// Appends the document as one line of JSON (no trailing newline). Offsets
// are Unicode code points: start/end into "text", orig_start/orig_end into the
// original input.
void append_json(const Document& doc, std::string& out);

// Span attribute names the output reserves for itself.
bool is_reserved_attribute(std::string_view key);

}  // namespace cadena

#endif  // CADENA_JSON_OUTPUT_HPP
