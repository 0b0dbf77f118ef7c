#include "boilerplate.hpp"

#include <algorithm>
#include <cstdint>

namespace cadena::clean {
namespace {

enum class Verdict { kBad, kShort, kNearGood, kGood };

// Thresholds in code points, after jusText's defaults for its 0.3 stop-word
// lists; Spanish prose runs at 40-50 % function words, headlines and menus
// well under 20 %.
constexpr std::size_t kShortChars = 70;
constexpr std::size_t kLongChars = 200;
constexpr double kProseStopwords = 0.30;
constexpr double kSomeStopwords = 0.20;
// Spanish news paragraphs are often short: a sentence this long, this dense
// in function words, is prose too.
constexpr std::size_t kSentenceChars = 100;
constexpr double kSentenceStopwords = 0.40;
// More of a block inside links than this and it is navigation; running prose
// may link more of its words (names, sources) before it is.
constexpr double kMaxLinkDensity = 0.2;
constexpr double kMaxProseLinkDensity = 0.5;
// A headline-like block looks this many headline-like blocks ahead for the
// text it introduces (a kicker, a headline and a standfirst come in threes).
constexpr std::size_t kHeadlineLookahead = 3;
// Each bad block counts as at least this long when weighing the article's
// stretch, so that a run of short menu items weighs like the text it hides.
constexpr std::int64_t kMinBadWeight = 30;
// The headline is looked for this many blocks before the article, and must
// share this much of its words with the page's title.
constexpr std::size_t kHeadlineSearch = 40;
constexpr double kTitleLikeness = 0.5;

Verdict own_verdict(const Block& block, const BlockFeatures& f) {
  if (f.words.size() == f.numbers) return Verdict::kBad;  // "1", "100%", "|"
  const double stopwords = f.stopword_density();
  const bool long_prose = stopwords >= kProseStopwords && f.chars >= kLongChars;
  const bool prose = long_prose || (stopwords >= kSentenceStopwords && f.chars >= kSentenceChars &&
                                    f.ending == Ending::kPeriod);
  const double links = block.link_density();
  if (links > (long_prose ? kMaxProseLinkDensity : kMaxLinkDensity)) return Verdict::kBad;
  if (f.repeats > 0 && f.chars < kLongChars) return Verdict::kBad;
  if (f.chars < kShortChars) return links > 0 ? Verdict::kBad : Verdict::kShort;
  if (f.all_caps()) return Verdict::kShort;
  if (prose) return Verdict::kGood;
  if (stopwords >= kSomeStopwords) return Verdict::kNearGood;
  return Verdict::kBad;
}

// Step 2: headline-like blocks are near-good where they introduce text, bad
// where they lead to nothing.
void judge_headlines(const std::vector<bool>& headline, std::vector<Verdict>& v) {
  std::vector<Verdict> out = v;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (!headline[i] || v[i] == Verdict::kBad || v[i] == Verdict::kGood) continue;
    std::size_t j = i + 1;
    while (j < v.size() && j - i <= kHeadlineLookahead && headline[j] && v[j] != Verdict::kBad &&
           v[j] != Verdict::kGood) {
      ++j;
    }
    const bool introduces = j < v.size() && (v[j] == Verdict::kGood || v[j] == Verdict::kNearGood);
    out[i] = introduces ? Verdict::kNearGood : Verdict::kBad;
  }
  v = std::move(out);
}

// Step 4, for short blocks: good when the nearest blocks on both sides that
// are good or bad (the page's edges count as bad) are good.
void judge_short_blocks(std::vector<Verdict>& v) {
  const std::size_t n = v.size();
  auto decided = [&](std::size_t j) { return v[j] == Verdict::kGood || v[j] == Verdict::kBad; };
  // One pass each way, so that long runs of short blocks cost no more.
  std::vector<bool> good_before(n, false);
  for (std::size_t i = 1; i < n; ++i) {
    good_before[i] = decided(i - 1) ? v[i - 1] == Verdict::kGood : good_before[i - 1];
  }
  std::vector<bool> good_after(n, false);
  for (std::size_t i = n - 1; i-- > 0;) {
    good_after[i] = decided(i + 1) ? v[i + 1] == Verdict::kGood : good_after[i + 1];
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (v[i] == Verdict::kShort) {
      v[i] = good_before[i] && good_after[i] ? Verdict::kGood : Verdict::kBad;
    }
  }
}

struct Stretch {
  std::size_t begin = 0;
  std::size_t end = 0;  // empty when no block is good
};

// How much a block weighs for or against the article around it: good text
// its length, near-good text half of it, bad blocks against it. Text weighs
// less the later it comes, down to half at the end of the page: what follows
// an article is more often its frame (a legal notice, a comment) than what
// precedes it.
std::int64_t weight(const BlockFeatures& f, Verdict v, double position) {
  const auto length = static_cast<std::int64_t>(f.chars);
  const double fade = 1.0 - 0.5 * position;
  switch (v) {
    case Verdict::kGood:
      return static_cast<std::int64_t>(length * fade);
    case Verdict::kNearGood:
      return static_cast<std::int64_t>(length * fade / 2);
    case Verdict::kShort:
      return 0;
    case Verdict::kBad:
      break;
  }
  return -std::max(length, kMinBadWeight);
}

// Step 3: the run of blocks that weighs most.
Stretch article_stretch(const std::vector<BlockFeatures>& f, const std::vector<Verdict>& v) {
  Stretch best;
  std::int64_t best_sum = 0;
  std::int64_t sum = 0;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    sum += weight(f[i], v[i], static_cast<double>(i) / v.size());
    if (sum <= 0) {
      sum = 0;
      begin = i + 1;
    } else if (sum > best_sum) {
      best_sum = sum;
      best = {begin, i + 1};
    }
  }
  return best;
}

