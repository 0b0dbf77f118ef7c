#include "candidates.hpp"

#include <cadena/plugins/break_iterator.hpp>

#include <algorithm>
#include <memory>
#include <string>

#include "utf8_text.hpp"

namespace cadena::split {
namespace {

// A headline is at least this many words in capitals, one of them at least
// kHeadlineLongWord letters long, so that a row of acronyms is not one.
constexpr int kHeadlineWords = 3;
constexpr int kHeadlineLongWord = 4;

void add_icu_boundaries(std::string_view text, const icu::BreakIterator& sentence_rules,
                        std::vector<std::size_t>& out) {
  std::unique_ptr<icu::BreakIterator> iterator = cadena::plugins::iterate_utf8(sentence_rules, text);
  for (int32_t b = iterator->next(); b != icu::BreakIterator::DONE; b = iterator->next())
    out.push_back(static_cast<std::size_t>(b));
}

void add_after_final_punctuation(std::string_view text, std::vector<std::size_t>& out) {
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    char byte = text[pos];
    if (byte != '.' && byte != '?' && byte != '!' && byte != '\xE2' /* leads '…' */) continue;
    std::size_t end = 0;
    UChar32 mark = code_point_at(text, pos, end);
    if (mark != '.' && mark != '?' && mark != '!' && mark != 0x2026 /* … */) continue;
    std::size_t next = 0;
    UChar32 c = U_SENTINEL;
    while (end < text.size() &&
           sentence_break_class(c = code_point_at(text, end, next)) == U_SB_CLOSE)
      end = next;
    if (end < text.size() && is_space(c)) out.push_back(end);
  }
}

enum class WordCase { capitals, capitalised, other };

// "VICTORIA" and "EE.UU." are in capitals, "Un" and "McKay" capitalised.
WordCase word_case(std::string_view word, int& letters) {
  bool upper = false;
  bool lower = false;
  bool first_upper = false;
  letters = 0;
  std::size_t after = 0;
  for (std::size_t pos = 0; pos < word.size(); pos = after) {
    UChar32 c = code_point_at(word, pos, after);
    if (!u_isalpha(c)) continue;
    bool is_upper = u_isUUppercase(c) || u_istitle(c);
    if (letters++ == 0) first_upper = is_upper;
    upper |= is_upper;
    lower |= u_isULowercase(c);
  }
  if (upper && !lower) return WordCase::capitals;
  return first_upper ? WordCase::capitalised : WordCase::other;
}

void add_headline_ends(std::string_view text, std::vector<std::size_t>& out) {
  int run = 0;  // words in capitals just before
  bool long_word = false;
  std::size_t run_end = 0;
  for (std::size_t pos = skip_space_forward(text, 0); pos < text.size();) {
    std::size_t end = word_end(text, pos);
    int letters = 0;
    // Most words start in lowercase: no need to look further.
    bool lowercase_start = text[pos] >= 'a' && text[pos] <= 'z';
    WordCase kind =
        lowercase_start ? WordCase::other : word_case(text.substr(pos, end - pos), letters);
    if (kind == WordCase::capitalised && run >= kHeadlineWords && long_word) out.push_back(run_end);
    if (kind == WordCase::capitals) {
      ++run;
      long_word |= letters >= kHeadlineLongWord;
      run_end = end;
    } else {
      run = 0;
      long_word = false;
    }
    pos = skip_space_forward(text, end);
  }
}

}  // namespace

std::vector<std::size_t> candidate_boundaries(std::string_view text,
                                              const icu::BreakIterator& sentence_rules) {
  std::vector<std::size_t> candidates;
  add_icu_boundaries(text, sentence_rules, candidates);
  add_after_final_punctuation(text, candidates);
  add_headline_ends(text, candidates);
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  return candidates;
}

}  // namespace cadena::split
