#include "abbreviations.hpp"

#include <unicode/ustring.h>

#include <cadena/data.hpp>
#include <stdexcept>
#include <vector>

#include "utf8_text.hpp"

namespace cadena::split {
namespace {

bool is_valid_utf8(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  u_strFromUTF8(nullptr, 0, &length, s.data(), static_cast<int32_t>(s.size()), &status);
  return status == U_BUFFER_OVERFLOW_ERROR || U_SUCCESS(status);
}

std::vector<std::string> words_of(const std::string& entry) {
  std::vector<std::string> words;
  std::size_t pos = 0;
  while ((pos = entry.find_first_not_of(" \t", pos)) != std::string::npos) {
    std::size_t end = entry.find_first_of(" \t", pos);
    if (end == std::string::npos) end = entry.size();
    words.push_back(entry.substr(pos, end - pos));
    pos = end;
  }
  return words;
}

// "pág." -> "Pág.": how a lowercase abbreviation is written at a sentence start.
std::string capitalised(const std::string& key) {
  std::size_t after = 0;
  UChar32 first = code_point_at(key, 0, after);
  UChar32 title = u_totitle(first);
  char buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, title);
  return std::string(buffer, static_cast<std::size_t>(length)) + key.substr(after);
}

}  // namespace

Abbreviations Abbreviations::load(const std::string& language_dir) {
  Abbreviations table;
  for (bool may_end : {false, true}) {
    std::string path = language_dir + "/" + (may_end ? kMayEndFile : kNeverFinalFile);
    for (const DataLine& line : read_data_lines(path))
      table.add(line.text, may_end, path, line.line);
  }
  return table;
}

void Abbreviations::add(const std::string& written, bool may_end, const std::string& file,
                        int line) {
  auto fail = [&](const std::string& why) {
    throw std::runtime_error(file + ":" + std::to_string(line) + ": '" + written + "' " + why);
  };
  if (!is_valid_utf8(written)) fail("is not valid UTF-8");
  std::vector<std::string> words = words_of(written);
  if (words.empty() || words.back().back() != '.')
    fail("does not end with a period; list abbreviations as written, e.g. 'EE. UU.'");
  std::string key;
  for (const std::string& word : words) key += word;
  if (key.size() > kLongestKey) fail("is longer than " + std::to_string(kLongestKey) + " bytes");
  insert(key, Entry{may_end, true, file, line}, written);
  std::size_t after = 0;
  if (u_isULowercase(code_point_at(key, 0, after)))
    insert(capitalised(key), Entry{may_end, false, file, line}, written);
  if (key.size() > longest_key_) longest_key_ = key.size();
  if (words.size() > most_words_) most_words_ = words.size();
}

void Abbreviations::insert(const std::string& key, const Entry& entry, const std::string& written) {
  auto [it, inserted] = entries_.emplace(key, entry);
  if (inserted) return;
  if (entry.listed && it->second.listed)
    throw std::runtime_error(entry.file + ":" + std::to_string(entry.line) + ": '" + written +
                             "' is already listed at " + it->second.file + ":" +
                             std::to_string(it->second.line));
  // An entry listed as written wins over the capitalised form of another.
  if (entry.listed) it->second = entry;
}

Abbreviations::Role Abbreviations::period_role(std::string_view text,
                                               std::size_t period_end) const {
  // Try the word holding the period, then up to most_words_ - 1 words before
  // it, as the first word of a several-word entry.
  Role role = Role::none;
  std::size_t best_end = 0;
  std::size_t start = word_start(text, period_end);
  for (std::size_t words = 0; words < most_words_; ++words) {
    const Entry* entry = nullptr;
    std::size_t end = longest_match(text, start, entry);
    if (end >= period_end && end >= best_end) {
      best_end = end;
      role = end > period_end ? Role::inside : entry->may_end ? Role::may_end : Role::never_final;
    }
    std::size_t previous_end = skip_space_backward(text, start);
    if (previous_end == 0) break;
    start = word_start(text, previous_end);
  }
  return role;
}

std::size_t Abbreviations::longest_match(std::string_view text, std::size_t start,
                                         const Entry*& found) const {
  std::size_t pos = start;
  std::size_t after = 0;
  while (pos < text.size() && is_opening_punctuation(code_point_at(text, pos, after))) pos = after;
  char key[kLongestKey + U8_MAX_LENGTH];
  std::size_t key_size = 0;
  std::size_t match_end = 0;
  while (pos < text.size() && key_size < longest_key_) {
    UChar32 c = code_point_at(text, pos, after);
    if (!is_space(c)) {  // entries are stored without their spaces
      text.copy(key + key_size, after - pos, pos);
      key_size += after - pos;
    }
    pos = after;
    if (c != '.') continue;
    auto it = entries_.find(std::string_view(key, key_size));
    // "S.A." must not match the start of "S.A.S" or of "etc.com".
    bool word_goes_on = pos < text.size() && u_isalnum(code_point_at(text, pos, after));
    if (it != entries_.end() && !word_goes_on) {
      match_end = pos;
      found = &it->second;
    }
  }
  return match_end;
}

}  // namespace cadena::split