// Step 5: the headline, when the page's title names a headline-like block
// before the article, and the standfirst between them: the prose among the
// bylines, dates and share buttons of the article's header.
void keep_headline(const std::vector<Block>& blocks, const std::vector<BlockFeatures>& f,
                   const std::vector<Verdict>& own, const std::vector<bool>& headline,
                   const Stretch& article, std::vector<bool>& content) {
  const std::size_t from = article.begin > kHeadlineSearch ? article.begin - kHeadlineSearch : 0;
  for (std::size_t i = article.begin; i-- > from;) {
    if (!headline[i] || f[i].title_similarity < kTitleLikeness ||
        blocks[i].link_density() > kMaxLinkDensity) {
      continue;
    }
    content[i] = true;
    for (std::size_t j = i + 1; j < article.begin; ++j) {
      if (!headline[j] && (own[j] == Verdict::kGood || own[j] == Verdict::kNearGood)) {
        content[j] = true;
      }
    }
    return;
  }
}

}  // namespace

std::vector<bool> find_content(const std::vector<Block>& blocks,
                               const std::vector<BlockFeatures>& features) {
  const std::size_t n = blocks.size();
  std::vector<Verdict> own(n);
  std::vector<bool> headline(n);
  for (std::size_t i = 0; i < n; ++i) {
    own[i] = own_verdict(blocks[i], features[i]);
    headline[i] = headline_like(blocks[i], features[i]);
  }
  std::vector<bool> content(n, false);
  if (std::none_of(own.begin(), own.end(), [](Verdict v) { return v == Verdict::kGood; })) {
    for (std::size_t i = 0; i < n; ++i) content[i] = own[i] != Verdict::kBad;
    return content;
  }
  std::vector<Verdict> judged = own;
  judge_headlines(headline, judged);
  const Stretch article = article_stretch(features, judged);
  std::vector<Verdict> smoothed = judged;
  judge_short_blocks(smoothed);
  for (std::size_t i = article.begin; i < article.end; ++i) {
    content[i] = smoothed[i] == Verdict::kGood || smoothed[i] == Verdict::kNearGood;
  }
  keep_headline(blocks, features, own, headline, article, content);
  return content;
}

}  // namespace cadena::clean
