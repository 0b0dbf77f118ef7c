#include "token.hpp"

#include <cadena/error.hpp>

#include <fstream>

namespace cadena::cli::serve {

std::string read_token_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("--token-file " + path + ": cannot open for reading");
  std::string line;
  std::getline(in, line);
  std::size_t b = line.find_first_not_of(" \t\r");
  if (b == std::string::npos) throw Error("--token-file " + path + ": the first line holds no token");
  return line.substr(b, line.find_last_not_of(" \t\r") + 1 - b);
}

bool token_matches(const std::string& authorization, const std::string& token) {
  const std::string scheme = "Bearer ";
  if (authorization.compare(0, scheme.size(), scheme) != 0) return false;
  std::string given = authorization.substr(scheme.size());
  unsigned char diff = given.size() == token.size() ? 0 : 1;
  for (std::size_t i = 0; i < given.size(); ++i) diff |= given[i] ^ token[i % token.size()];
  return diff == 0;
}

}  // namespace cadena::cli::serve
