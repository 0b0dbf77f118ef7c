// Reading a plugin's language data: plain UTF-8 text files, one entry per line.
// Header-only so that third-party plugins can use it too.
#ifndef CADENA_DATA_HPP
#define CADENA_DATA_HPP

#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace cadena {

// One entry of a data file, with where it came from so that a bad entry can be
// reported as "file:line".
struct DataLine {
  std::string text;
  int line;
};

// Lines of a data file, trimmed; blank lines and lines starting with '#' are
// skipped. Throws std::runtime_error naming the file when it cannot be read.
inline std::vector<DataLine> read_data_lines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open data file");
  std::vector<DataLine> lines;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    std::size_t b = line.find_first_not_of(" \t\r");
    if (b == std::string::npos || line[b] == '#') continue;
    std::size_t e = line.find_last_not_of(" \t\r");
    lines.push_back({line.substr(b, e - b + 1), number});
  }
  if (in.bad()) throw std::runtime_error(path + ": read error");
  return lines;
}

// Just the entries of a data file (see read_data_lines).
inline std::vector<std::string> read_word_list(const std::string& path) {
  std::vector<std::string> words;
  for (auto& l : read_data_lines(path)) words.push_back(std::move(l.text));
  return words;
}

}  // namespace cadena

#endif  // CADENA_DATA_HPP
