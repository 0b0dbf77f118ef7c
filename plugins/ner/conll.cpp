#include "conll.hpp"

#include <fstream>
#include <stdexcept>

#include "word_form.hpp"

namespace cadena::ner {
namespace {

bool valid_tag(const std::string& tag) {
  if (tag == "O") return true;
  return tag.size() > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-';
}

}  // namespace

std::vector<TaggedSentence> read_conll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open the CoNLL file");
  std::vector<TaggedSentence> sentences;
  TaggedSentence current;
  auto finish = [&] {
    if (!current.tokens.empty()) sentences.push_back(std::move(current));
    current = TaggedSentence();
  };
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    auto fail = [&](const std::string& why) {
      throw std::runtime_error(path + ":" + std::to_string(number) + ": " + why);
    };
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string::npos) {
      finish();
      continue;
    }
    if (line.compare(first, 10, "-DOCSTART-") == 0) {
      finish();
      continue;
    }
    if (!is_valid_utf8(line)) fail("the line is not valid UTF-8");
    std::size_t token_end = line.find_first_of(" \t", first);
    std::size_t tag_begin = line.find_last_of(" \t");
    if (token_end == std::string::npos) fail("expected 'TOKEN TAG', got '" + line + "'");
    std::string tag = line.substr(tag_begin + 1);
    if (!valid_tag(tag)) fail("expected a tag O, B-TYPE or I-TYPE, got '" + tag + "'");
    if (tag[0] == 'I') {
      const std::string& before = current.tags.empty() ? std::string("O") : current.tags.back();
      if (before == "O" || before.compare(2, std::string::npos, tag, 2, std::string::npos) != 0)
        tag[0] = 'B';
    }
    if (current.tokens.empty()) current.line = number;
    current.tokens.push_back(line.substr(first, token_end - first));
    current.tags.push_back(std::move(tag));
  }
  if (in.bad()) throw std::runtime_error(path + ": read error");
  finish();
  return sentences;
}

std::vector<std::vector<std::string>> token_forms(const std::vector<TaggedSentence>& sentences) {
  std::vector<std::vector<std::string>> forms;
  forms.reserve(sentences.size());
  for (const TaggedSentence& s : sentences) {
    forms.emplace_back();
    forms.back().reserve(s.tokens.size());
    for (const std::string& token : s.tokens) forms.back().push_back(token_form(token));
  }
  return forms;
}

}  // namespace cadena::ner
