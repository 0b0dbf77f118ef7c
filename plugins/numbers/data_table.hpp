// Reading a plugin's language data: UTF-8 files of rows `field | field | ...`,
// '#' starting a comment, from a language folder and its regional override
// (data/es/ then data/es-MX/). Every bad entry is reported as "file:line: why".
//
// Shared by the `numbers` and `dates` stages.
#ifndef CADENA_NUMBERS_DATA_TABLE_HPP
#define CADENA_NUMBERS_DATA_TABLE_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cadena::numbers {

struct DataRow {
  std::vector<std::string> fields;  // trimmed, at least one, none empty but the last ones
  std::string file;
  int line = 0;

  // Throws std::runtime_error "file:line: why".
  [[noreturn]] void fail(const std::string& why) const;
  // Fails for an entry that folds to one already listed ("sólo", "solo").
  [[noreturn]] void fail_repeated() const;
  // Field i as a number ("12", "1e6", "0.5"); fails naming the field otherwise.
  double number(std::size_t i) const;
  // Field i, or "" when the row is shorter.
  const std::string& field(std::size_t i) const;
};

// The rows of one file. Throws naming the file when it cannot be read, and
// naming the line of a row with fewer than `min_fields` or more than
// `max_fields` fields.
std::vector<DataRow> read_rows(const std::string& path, std::size_t min_fields,
                               std::size_t max_fields);

// A language tag as data folders are named: "es_mx" -> "es-MX", "ES" -> "es".
std::string normalized_tag(std::string_view lang);

// The data folders of a language tag, general first: "es-MX" -> {dir/es, dir/es-MX}
// when both exist, {dir/es} when only the language has data; empty when the
// language has none. A region folder holds only the files it overrides.
std::vector<std::string> language_folders(const std::string& data_dir, std::string_view lang);

// The rows of `file` in each of `folders`, merged: a row of a later (regional)
// file replaces the row of an earlier one with the same first field. The same
// first field twice in one file is an error naming both lines. The file must
// exist in the first folder.
std::vector<DataRow> read_layered_rows(const std::vector<std::string>& folders,
                                       const std::string& file, std::size_t min_fields,
                                       std::size_t max_fields);

}  // namespace cadena::numbers

#endif  // CADENA_NUMBERS_DATA_TABLE_HPP
