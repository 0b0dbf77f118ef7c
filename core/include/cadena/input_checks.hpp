// Checks every input text passes before it becomes a document (in the CLI and
// in the WebAssembly module alike), with messages that point at the problem.
#ifndef CADENA_INPUT_CHECKS_HPP
#define CADENA_INPUT_CHECKS_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace cadena {

// "" if `text` can be processed; otherwise why not: a NUL byte in its first
// 8000 bytes (a binary file), invalid UTF-8 (with line and column), nothing but white space, or
// more than max_bytes (named as the --max-bytes option).
// "" if a document of `bytes` bytes is within `max_bytes`; otherwise why not.
// Separate from check_text so that a file can be refused before it is read.
std::string check_size(std::uint64_t bytes, std::uint64_t max_bytes);

std::string check_text(std::string_view text, std::uint64_t max_bytes);

// Where a file shows it is binary, as git and grep judge it: the offset of a
// NUL byte in its first 8000 bytes, or npos. check_text refuses such a text;
// the page decoder leaves it undecoded for check_text to refuse.
std::size_t find_binary_marker(std::string_view bytes);

}  // namespace cadena

#endif  // CADENA_INPUT_CHECKS_HPP
