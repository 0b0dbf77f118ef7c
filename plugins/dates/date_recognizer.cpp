#include "date_recognizer.hpp"

#include "anchoring.hpp"
#include "calendar.hpp"
#include "tense.hpp"

namespace cadena::dates {

std::vector<DateMention> find_dates(std::string_view text, const DateLexicon& lexicon,
                                    std::string_view reference,
                                    const std::vector<ByteRange>& sentences) {
  TokenizedText tokens(text);
  DateGrammar grammar(tokens, lexicon);
  CivilDate ref;
  bool anchored = parse_iso_date(reference.substr(0, 10), ref);
  long now = -1;  // the reference's seconds into its day, when it has a time
  if (anchored && reference.size() >= 16 && reference[10] == 'T') {
    auto field = [&](std::size_t at) { return (reference[at] - '0') * 10 + (reference[at + 1] - '0'); };
    now = field(11) * 3600L + field(14) * 60L + (reference.size() >= 19 ? field(17) : 0);
  }
  std::vector<DateMention> found;
  std::size_t sentence = 0;
  std::size_t i = 0;
  while (i < tokens.size()) {
    Parse p = grammar.parse(i);
    if (!p) {
      ++i;
      continue;
    }
    DateMention m;
    m.begin = tokens[p.begin].begin;
    m.end = tokens[p.end - 1].end;
    m.category = p.category;
    m.type = p.type();
    m.underspecified = p.value;
    m.value = p.value;
    m.mod = p.mod;
    if (anchored && p.category != Category::set) {
      while (sentence < sentences.size() && sentences[sentence].end <= m.begin) ++sentence;
      bool inside = sentence < sentences.size() && sentences[sentence].begin <= m.begin;
      std::size_t first = inside ? tokens.token_at(sentences[sentence].begin) : 0;
      std::size_t last = inside ? tokens.token_at(sentences[sentence].end) : tokens.size();
      Tense tense = tense_around(tokens, lexicon, first, last, p.begin, p.end);
      m.value = anchor(p.value, ref, tense, now);
      CivilDate day;  // "la semana del 15 de septiembre": the week of the day
      if (!p.period_of_day.empty() && parse_iso_date(m.value, day))
        m.value = p.period_of_day == "week" ? iso_week_string(iso_week(day))
                                            : iso_month(day.year, day.month);
    }
    found.push_back(std::move(m));
    i = p.end;
  }
  return found;
}

}  // namespace cadena::dates
