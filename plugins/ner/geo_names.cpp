#include "geo_names.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <cadena/data.hpp>
#include <filesystem>
#include <stdexcept>

#include "labels.hpp"
#include "word_form.hpp"

namespace cadena::ner {
namespace {

constexpr const char* kCountry = "country";
constexpr const char* kCity = "city";

// CLDR writes a few names with a qualifier: "Myanmar (Birmania)",
// "RAE de Hong Kong (China)". Both parts are names ("Birmania"; "China" is
// one already), the first without the parenthesis.
std::vector<std::string> name_parts(const std::string& name) {
  std::size_t open = name.find(" (");
  if (open == std::string::npos || name.back() != ')') return {name};
  return {name.substr(0, open), name.substr(open + 2, name.size() - open - 3)};
}

// The entries of a gazetteer file, without its [SECTION] lines.
std::vector<std::string> entries_of(const std::filesystem::path& path) {
  std::vector<std::string> entries;
  if (!std::filesystem::exists(path)) return entries;
  for (const DataLine& line : read_data_lines(path.string())) {
    if (!is_valid_utf8(line.text))
      throw std::runtime_error(path.string() + ":" + std::to_string(line.line) +
                               ": the line is not valid UTF-8");
    if (line.text.front() != '[') entries.push_back(line.text);
  }
  return entries;
}

bool before_a_club(const std::vector<std::string>& tokens, std::size_t begin) {
  if (begin == 0) return false;
  std::string word = lowercase(tokens[begin - 1]);
  return word == "el" || word == "del" || word == "al";
}

}  // namespace

std::string describe(const RelabelCounts& c) {
  return std::to_string(c.geo_mentions) + " geo-political mentions: " +
         std::to_string(c.were_loc) + " were LOC, " + std::to_string(c.relabelled) +
         " ORG relabelled LOC, " + std::to_string(c.kept_club) + " kept ORG (clubs)";
}

GeoNames GeoNames::standard(const std::string& gazetteer_folder) {
  GeoNames geo;
  icu::Locale spanish("es");
  for (const char* const* code = icu::Locale::getISOCountries(); *code; ++code) {
    icu::UnicodeString name;
    icu::Locale(nullptr, *code).getDisplayCountry(spanish, name);
    std::string utf8;
    name.toUTF8String(utf8);
    if (utf8 == *code) continue;  // no Spanish name in this ICU's data
    for (const std::string& part : name_parts(utf8)) geo.add_country(part);
  }
  std::filesystem::path folder(gazetteer_folder);
  for (const std::string& entry : entries_of(folder / "countries.txt")) geo.add_country(entry);
  for (const std::string& entry : entries_of(folder / "cities.txt")) geo.add_city(entry);
  return geo;
}

void GeoNames::add_country(std::string_view name) { names_.add(kCountry, name, false); }
void GeoNames::add_city(std::string_view name) { names_.add(kCity, name, false); }

RelabelCounts GeoNames::relabel(std::vector<TaggedSentence>& sentences) const {
  RelabelCounts counts;
  const std::vector<std::string>& categories = names_.categories();
  for (TaggedSentence& sentence : sentences) {
    std::vector<std::string> forms;
    forms.reserve(sentence.tokens.size());
    for (const std::string& token : sentence.tokens) forms.push_back(token_form(token));
    std::vector<GazetteerMatch> matches = names_.match(forms);
    std::vector<Chunk> chunks = chunks_of_tags(sentence.tags);
    bool changed = false;
    for (Chunk& chunk : chunks) {
      bool country = false, city = false;
      for (const GazetteerMatch& m : matches) {
        if (m.begin != chunk.begin || m.end != chunk.end) continue;
        (categories[m.category] == kCountry ? country : city) = true;
      }
      if (!country && !city) continue;
      ++counts.geo_mentions;
      if (chunk.type == "LOC") ++counts.were_loc;
      if (chunk.type != "ORG") continue;
      if (!country && before_a_club(sentence.tokens, chunk.begin)) {
        ++counts.kept_club;
        continue;
      }
      chunk.type = "LOC";
      ++counts.relabelled;
      changed = true;
    }
    if (changed) sentence.tags = tags_of_chunks(chunks, sentence.tokens.size());
  }
  return counts;
}

}  // namespace cadena::ner
