#include "sentence_facts.hpp"

#include <string>

#include "word_reader.hpp"

namespace cadena::summarize {
namespace {

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::size_t code_points(std::string_view text) {
  std::size_t count = 0;
  for (char c : text) count += is_continuation_byte(c) ? 0 : 1;
  return count;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// What may follow a sentence's final punctuation: closing quotes and brackets.
constexpr std::string_view kClosingMarks[] = {
    "\xE2\x80\x9D" /* ” */, "\xC2\xBB" /* » */, "\xE2\x80\x99" /* ’ */, "\"", "'", ")", "]"};

Ending ending_of(std::string_view sentence) {
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view mark : kClosingMarks)
      if (ends_with(sentence, mark)) {
        sentence.remove_suffix(mark.size());
        trimmed = true;
      }
  }
  if (ends_with(sentence, ".") || ends_with(sentence, "\xE2\x80\xA6" /* … */))
    return Ending::kPeriod;
  if (ends_with(sentence, "?")) return Ending::kQuestion;
  if (ends_with(sentence, "!")) return Ending::kExclamation;
  return Ending::kNone;
}

bool has_line_break(std::string_view gap) { return gap.find('\n') != std::string_view::npos; }

// The first character after `pos` that is not a space or tab.
char next_visible(std::string_view text, std::size_t pos) {
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  return pos < text.size() ? text[pos] : '\0';
}

bool phrase_at(const std::vector<std::uint32_t>& ids, std::size_t at, const Phrase& phrase,
               const Lexicon& lexicon) {
  if (ids.size() - at < phrase.size()) return false;
  for (std::size_t k = 0; k < phrase.size(); ++k)
    if (lexicon[ids[at + k]].text != phrase[k]) return false;
  return true;
}

bool holds_boilerplate(const std::vector<std::uint32_t>& ids, const Lexicon& lexicon) {
  for (std::size_t at = 0; at < ids.size(); ++at) {
    if (!lexicon[ids[at]].starts_phrase) continue;
    for (const Phrase& phrase : *lexicon.language().phrases_starting_with(lexicon[ids[at]].text))
      if (phrase_at(ids, at, phrase, lexicon)) return true;
  }
  return false;
}

// Whether the sentence opens with a connective set off by a comma
// ("Sin embargo, …"); `ends` are the byte ends of its words.
bool opens_with_connective(std::string_view sentence, const std::vector<std::uint32_t>& ids,
                           const std::vector<std::size_t>& ends, const Lexicon& lexicon) {
  if (ids.empty()) return false;
  const std::vector<Phrase>* connectives =
      lexicon.language().connectives_starting_with(lexicon[ids[0]].text);
  if (!connectives) return false;
  for (const Phrase& connective : *connectives)
    if (phrase_at(ids, 0, connective, lexicon) &&
        next_visible(sentence, ends[connective.size() - 1]) == ',')
      return true;
  return false;
}

// Quotation marks, followed through a paragraph. Typographic marks say
// whether they open or close; a straight '"' closes when it follows a
// character other than a space and comes before a space, punctuation or the
// end, and opens otherwise. Depth never goes below 0, and a line break ends
// every quotation: an unbalanced mark spoils at most one paragraph.
class QuoteTracker {
 public:
  // Reads bytes [from, to) of `text`. Returns true when a mark closed a
  // quotation that was not open here (it opened before what was read).
  bool read(std::string_view text, std::size_t from, std::size_t to) {
    bool closed_unopened = false;
    for (std::size_t i = from; i < to; ++i) {
      // Most bytes are none of the marks' first bytes: one test each.
      unsigned char c = static_cast<unsigned char>(text[i]);
      if (c != '\n' && c != '"' && c != 0xE2 && c != 0xC2) continue;
      if (c == '\n') {
        depth_ = 0;
      } else if (c == '"') {
        bool after_word = i > 0 && text[i - 1] != ' ' && text[i - 1] != '\n' && text[i - 1] != '(';
        char next = i + 1 < text.size() ? text[i + 1] : ' ';
        bool before_break = next == ' ' || next == '\n' || next == ',' || next == '.' ||
                            next == ';' || next == ':' || next == ')';
        if (after_word && before_break)
          closed_unopened |= close();
        else
          ++depth_;
      } else if (text.compare(i, 3, "\xE2\x80\x9C") == 0 /* “ */ ||
                 text.compare(i, 2, "\xC2\xAB") == 0 /* « */) {
        ++depth_;
      } else if (text.compare(i, 3, "\xE2\x80\x9D") == 0 /* ” */ ||
                 text.compare(i, 2, "\xC2\xBB") == 0 /* » */) {
        closed_unopened |= close();
      }
    }
    return closed_unopened;
  }
  bool open() const { return depth_ > 0; }

 private:
  bool close() {
    if (depth_ == 0) return true;
    --depth_;
    return false;
  }
  int depth_ = 0;
};

}  // namespace

std::vector<SentenceFacts> sentence_facts(std::string_view text,
                                          const std::vector<ByteRange>& sentences,
                                          Lexicon& lexicon) {
  std::vector<SentenceFacts> all(sentences.size());
  std::vector<std::uint32_t> ids;  // the sentence's words, reused
  std::vector<std::size_t> ends;   // their byte ends in the sentence, reused
  const LanguageData& language = lexicon.language();
  QuoteTracker quotes;
  std::size_t read_to = 0;  // bytes of the text the quote tracker has read
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const ByteRange& range = sentences[i];
    std::string_view sentence = text.substr(range.begin, range.end - range.begin);
    SentenceFacts& facts = all[i];
    ids.clear();
    ends.clear();
    for (WordReader words(sentence); words.next();) {
      std::uint32_t id = lexicon.add(words.word());
      ids.push_back(id);
      ends.push_back(words.end());
      const Lexicon::Word& word = lexicon[id];
      if (word.term != Lexicon::kNoTerm) facts.terms.push_back(word.term);
      if (word.credit_label && next_visible(sentence, words.end()) == ':') facts.credit = true;
    }
    facts.words = ids.size();
    facts.characters = code_points(sentence);
    facts.ending = ending_of(sentence);
    facts.boilerplate = holds_boilerplate(ids, lexicon);
    facts.continues = opens_with_connective(sentence, ids, ends, lexicon);
    facts.points_back = language.opens_with_pointer(
        ids.size(), [&](std::size_t k) -> const std::string& { return lexicon[ids[k]].text; });
    quotes.read(text, read_to, range.begin);
    bool opened_before = quotes.open();
    facts.starts_in_quote = quotes.read(text, range.begin, range.end) || opened_before;
    facts.ends_in_quote = quotes.open();
    read_to = range.end;
    std::size_t previous_end = i == 0 ? 0 : sentences[i - 1].end;
    std::size_t next_begin = i + 1 == sentences.size() ? text.size() : sentences[i + 1].begin;
    facts.starts_line =
        i == 0 || has_line_break(text.substr(previous_end, range.begin - previous_end));
    facts.ends_line =
        i + 1 == sentences.size() || has_line_break(text.substr(range.end, next_begin - range.end));
  }
  return all;
}

}  // namespace cadena::summarize
