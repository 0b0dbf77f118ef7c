// --token-file: a shared secret every request (but /healthz) must bring as
// `Authorization: Bearer TOKEN`.
#ifndef CADENA_CLI_SERVE_TOKEN_HPP
#define CADENA_CLI_SERVE_TOKEN_HPP

#include <string>

namespace cadena::cli::serve {

// The token in `path`: its first line, white space trimmed. Throws
// cadena::Error naming the file when it cannot be read or holds no token.
std::string read_token_file(const std::string& path);

// Whether an Authorization header value carries `token`, compared in time
// independent of where they differ.
bool token_matches(const std::string& authorization, const std::string& token);

}  // namespace cadena::cli::serve

#endif  // CADENA_CLI_SERVE_TOKEN_HPP
