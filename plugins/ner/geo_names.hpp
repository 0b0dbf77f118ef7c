// Cadena's convention for places: a country, region, city or other
// geo-political name is LOC in all its uses, as in CoNLL-2002 — also where it
// acts ("Rusia respondió", "España venció"), which AnCora often tags ORG.
// Organisations named after a place keep ORG: a longer name ("Real Madrid",
// "Gobierno de Aragón") is not a place name, and a city after "el", "del" or
// "al" ("el Madrid", "del Barcelona") is the club.
//
// `cadena train ner --geo-as-loc` relabels the training (and dev) sentences
// so, and `cadena eval ner --geo-as-loc` the gold ones, so that the shipped
// model and its scores follow one convention (docs/ner.md).
#ifndef CADENA_NER_GEO_NAMES_HPP
#define CADENA_NER_GEO_NAMES_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "conll.hpp"
#include "gazetteer.hpp"

namespace cadena::ner {

struct RelabelCounts {
  std::size_t geo_mentions = 0;  // gold entities whose whole span is a geo-political name
  std::size_t were_loc = 0;      // of those, already LOC
  std::size_t relabelled = 0;    // ORG turned into LOC
  std::size_t kept_club = 0;     // ORG kept: a city after "el", "del", "al"
};

// "N geo-political mentions: A were LOC, B ORG relabelled LOC, C kept ORG (clubs)".
std::string describe(const RelabelCounts& counts);

class GeoNames {
 public:
  // Countries and territories as ICU's CLDR data names them in Spanish (the
  // ICU the program runs with), then the entries of `countries.txt` and
  // `cities.txt` in `gazetteer_folder` (either may be absent). Throws
  // std::runtime_error "file:line: why" for a bad line.
  static GeoNames standard(const std::string& gazetteer_folder);

  // A name whose tokens are separated by spaces; a city can be a club.
  void add_country(std::string_view name);
  void add_city(std::string_view name);

  // Turns every ORG entity whose whole span is a geo-political name into LOC
  // (except clubs, above). Other labels are left as they are.
  RelabelCounts relabel(std::vector<TaggedSentence>& sentences) const;

  std::size_t size() const { return names_.size(); }

 private:
  Gazetteer names_;  // categories "country" and "city"
};

}  // namespace cadena::ner

#endif  // CADENA_NER_GEO_NAMES_HPP
