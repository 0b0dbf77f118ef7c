#include "data_table.hpp"

#include "decimal.hpp"

#include <cadena/data.hpp>
#include <cctype>
#include <charconv>
#include <filesystem>
#include <map>
#include <stdexcept>

namespace cadena::numbers {
namespace {

std::string trimmed(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return "";
  std::size_t e = s.find_last_not_of(" \t");
  return std::string(s.substr(b, e - b + 1));
}

bool is_folder(const std::string& path) {
  std::error_code ignored;
  return std::filesystem::is_directory(path, ignored);
}

}  // namespace

void DataRow::fail(const std::string& why) const {
  throw std::runtime_error(file + ":" + std::to_string(line) + ": " + why);
}

void DataRow::fail_repeated() const {
  fail("'" + fields[0] + "' is listed twice (accents, capitals and spaces do not count)");
}

double DataRow::number(std::size_t i) const {
  const std::string& f = field(i);
  double value = 0;
  if (!parse_decimal(f, value))
    fail("field " + std::to_string(i + 1) + " '" + f + "' is not a number");
  return value;
}

const std::string& DataRow::field(std::size_t i) const {
  static const std::string kNone;
  return i < fields.size() ? fields[i] : kNone;
}

std::vector<DataRow> read_rows(const std::string& path, std::size_t min_fields,
                               std::size_t max_fields) {
  std::vector<DataRow> rows;
  for (const DataLine& line : read_data_lines(path)) {
    DataRow row;
    row.file = path;
    row.line = line.line;
    std::string_view rest = line.text;
    while (true) {
      std::size_t bar = rest.find('|');
      row.fields.push_back(trimmed(rest.substr(0, bar)));
      if (bar == std::string_view::npos) break;
      rest.remove_prefix(bar + 1);
    }
    if (row.fields.size() < min_fields || row.fields.size() > max_fields)
      row.fail("expected " + std::to_string(min_fields) +
               (min_fields == max_fields ? "" : " to " + std::to_string(max_fields)) +
               " fields separated by '|', got " + std::to_string(row.fields.size()));
    if (row.fields[0].empty()) row.fail("the first field is empty");
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string normalized_tag(std::string_view lang) {
  std::string tag(lang);
  std::size_t dash = tag.find_first_of("-_");
  for (std::size_t i = 0; i < tag.size(); ++i) {
    auto c = static_cast<unsigned char>(tag[i]);
    if (i == dash)
      tag[i] = '-';
    else
      tag[i] = static_cast<char>(dash != std::string::npos && i > dash ? std::toupper(c)
                                                                       : std::tolower(c));
  }
  return tag;
}

std::vector<std::string> language_folders(const std::string& data_dir, std::string_view lang) {
  std::string tag = normalized_tag(lang);
  std::string language = tag.substr(0, tag.find('-'));
  std::vector<std::string> folders;
  if (language.empty() || !is_folder(data_dir + "/" + language)) return folders;
  folders.push_back(data_dir + "/" + language);
  if (tag != language && is_folder(data_dir + "/" + tag)) folders.push_back(data_dir + "/" + tag);
  return folders;
}

std::vector<DataRow> read_layered_rows(const std::vector<std::string>& folders,
                                       const std::string& file, std::size_t min_fields,
                                       std::size_t max_fields) {
  if (folders.empty()) throw std::invalid_argument(file + ": no data folder to read it from");
  std::vector<DataRow> merged;
  std::map<std::string, std::size_t> where;  // first field -> index in merged
  for (std::size_t f = 0; f < folders.size(); ++f) {
    std::string path = folders[f] + "/" + file;
    if (f > 0 && !std::filesystem::exists(path)) continue;
    for (DataRow& row : read_rows(path, min_fields, max_fields)) {
      auto [it, inserted] = where.emplace(row.fields[0], merged.size());
      if (inserted) {
        merged.push_back(std::move(row));
        continue;
      }
      DataRow& earlier = merged[it->second];
      if (earlier.file == row.file)
        row.fail("'" + row.fields[0] + "' is already listed at line " +
                 std::to_string(earlier.line));
      earlier = std::move(row);
    }
  }
  return merged;
}

}  // namespace cadena::numbers
