// Sizes on the command line: `--max-bytes 64M`, `--max-bytes 2G`, `1048576`.
// Shared by `cadena run` and `cadena serve`, so both read sizes the same way.
#ifndef CADENA_CLI_BYTE_SIZE_HPP
#define CADENA_CLI_BYTE_SIZE_HPP

#include <cstdint>
#include <string>

namespace cadena::cli {

// "123", "64K", "64k", "64KiB", "32M", "32MB", "2G", "1T": a count of bytes,
// the suffixes binary (K = 1024), as users of `ulimit` and `docker --memory`
// expect. Throws std::invalid_argument with a message that says what was
// expected when `text` is not such a size, is zero, or overflows 64 bits.
std::uint64_t parse_byte_size(const std::string& text);

// The inverse for messages and --help: 33554432 -> "32M", 1000 -> "1000".
std::string format_byte_size(std::uint64_t bytes);

// CLI11's check for a size option: parse_byte_size's message, or "" when the
// size parses and fits in the machine's physical memory (a larger limit could
// never be reached, so it is a mistake worth naming).
std::string check_byte_size(const std::string& text);

}  // namespace cadena::cli

#endif  // CADENA_CLI_BYTE_SIZE_HPP
