#include "features.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <utility>

#include "feature_hash.hpp"
#include "word_form.hpp"

namespace cadena::ner {
namespace {

// Template ids; changing, adding or removing one changes every model, so
// Model::kFeatureVersion must change with them.
enum Template : std::uint64_t {
  kBias = 1,
  kWord,
  kLower,
  kShape,
  kShortShape,
  kPrefix,
  kSuffix,
  kLowerAt,       // a neighbour's lowercase word, by offset
  kShortShapeAt,  // a neighbour's short shape, by offset
  kLowerBigramLeft,
  kLowerBigramRight,
  kShapeTrigram,
  kCaseAtStart,
  kCaseKnownLower,
  kGazetteerAt,  // category and position (B, I, L, U) of a match, by offset
  kInQuotes,
  kLowerLeftShape,
  kShapeLowerRight,
  kLength,
  kRunShape,  // place and length of the token's capitalised run ("Puertos de Valencia")
  kRunBefore,
  kRunFirst,
  kRunLast,
  kRunAfter,
  kNearbyWord,    // a word a little further away, in either direction, for names
  kDocumentCase,  // how the rest of the document writes the word (document_context.hpp)
  kDocumentLeft,
  kDocumentRight,
};

constexpr int kMaxAffix = 4;
constexpr int kWindow = 2;
constexpr int kWideWindow = 5;
constexpr std::size_t kDocumentNeighbours = 6;  // per side, the most frequent first
// Offsets are stored as offset + kOffsetBase so that they hash as unsigned.
constexpr std::uint64_t kOffsetBase = 8;

enum Position { kBegin, kInside, kLast, kUnit, kPositions };
constexpr std::size_t kLongRun = 5;

// Words that may join capitalised words into one name: "Torrejón de Ardoz",
// "Ministerio de Trabajo y Asuntos Sociales". Spanish and Catalan, kept here
// rather than in a data file because they define features: the model was
// trained with exactly these, and changing them means a new kFeatureVersion.
bool is_connector(std::string_view lower) {
  return lower == "de" || lower == "del" || lower == "la" || lower == "las" || lower == "los" ||
         lower == "el" || lower == "y" || lower == "i" || lower == "e" || lower == "d'";
}

// A capitalised run: the token range [begin, end) that holds a token.
struct Run {
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct TokenInfo {
  std::uint64_t word = 0;
  std::uint64_t lower = 0;
  std::uint64_t shape = 0;
  std::uint64_t short_shape = 0;
  std::uint64_t prefixes[kMaxAffix] = {};
  std::uint64_t suffixes[kMaxAffix] = {};
  int affixes = 0;  // how many of the above are set
  WordCase word_case = WordCase::none;
  bool at_start = false;  // no word before it in the sentence
  bool known_lower = false;
  bool in_quotes = false;
  bool connector = false;
  std::size_t length = 0;  // code points
  Run run;                 // empty when the token is in none
};

bool capitalised(const TokenInfo& t) {
  return t.word_case == WordCase::capitalised || t.word_case == WordCase::capitals;
}

// Marks each token's capitalised run; connectors belong to a run only between
// two capitalised words.
void find_runs(std::vector<TokenInfo>& info) {
  for (std::size_t i = 0; i < info.size();) {
    if (!capitalised(info[i])) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    for (;;) {
      std::size_t next = end;
      while (next < info.size() && info[next].connector) ++next;
      if (next < info.size() && capitalised(info[next]) && next - end <= 2) {
        end = next + 1;
      } else {
        break;
      }
    }
    for (std::size_t k = i; k < end; ++k) info[k].run = {i, end};
    i = end;
  }
}

bool opens_quote(std::string_view w) {
  return w == "\"" || w == "\xC2\xAB" /* « */ || w == "\xE2\x80\x9C" /* “ */ || w == "'" ||
         w == "\xE2\x80\x98" /* ‘ */;
}
bool closes_quote(std::string_view w) {
  return w == "\xC2\xBB" /* » */ || w == "\xE2\x80\x9D" /* ” */ || w == "\xE2\x80\x99" /* ’ */;
}

bool has_letter_or_digit(std::string_view w) {
  std::size_t after = 0;
  for (std::size_t pos = 0; pos < w.size(); pos = after) {
    UChar32 c = code_point_at(w, pos, after);
    if (is_letter(c) || u_isdigit(c)) return true;
  }
  return false;
}

std::vector<TokenInfo> describe(const std::vector<std::string>& forms, const Lexicon& lexicon) {
  std::vector<TokenInfo> info(forms.size());
  bool seen_word = false;
  bool quoted = false;
  for (std::size_t i = 0; i < forms.size(); ++i) {
    const std::string& form = forms[i];
    TokenInfo& t = info[i];
    std::string key = word_key(form);
    t.word = hash_text(form);
    t.lower = hash_text(key);
    t.shape = hash_text(shape(form, false));
    t.short_shape = hash_text(shape(form, true));
    t.length = code_points(form);
    for (int n = 1; n <= kMaxAffix && static_cast<std::size_t>(n) < t.length; ++n) {
      t.prefixes[n - 1] = hash_text(prefix(key, n));
      t.suffixes[n - 1] = hash_text(suffix(key, n));
      t.affixes = n;
    }
    t.word_case = word_case(form);
    t.at_start = !seen_word;
    t.known_lower = lexicon.contains(t.lower);
    if (closes_quote(form) || (quoted && form == "\"")) {
      quoted = false;
    } else if (opens_quote(form)) {
      quoted = true;
    }
    t.in_quotes = quoted;
    t.connector = is_connector(key);
    seen_word |= has_letter_or_digit(form);
  }
  find_runs(info);
  return info;
}

// Bits of gazetteer categories, per token and position in the match.
std::vector<std::uint32_t> gazetteer_bits(const std::vector<GazetteerMatch>& matches,
                                          std::size_t tokens) {
  std::vector<std::uint32_t> bits(tokens * kPositions, 0);
  for (const GazetteerMatch& m : matches) {
    std::uint32_t bit = 1u << m.category;
    if (m.end - m.begin == 1) {
      bits[m.begin * kPositions + kUnit] |= bit;
      continue;
    }
    bits[m.begin * kPositions + kBegin] |= bit;
    for (std::size_t i = m.begin + 1; i + 1 < m.end; ++i) bits[i * kPositions + kInside] |= bit;
    bits[(m.end - 1) * kPositions + kLast] |= bit;
  }
  return bits;
}

int bucket(int count) { return count <= 0 ? 0 : count == 1 ? 1 : 2; }

// The words most often seen next to the word's capitalised occurrences.
std::vector<std::uint64_t> top_neighbours(const std::unordered_map<std::uint64_t, int>& counts) {
  std::vector<std::pair<int, std::uint64_t>> ranked;
  for (const auto& [word, count] : counts)
    if (count > 0) ranked.emplace_back(-count, word);
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::uint64_t> top;
  for (std::size_t k = 0; k < ranked.size() && k < kDocumentNeighbours; ++k)
    top.push_back(ranked[k].second);
  return top;
}

}  // namespace

SentenceFeatures FeatureExtractor::extract(const std::vector<std::string>& forms,
                                           const std::vector<GazetteerMatch>& matches,
                                           const DocumentContext& context) const {
  std::vector<TokenInfo> info = describe(forms, lexicon_);
  std::vector<std::uint32_t> gazetteer = gazetteer_bits(matches, forms.size());
  std::vector<std::uint64_t> categories;
  for (const std::string& c : gazetteer_.categories()) categories.push_back(hash_text(c));

  const auto n = static_cast<std::ptrdiff_t>(forms.size());
  static const TokenInfo kPadding = [] {
    TokenInfo pad;
    pad.lower = hash_text("<s>");
    pad.short_shape = hash_text("<s>");
    return pad;
  }();
  auto at = [&](std::ptrdiff_t i) -> const TokenInfo& {
    return i < 0 || i >= n ? kPadding : info[static_cast<std::size_t>(i)];
  };

  SentenceFeatures out;
  out.values.reserve(forms.size() * 48);
  out.starts.reserve(forms.size() + 1);
  for (std::ptrdiff_t i = 0; i < n; ++i) {
    out.starts.push_back(out.values.size());
    auto add = [&](std::uint64_t f) { out.values.push_back(f); };
    const TokenInfo& t = info[static_cast<std::size_t>(i)];
    add(feature(kBias, 0));
    add(feature(kWord, t.word));
    add(feature(kLower, t.lower));
    add(feature(kShape, t.shape));
    add(feature(kShortShape, t.short_shape));
    for (int k = 0; k < t.affixes; ++k) {
      add(feature(kPrefix, t.prefixes[k], static_cast<std::uint64_t>(k)));
      add(feature(kSuffix, t.suffixes[k], static_cast<std::uint64_t>(k)));
    }
    for (std::ptrdiff_t d = -kWindow; d <= kWindow; ++d) {
      if (d == 0) continue;
      auto offset = static_cast<std::uint64_t>(d + static_cast<std::ptrdiff_t>(kOffsetBase));
      add(feature(kLowerAt, at(i + d).lower, offset));
      if (d >= -1 && d <= 1) add(feature(kShortShapeAt, at(i + d).short_shape, offset));
    }
    add(feature(kLowerBigramLeft, at(i - 1).lower, t.lower));
    add(feature(kLowerBigramRight, t.lower, at(i + 1).lower));
    add(feature(kShapeTrigram, at(i - 1).short_shape, t.short_shape, at(i + 1).short_shape));
    add(feature(kLowerLeftShape, at(i - 1).lower, t.short_shape));
    add(feature(kShapeLowerRight, t.short_shape, at(i + 1).lower));
    add(feature(kCaseAtStart, static_cast<std::uint64_t>(t.word_case), t.at_start));
    add(feature(kCaseKnownLower, static_cast<std::uint64_t>(t.word_case), t.known_lower,
                t.at_start));
    if (t.in_quotes) add(feature(kInQuotes, static_cast<std::uint64_t>(t.word_case)));
    add(feature(kLength, t.length > 12 ? 12 : t.length, static_cast<std::uint64_t>(t.word_case)));
    if (capitalised(t)) {
      const DocumentContext::WordStats* stats = context.find(t.lower);
      add(feature(kDocumentCase, static_cast<std::uint64_t>(bucket(stats ? stats->lowercase : 0)),
                  static_cast<std::uint64_t>(bucket(stats ? stats->capitalised_inside : 0)),
                  t.at_start));
      if (stats) {
        for (std::uint64_t w : top_neighbours(stats->left)) add(feature(kDocumentLeft, w));
        for (std::uint64_t w : top_neighbours(stats->right)) add(feature(kDocumentRight, w));
      }
    }
    if (t.run.end > t.run.begin) {
      for (std::ptrdiff_t d = kWindow + 1; d <= kWideWindow; ++d) {
        if (i - d >= 0) add(feature(kNearbyWord, at(i - d).lower));
        if (i + d < n) add(feature(kNearbyWord, at(i + d).lower));
      }
      std::size_t length = t.run.end - t.run.begin;
      auto k = static_cast<std::size_t>(i);
      std::uint64_t place = length == 1          ? kUnit
                            : k == t.run.begin   ? kBegin
                            : k + 1 == t.run.end ? kLast
                                                 : kInside;
      auto begin = static_cast<std::ptrdiff_t>(t.run.begin);
      auto end = static_cast<std::ptrdiff_t>(t.run.end);
      add(feature(kRunShape, place, length < kLongRun ? length : kLongRun));
      add(feature(kRunBefore, at(begin - 1).lower, place));
      add(feature(kRunFirst, at(begin).lower, place));
      add(feature(kRunLast, at(end - 1).lower, place));
      add(feature(kRunAfter, at(end).lower, place));
    }
    for (std::ptrdiff_t d = -1; d <= 1; ++d) {
      if (i + d < 0 || i + d >= n) continue;
      auto offset = static_cast<std::uint64_t>(d + static_cast<std::ptrdiff_t>(kOffsetBase));
      for (int p = 0; p < kPositions; ++p) {
        std::uint32_t bits = gazetteer[static_cast<std::size_t>(i + d) * kPositions + p];
        for (std::size_t c = 0; bits; ++c, bits >>= 1)
          if (bits & 1u)
            add(feature(kGazetteerAt, categories[c], static_cast<std::uint64_t>(p), offset));
      }
    }
  }
  out.starts.push_back(out.values.size());
  return out;
}

}  // namespace cadena::ner
