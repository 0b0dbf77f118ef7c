#include "block_features.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "code_points.hpp"

namespace cadena::clean {
namespace {

// Longer than this, a block that is not a heading element is prose whatever
// its punctuation; a colon after this many words ends a sentence.
constexpr std::size_t kMaxHeadlineChars = 200;
constexpr std::size_t kMaxLeadInWords = 15;
constexpr std::size_t kMinHeadlineWords = 3;
// The language's function words fit a page when at least this share of the
// words of its longer blocks are among them: Spanish prose runs at 30-50 %
// with the Spanish list, English at a few per cent, French and Portuguese
// (which share "de", "la", "a") at 10-25 %.
constexpr double kLanguageFits = 0.25;
constexpr std::size_t kFitBlockWords = 8;
// Otherwise a page's function words are its own most frequent words: in any
// language written with spaces, the commonest words of a text are its
// articles, prepositions and conjunctions. This many of them, each seen in at
// least this many blocks (a word repeated inside one block is its topic).
// Measured on both boilerplate sets, with the page's words alone the Spanish
// pages score as with the Spanish list (eval_boilerplate), and the scores
// level off from 80 words on.
constexpr std::size_t kPageFunctionWords = 80;
constexpr int kFunctionWordBlocks = 2;

// Walks the code points of a text once, counting letters and collecting
// words; `language` may be null (the title: only its words are wanted).
void scan(std::string_view text, const LanguageData* language, BlockFeatures& f,
          std::unordered_set<std::uint64_t>* numbers = nullptr) {
  std::string word;  // reused: no allocation per word
  bool digits = true;
  auto end_word = [&]() {
    if (word.empty()) return;
    const std::uint64_t hash = std::hash<std::string>()(word);
    if (digits) {
      ++f.numbers;
      if (numbers) numbers->insert(hash);
    }
    if (language && language->is_stopword(word)) ++f.stopwords;
    f.words.push_back(hash);
    word.clear();
    digits = true;
  };
  std::size_t i = 0;
  while (i < text.size()) {
    UChar32 c;
    U8_NEXT(text.data(), i, text.size(), c);
    if (c < 0) continue;
    ++f.chars;
    if (c < 0x80) {  // most of the text: no table lookups
      const bool upper = c >= 'A' && c <= 'Z';
      const bool alpha = upper || (c >= 'a' && c <= 'z');
      const bool digit = c >= '0' && c <= '9';
      f.letters += alpha;
      f.uppercase += upper;
      if (alpha || digit) {
        word += static_cast<char>(upper ? c - 'A' + 'a' : c);
        digits = digits && digit;
      } else {
        end_word();
      }
      continue;
    }
    if (u_isalpha(c)) {
      ++f.letters;
      if (u_isupper(c)) ++f.uppercase;
    }
    if (u_isalnum(c)) {
      char buffer[U8_MAX_LENGTH];
      int32_t n = 0;
      U8_APPEND_UNSAFE(buffer, n, u_tolower(c));
      word.append(buffer, n);
      digits = digits && u_isdigit(c);
    } else {
      end_word();
    }
  }
  end_word();
}

bool is_closing(UChar32 c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
         c == 0x00BB || c == '*';
}

Ending ending_of(std::string_view text) {
  std::size_t i = text.size();
  while (i > 0) {
    const UChar32 c = code_point_before(text, i);
    if (is_closing(c) || c == ' ') continue;
    switch (c) {
      case '.':
        // "Cargando...": an ellipsis leaves the line open.
        return i > 0 && text[i - 1] == '.' ? Ending::kNone : Ending::kPeriod;
      case '!':
        return Ending::kPeriod;
      case '?':
        return Ending::kQuestion;
      case ':':
        return Ending::kColon;
      default:
        return Ending::kNone;
    }
  }
  return Ending::kNone;
}

double dice(const std::vector<std::uint64_t>& a, const std::unordered_set<std::uint64_t>& b) {
  if (a.empty() || b.empty()) return 0.0;
  const std::unordered_set<std::uint64_t> unique(a.begin(), a.end());
  std::size_t shared = 0;
  for (std::uint64_t w : unique) shared += b.count(w);
  return 2.0 * shared / (unique.size() + b.size());
}

// Blocks with the same words in the same order, found by a hash of the
// sequence and confirmed word by word.
struct SameWords {
  const std::vector<BlockFeatures>* features;
  std::size_t operator()(std::size_t i) const {
    std::uint64_t h = 0;
    for (std::uint64_t w : (*features)[i].words) h = h * 1000003u ^ w;
    return h;
  }
  bool operator()(std::size_t a, std::size_t b) const {
    return (*features)[a].words == (*features)[b].words;
  }
};

// Whether the language's function words describe the page (see kLanguageFits).
bool language_fits(const std::vector<BlockFeatures>& features) {
  std::size_t words = 0;
  std::size_t stopwords = 0;
  for (const BlockFeatures& f : features) {
    if (f.words.size() - f.numbers < kFitBlockWords) continue;
    words += f.words.size() - f.numbers;
    stopwords += f.stopwords;
  }
  return words > 0 && static_cast<double>(stopwords) >= kLanguageFits * static_cast<double>(words);
}

// Counts as stop words the page's own commonest words (see
// kPageFunctionWords), for a page the language's data does not describe.
void use_page_function_words(std::vector<BlockFeatures>& features,
                             const std::unordered_set<std::uint64_t>& numbers) {
  struct Seen {
    std::size_t count = 0;
    int blocks = 0;
    std::size_t last_block = SIZE_MAX;
  };
  std::unordered_map<std::uint64_t, Seen> seen;
  for (std::size_t i = 0; i < features.size(); ++i) {
    for (std::uint64_t w : features[i].words) {
      Seen& s = seen[w];
      ++s.count;
      if (s.last_block != i) {
        ++s.blocks;
        s.last_block = i;
      }
    }
  }
  std::vector<std::pair<std::size_t, std::uint64_t>> ranked;
  for (const auto& [word, s] : seen) {
    if (s.blocks >= kFunctionWordBlocks && numbers.count(word) == 0) ranked.emplace_back(s.count, word);
  }
  const std::size_t top = std::min(ranked.size(), kPageFunctionWords);
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(top), ranked.end(),
                    [](const auto& a, const auto& b) { return a > b; });
  std::unordered_set<std::uint64_t> function_words;
  for (std::size_t k = 0; k < top; ++k) function_words.insert(ranked[k].second);
  for (BlockFeatures& f : features) {
    f.stopwords = 0;
    for (std::uint64_t w : f.words) f.stopwords += function_words.count(w);
  }
}

}  // namespace

