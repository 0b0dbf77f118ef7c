#include "number_lexicon.hpp"

#include <stdexcept>

#include "data_table.hpp"

namespace cadena::numbers {
namespace {

template <class T>
void add(PhraseTable<T>& table, const DataRow& row, T value) {
  if (table.add(row.fields[0], std::move(value))) row.fail_repeated();
}

GrammaticalNumber grammatical_number(const DataRow& row, std::size_t i) {
  const std::string& f = row.field(i);
  if (f == "singular") return GrammaticalNumber::singular;
  if (f == "plural") return GrammaticalNumber::plural;
  if (f == "alone") return GrammaticalNumber::alone;
  row.fail("expected singular, plural or alone, got '" + f + "'");
}

CardinalWord::Role cardinal_role(const DataRow& row) {
  const std::string& f = row.field(2);
  if (f.empty()) return CardinalWord::Role::additive;
  if (f == "article") return CardinalWord::Role::article;
  if (f == "thousand") return CardinalWord::Role::thousand;
  if (f == "scale") return CardinalWord::Role::scale;
  if (f == "multiplier") return CardinalWord::Role::multiplier;
  row.fail("unknown role '" + f + "' (article, thousand, scale, multiplier or none)");
}

Connector connector(const DataRow& row) {
  const std::string& f = row.field(1);
  if (f == "and") return Connector::and_;
  if (f == "point") return Connector::point;
  if (f == "with") return Connector::with;
  if (f == "over") return Connector::over;
  if (f == "inner") return Connector::inner;
  if (f == "of") return Connector::of;
  row.fail("unknown connector role '" + f + "' (and, point, with, over, inner, of)");
}

char separator(const DataRow& row) {
  if (row.field(1) != "," && row.field(1) != ".")
    row.fail("a separator is ',' or '.', got '" + row.field(1) + "'");
  return row.field(1)[0];
}

}  // namespace

NumberLexicon NumberLexicon::load(const std::vector<std::string>& folders) {
  NumberLexicon lex;
  for (const DataRow& row : read_layered_rows(folders, "cardinals.txt", 2, 3))
    add(lex.cardinals, row, CardinalWord{row.number(1), cardinal_role(row)});
  for (const DataRow& row : read_layered_rows(folders, "ordinals.txt", 2, 3)) {
    if (!row.field(2).empty() && row.field(2) != "ambiguous")
      row.fail("the third field is 'ambiguous' or nothing");
    add(lex.ordinals, row, OrdinalWord{static_cast<int>(row.number(1)), !row.field(2).empty()});
  }
  for (const DataRow& row : read_layered_rows(folders, "ordinal_suffixes.txt", 1, 1))
    lex.ordinal_suffixes.push_back(fold(row.fields[0]));
  for (const DataRow& row : read_layered_rows(folders, "fractions.txt", 3, 3))
    add(lex.fractions, row, FractionWord{row.number(1), grammatical_number(row, 2)});
  for (const DataRow& row : read_layered_rows(folders, "fraction_suffixes.txt", 3, 3)) {
    if (row.field(2) != "cardinal" && row.field(2) != "scale")
      row.fail("the stem is 'cardinal' or 'scale', got '" + row.field(2) + "'");
    GrammaticalNumber number = grammatical_number(row, 1);
    if (number == GrammaticalNumber::alone) row.fail("a suffix is singular or plural");
    lex.fraction_suffixes.push_back({fold(row.fields[0]), number, row.field(2) == "scale"});
  }
  for (const DataRow& row : read_layered_rows(folders, "multipliers.txt", 2, 2))
    add(lex.multipliers, row, row.number(1));
  for (const DataRow& row : read_layered_rows(folders, "magnitude_suffixes.txt", 2, 2))
    lex.magnitude_suffixes.emplace_back(row.fields[0], row.number(1));
  for (const DataRow& row : read_layered_rows(folders, "connectors.txt", 2, 2))
    add(lex.connectors, row, connector(row));
  for (const DataRow& row : read_layered_rows(folders, "quantifier_cues.txt", 1, 1))
    add(lex.quantifier_cues, row, true);
  for (const DataRow& row : read_layered_rows(folders, "percent.txt", 1, 1))
    add(lex.percent_signs, row, true);
  for (const DataRow& row : read_layered_rows(folders, "currencies.txt", 3, 3)) {
    const std::string& where = row.field(2);
    if (where != "before" && where != "after" && where != "both")
      row.fail("where is 'before', 'after' or 'both', got '" + where + "'");
    add(lex.currencies, row, Currency{row.field(1), where != "after", where != "before"});
  }
  for (const DataRow& row : read_layered_rows(folders, "ranges.txt", 2, 2))
    add(lex.ranges, row, fold(row.field(1)));
  for (const DataRow& row : read_layered_rows(folders, "measure_units.txt", 1, 1))
    add(lex.measure_units, row, true);
  for (const DataRow& row : read_layered_rows(folders, "count_nouns.txt", 1, 1))
    lex.count_noun_endings.push_back(fold(row.fields[0]));
  bool has_decimal = false;
  bool has_thousands = false;
  for (const DataRow& row : read_layered_rows(folders, "separators.txt", 2, 2)) {
    if (row.fields[0] == "decimal") {
      lex.decimal_separator = separator(row);
      has_decimal = true;
    } else if (row.fields[0] == "thousands") {
      lex.thousands_separator = separator(row);
      has_thousands = true;
    } else {
      row.fail("expected 'decimal' or 'thousands', got '" + row.fields[0] + "'");
    }
  }
  if (!has_decimal || !has_thousands || lex.decimal_separator == lex.thousands_separator)
    throw std::runtime_error(folders.back() +
                             "/separators.txt: needs a 'decimal' and a different "
                             "'thousands' separator");
  return lex;
}

double NumberLexicon::magnitude(std::string_view letters) const {
  for (const auto& [suffix, factor] : magnitude_suffixes)
    if (suffix == letters) return factor;
  return 0;
}

}  // namespace cadena::numbers
