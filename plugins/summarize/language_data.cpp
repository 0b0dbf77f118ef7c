#include "language_data.hpp"

#include <algorithm>
#include <cadena/data.hpp>
#include <cctype>
#include <filesystem>
#include <sstream>
#include <stdexcept>

#include "word_reader.hpp"

namespace cadena::summarize {
namespace {

std::runtime_error bad_entry(const std::string& file, const DataLine& line,
                             const std::string& why) {
  return std::runtime_error(file + ":" + std::to_string(line.line) + ": '" + line.text + "' " +
                            why);
}

// `text` folded when it is exactly one word (no spaces, no punctuation), else "".
std::string whole_word(std::string_view text) {
  WordReader words(text);
  if (!words.next() || words.begin() != 0 || words.end() != text.size()) return "";
  return words.word();
}

// The entry as one folded word; anything else is an error.
std::string single_word(const std::string& file, const DataLine& line) {
  std::string word = whole_word(line.text);
  if (word.empty()) throw bad_entry(file, line, "is not one word");
  return word;
}

std::vector<std::string> split_on_spaces(const std::string& text) {
  std::vector<std::string> parts;
  std::istringstream in(text);
  for (std::string part; in >> part;) parts.push_back(part);
  return parts;
}

}  // namespace

LanguageData LanguageData::load(const std::string& language_dir) {
  LanguageData data;
  std::string path = language_dir + "/" + kStopwordsFile;
  for (const DataLine& line : read_data_lines(path))
    data.stopwords_.insert(single_word(path, line));

  path = language_dir + "/" + kCreditLabelsFile;
  for (const DataLine& line : read_data_lines(path))
    data.credit_labels_.insert(single_word(path, line));

  data.phrases_ = read_phrases(language_dir + "/" + kBoilerplateFile);
  data.connectives_ = read_phrases(language_dir + "/" + kConnectivesFile);
  path = language_dir + "/" + kPointersFile;
  if (std::filesystem::exists(path)) data.read_pointers(path);

  path = language_dir + "/" + kSuffixesFile;
  for (const DataLine& line : read_data_lines(path))
    data.add_suffix_rule(line.text, path + ":" + std::to_string(line.line));
  for (auto& step : data.steps_)
    std::stable_sort(step.begin(), step.end(), [](const SuffixRule& a, const SuffixRule& b) {
      return a.suffix.size() > b.suffix.size();
    });
  return data;
}

// "<step> <suffix> [<replacement>]", e.g. "1 ciones cion" or "2 o".
void LanguageData::add_suffix_rule(const std::string& entry, const std::string& where) {
  std::vector<std::string> fields = split_on_spaces(entry);
  auto fail = [&](const std::string& why) {
    return std::runtime_error(where + ": '" + entry + "' " + why);
  };
  if (fields.size() < 2 || fields.size() > 3)
    throw fail("expected '<step> <suffix> [<replacement>]', e.g. '1 ciones cion'");
  if (fields[0].size() != 1 || fields[0][0] < '1' || fields[0][0] > '9')
    throw fail("does not start with a step number 1-9");
  std::size_t step = static_cast<std::size_t>(fields[0][0] - '1');
  SuffixRule rule{whole_word(fields[1]), fields.size() == 3 ? whole_word(fields[2]) : ""};
  if (rule.suffix.empty() || (fields.size() == 3 && rule.replacement.empty()))
    throw fail("has a suffix or replacement that is not made of letters");
  if (steps_.size() <= step) steps_.resize(step + 1);
  for (const SuffixRule& other : steps_[step])
    if (other.suffix == rule.suffix)
      throw fail("repeats the suffix '" + rule.suffix + "' of its step");
  steps_[step].push_back(std::move(rule));
}

LanguageData::PhraseIndex LanguageData::read_phrases(const std::string& path) {
  PhraseIndex index;
  for (const DataLine& line : read_data_lines(path)) {
    Phrase phrase = split_on_spaces(folded_words(line.text));
    if (phrase.empty()) throw bad_entry(path, line, "has no words");
    index[phrase.front()].push_back(std::move(phrase));
  }
  return index;
}

// "<phrase>" points back; "! <phrase>" is an exception that stands alone.
void LanguageData::read_pointers(const std::string& path) {
  for (const DataLine& line : read_data_lines(path)) {
    bool exception = !line.text.empty() && line.text[0] == '!';
    Phrase phrase = split_on_spaces(folded_words(exception ? line.text.substr(1) : line.text));
    if (phrase.empty()) throw bad_entry(path, line, "has no words");
    (exception ? pointer_exceptions_ : pointers_)[phrase.front()].push_back(std::move(phrase));
  }
}

const std::vector<Phrase>* LanguageData::starting_with(const PhraseIndex& index,
                                                       const std::string& word) {
  auto it = index.find(word);
  return it == index.end() ? nullptr : &it->second;
}

std::string LanguageData::stem(std::string word) const {
  for (const auto& step : steps_) {
    for (const SuffixRule& rule : step) {
      if (word.size() < rule.suffix.size() + kMinStem) continue;
      if (word.compare(word.size() - rule.suffix.size(), rule.suffix.size(), rule.suffix) != 0)
        continue;
      word.resize(word.size() - rule.suffix.size());
      word += rule.replacement;
      break;
    }
  }
  return word;
}

}  // namespace cadena::summarize
