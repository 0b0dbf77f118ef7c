// The `numbers` stage: writes the layer `numbers`, one span per number of the
// document's current text (see number_recognizer.hpp), with attributes
// `value` (an integer when the number is whole, else a double), `kind`,
// `unit` when there is one, and `min`/`max` for ranges.
//
// Options: "lang" picks the language (and region) whose data to use; ""
// means the document's own language, or Spanish (Cadena's first language)
// when it has none. When an earlier stage wrote `dates`, a number inside a
// date ("13" and "2025" in "13 de julio de 2025") is part of the date, not a
// quantity: it is left out, or with "keep_date_numbers" kept with `in_date`,
// the index of its date in the `dates` layer. The layer is optional: declared
// in `reads_if_present` (ABI 1.1), not in `needs`, so numbers runs without dates.
#include <cadena/languages.hpp>
#include <cadena/sdk.hpp>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "data_table.hpp"
#include "date_spans.hpp"
#include "number_lexicon.hpp"
#include "number_recognizer.hpp"

namespace {

using cadena::numbers::DateSpans;
using cadena::numbers::NumberLexicon;
using cadena::numbers::NumberMention;

// The spans of the `dates` layer, empty when no earlier stage wrote it.
DateSpans date_spans(const cadena::DocRef& doc) {
  cadena::LayerRef dates = doc.layer("dates");
  std::vector<cadena::numbers::DateSpan> spans;
  spans.reserve(dates.size());
  for (std::size_t i = 0; i < dates.size(); ++i) spans.push_back({i, dates[i].begin, dates[i].end});
  return DateSpans(std::move(spans));
}

// A whole value is written as a JSON integer, as long as a double holds it exactly.
void set_number(cadena::SpanWriter& span, std::string_view key, double value, bool whole) {
  constexpr double kExact = 9007199254740992.0;  // 2^53
  if (whole && std::fabs(value) < kExact)
    span.set(key, static_cast<std::int64_t>(value));
  else
    span.set(key, value);
}

class NumbersStage final : public cadena::Stage {
 public:
  explicit NumbersStage(const cadena::StageContext& ctx)
      : lexicons_(
            ctx.data_dir, "cardinals.txt",
            [&](const std::string&, const std::string& tag) {
              return NumberLexicon::load(cadena::numbers::language_folders(ctx.data_dir, tag));
            }),
        lang_(ctx.options.at("lang").get<std::string>()),
        keep_date_numbers_(ctx.options.at("keep_date_numbers").get<bool>()) {
    lexicons_.check_option(lang_, "number");
  }

  void process(cadena::DocRef& doc) const override {
    const NumberLexicon& lexicon =
        lexicons_.for_document(lang_, doc.lang(), "number");
    DateSpans dates = date_spans(doc);
    cadena::LayerWriter numbers = doc.write("numbers");
    for (const NumberMention& m : cadena::numbers::find_numbers(doc.text(), lexicon)) {
      std::optional<std::size_t> date = dates.holding(m.begin, m.end);
      if (date && !keep_date_numbers_) continue;
      cadena::SpanWriter span = numbers.add(m.begin, m.end);
      set_number(span, "value", m.value, m.integer);
      span.set("kind", m.kind);
      if (!m.unit.empty()) span.set("unit", m.unit);
      if (m.kind == "range") {
        set_number(span, "min", m.min, m.integer);
        set_number(span, "max", m.max, m.integer);
      }
      if (date) span.set("in_date", static_cast<std::int64_t>(*date));
    }
  }

 private:
  cadena::Languages<NumberLexicon> lexicons_;
  std::string lang_;
  bool keep_date_numbers_;
};

}  // namespace

CADENA_PLUGIN(numbers, "1.0.0", "Apache-2.0",
              "Number normalization: cardinals, decimals, fractions, ordinals, percentages, "
              "money and ranges, in digits (10.000,5 or 10,000.5, decided per document) or "
              "words (doscientos cincuenta mil, medio millón).",
              cadena::stage<NumbersStage>("numbers",
                                          "Finds numbers and their values (layer `numbers`). "
                                          "Option lang: a language tag such as es or es-MX, or "
                                          "\"\" for the document's language (default es). "
                                          "After `dates`, numbers inside dates are left out; option "
                                          "keep_date_numbers keeps them, marked in_date.",
                                          R"({"lang": "", "keep_date_numbers": false})", "", "numbers",
                                          "dates"))