bool headline_like(const Block& block, const BlockFeatures& f) {
  if (f.ending == Ending::kPeriod) return false;
  // A word or two outside a heading element is a label ("Cortesía",
  // "Foto: AFP", "Versión impresa"), not a headline.
  if (block.kind != BlockKind::kHeading && f.words.size() < kMinHeadlineWords) return false;
  if (f.ending == Ending::kColon && f.words.size() >= kMaxLeadInWords) return false;
  return block.kind == BlockKind::kHeading || f.chars < kMaxHeadlineChars;
}

std::vector<BlockFeatures> measure_blocks(const std::vector<Block>& blocks,
                                          const LanguageData& language, std::string_view title) {
  BlockFeatures title_features;
  scan(title, nullptr, title_features);
  const std::unordered_set<std::uint64_t> title_words(title_features.words.begin(),
                                                      title_features.words.end());
  std::vector<BlockFeatures> features(blocks.size());
  std::unordered_set<std::uint64_t> numbers;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    BlockFeatures& f = features[i];
    const std::string& text = blocks[i].text.text();
    scan(text, &language, f, &numbers);
    f.ending = ending_of(text);
    f.title_similarity = dice(f.words, title_words);
  }
  if (!language_fits(features)) use_page_function_words(features, numbers);
  const SameWords same{&features};
  std::unordered_map<std::size_t, int, SameWords, SameWords> copies(blocks.size(), same, same);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (!features[i].words.empty()) ++copies[i];
  }
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (!features[i].words.empty()) features[i].repeats = copies[i] - 1;
  }
  return features;
}

}  // namespace cadena::clean
