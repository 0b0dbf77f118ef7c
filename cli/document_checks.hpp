// Checks every input text passes before it becomes a document, with messages
// that point at the problem.
#ifndef CADENA_CLI_DOCUMENT_CHECKS_HPP
#define CADENA_CLI_DOCUMENT_CHECKS_HPP

#include <cstdint>
#include <string>
#include <string_view>

namespace cadena::cli {

// "" if `text` can be processed; otherwise why not: NUL bytes (a binary
// file), invalid UTF-8 (with line and column), nothing but white space, or
// more than max_bytes.
std::string check_text(std::string_view text, std::uint64_t max_bytes);

}  // namespace cadena::cli

#endif  // CADENA_CLI_DOCUMENT_CHECKS_HPP
