#include "tense.hpp"

namespace cadena::dates {
namespace {

// The tense a cue at token k gives, and how many tokens it spans.
Tense cue_at(const TokenizedText& t, const DateLexicon& lex, std::size_t k, std::size_t& tokens) {
  tokens = 1;
  if (!t.is_word(k)) return Tense::none;
  if (auto word = lex.tense_words.longest(t, k)) {
    tokens = word.tokens;
    return *word.value;
  }
  // Endings are matched as written ("habló" is past, "hablo" is not); a
  // short word is no verb form ("yo", "dio" would be too short to tell).
  std::string_view surface = t.surface(k);
  for (const auto& [ending, tense] : lex.tense_endings)
    if (surface.size() >= ending.size() + 3 &&
        surface.substr(surface.size() - ending.size()) == ending)
      return tense;
  return Tense::none;
}

}  // namespace

Tense tense_around(const TokenizedText& text, const DateLexicon& lexicon,
                   std::size_t sentence_begin, std::size_t sentence_end, std::size_t first,
                   std::size_t last) {
  Tense best = Tense::none;
  std::size_t best_distance = static_cast<std::size_t>(-1);
  std::size_t k = sentence_begin;
  while (k < sentence_end) {
    if (k >= first && k < last) {
      k = last;
      continue;
    }
    std::size_t tokens = 1;
    Tense tense = cue_at(text, lexicon, k, tokens);
    if (tense != Tense::none) {
      std::size_t distance = k < first ? first - k : k - last + 1;
      if (distance < best_distance) {
        best = tense;
        best_distance = distance;
      }
    }
    k += tokens;
  }
  return best;
}

}  // namespace cadena::dates
