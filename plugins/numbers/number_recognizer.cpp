#include "number_recognizer.hpp"

#include "number_reader.hpp"

namespace cadena::numbers {
namespace {

constexpr std::string_view kCardinal = "cardinal";
constexpr std::string_view kDecimal = "decimal";
constexpr std::string_view kFraction = "fraction";
constexpr std::string_view kOrdinal = "ordinal";
constexpr std::string_view kPercent = "percent";
constexpr std::string_view kCurrency = "currency";
constexpr std::string_view kRange = "range";

// A mention with what combining it into a range needs.
struct Found {
  NumberMention mention;
  std::size_t next = 0;  // the token after it
  double scale = 1;      // its last scale word ("13 millones": 10^6)
  bool digits = false;
};

bool is_dash(const TokenizedText& t, std::size_t i) {
  return t.is_symbol(i, "-") || t.is_symbol(i, "\u2013");  // hyphen, en dash
}

class Scanner {
 public:
  Scanner(const TokenizedText& text, const NumberLexicon& lexicon)
      : t_(text), lex_(lexicon), reader_(text, lexicon, decide_decimal(text, lexicon)) {}

  std::vector<NumberMention> run() const {
    std::vector<NumberMention> found;
    std::size_t i = 0;
    while (i < t_.size()) {
      if (std::size_t end = clock_or_date_end(i); end != i) {
        i = end;
        continue;
      }
      Found f;
      if (range_at(i, f) || currency_first_at(i, f) || number_at(i, f)) {
        if (f.digits && is_dash(t_, f.next)) dash_range(f);
        found.push_back(f.mention);
        i = f.next;
      } else {
        ++i;
      }
    }
    return found;
  }

 private:
  // "18:30", "15/08/2025": times and dates are not numbers here (the dates
  // stage reads them). The token after such a run, or i.
  std::size_t clock_or_date_end(std::size_t i) const {
    if (!t_.is_digits(i)) return i;
    std::size_t j = i + 1;
    int colons = 0;
    int slashes = 0;
    while (j + 1 < t_.size() && t_.attached(j) && t_.attached(j + 1) && t_.is_digits(j + 1) &&
           (t_.is_symbol(j, ":") || t_.is_symbol(j, "/"))) {
      colons += t_.is_symbol(j, ":");
      slashes += t_.is_symbol(j, "/");
      j += 2;
    }
    return colons > 0 || slashes > 1 ? j : i;
  }

  // A capitalized number word after a capitalized word is part of a name
  // ("Kim Jong Un", "Los Tres Mosqueteros"), and so is one glued to a word by
  // a hyphen ("Kim Jong-un").
  bool inside_name(std::size_t i) const {
    if (!t_.is_word(i)) return false;
    bool after_capitalized =
        t_[i].capitalized && !t_[i].line_before && t_.is_word(i - 1) && t_[i - 1].capitalized;
    bool hyphenated =
        t_.attached(i) && t_.is_symbol(i - 1, "-") && t_.attached(i - 1) && t_.is_word(i - 2);
    return after_capitalized || hyphenated;
  }

  // "un"/"una" is the number 1 after a quantifier ("solo una vaca") or when
  // nothing follows it but the end of a clause ("un", "¿Cuántos? Uno."); an
  // opening quote or any word after it makes it the article.
  bool quantifies(std::size_t i) const {
    if (lex_.quantifier_cues.longest_before(t_, i)) return true;
    if (t_[i].capitalized) return false;
    std::size_t next = i + 1;
    if (next >= t_.size() || t_[next].line_before) return true;
    std::string_view s = t_.surface(next);
    return t_[next].kind == TokenKind::symbol && s.size() == 1 &&
           std::string_view(".,;:!?)]").find(s[0]) != std::string_view::npos;
  }

  bool sign_at(std::size_t i) const {
    bool minus = t_.is_symbol(i, "-") || t_.is_symbol(i, "\u2212");
    bool opens = i == 0 || t_[i].space_before || t_.is_symbol(i - 1, "(");
    return minus && opens && t_.is_digits(i + 1) && t_.attached(i + 1);
  }

  bool number_at(std::size_t i, Found& f) const {
    if (i >= t_.size()) return false;  // a range's opener ends the text: "desde"
    std::size_t start = i;
    bool negative = sign_at(i);
    if (negative) ++i;
    if (inside_name(i)) return false;
    Quantity q = reader_.read(i);
    if (!q) q = reader_.ordinal_words(i);
    if (!q || (q.article_only && !quantifies(i))) return false;
    NumberMention& m = f.mention;
    m.begin = t_[start].begin;
    m.value = negative ? -q.value : q.value;
    m.integer = q.integer;
    f.scale = q.scale;
    f.digits = q.digits;
    std::size_t j = q.end;
    if (q.ordinal) {
      m.kind = kOrdinal;
    } else {
      m.kind = q.fraction ? kFraction : q.integer ? kCardinal : kDecimal;
      j = unit_after(j, q.scale, m);
    }
    m.end = t_[j - 1].end;
    f.next = j;
    return true;
  }

  // A percent sign or a currency after a number: sets kind and unit of `m`;
  // the token after it.
  std::size_t unit_after(std::size_t j, double scale, NumberMention& m) const {
    if (j >= t_.size() || t_[j].line_before) return j;
    if (auto percent = lex_.percent_signs.longest(t_, j)) {
      m.kind = kPercent;
      m.unit = "%";
      return j + percent.tokens;
    }
    std::size_t k = j;
    // "12 millones de euros"
    if (scale > 1 && lex_.is_connector(t_.folded(j), Connector::of)) ++k;
    auto currency = lex_.currencies.longest(t_, k);
    if (currency && currency.value->after && !t_[k].line_before) {
      m.kind = kCurrency;
      m.unit = currency.value->code;
      return k + currency.tokens;
    }
    return j;
  }

  // "$ 1.234", "€50", "US$ 3 millones"
  bool currency_first_at(std::size_t i, Found& f) const {
    auto currency = lex_.currencies.longest(t_, i);
    if (!currency || !currency.value->before) return false;
    std::size_t k = i + currency.tokens;
    if (k >= t_.size() || t_[k].line_before || !number_at(k, f) || !f.digits ||
        f.mention.kind == kOrdinal || f.mention.kind == kPercent || f.mention.kind == kCurrency)
      return false;
    f.mention.begin = t_[i].begin;
    f.mention.kind = kCurrency;
    f.mention.unit = currency.value->code;
    return true;
  }

  // "entre 10.000 y 13.000", "de 10 a 20", "entre 5 y 10 millones de euros"
  bool range_at(std::size_t i, Found& f) const {
    auto opener = lex_.ranges.longest(t_, i);
    if (!opener) return false;
    Found low;
    if (!number_at(i + opener.tokens, low) || !t_.is_word(low.next) ||
        t_.folded(low.next) != *opener.value)
      return false;
    Found high;
    if (!number_at(low.next + 1, high) || !combine(low, high, f)) return false;
    f.mention.begin = t_[i].begin;
    return true;
  }

  // "10.000-13.000", "2020–2021": only when the first end is the smaller.
  void dash_range(Found& f) const {
    Found high;
    if (!t_.is_digits(f.next + 1) || !number_at(f.next + 1, high) || !high.digits) return;
    Found range;
    if (combine(f, high, range)) f = range;
  }

  bool combine(Found low, const Found& high, Found& range) const {
    auto plain = [](const NumberMention& m) { return m.kind != kOrdinal && m.kind != kRange; };
    if (!plain(low.mention) || !plain(high.mention)) return false;
    // "entre 5 y 10 millones": the scale of the second end is the first's too
    if (low.scale == 1 && high.scale > 1 && low.mention.value * high.scale <= high.mention.value)
      low.mention.value *= high.scale;
    if (!(low.mention.value < high.mention.value)) return false;
    if (!low.mention.unit.empty() && low.mention.unit != high.mention.unit) return false;
    NumberMention& m = range.mention;
    m.begin = low.mention.begin;
    m.end = high.mention.end;
    m.kind = kRange;
    m.unit = high.mention.unit;
    m.min = m.value = low.mention.value;
    m.max = high.mention.value;
    m.integer = low.mention.integer && high.mention.integer;
    range.next = high.next;
    range.scale = high.scale;
    range.digits = low.digits;
    return true;
  }

  const TokenizedText& t_;
  const NumberLexicon& lex_;
  NumberReader reader_;
};

}  // namespace

std::vector<NumberMention> find_numbers(std::string_view text, const NumberLexicon& lexicon) {
  TokenizedText tokens(text);
  return Scanner(tokens, lexicon).run();
}

}  // namespace cadena::numbers
