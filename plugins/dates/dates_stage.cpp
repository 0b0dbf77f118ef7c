// The `dates` stage: writes the layer `dates`, one span per date, time,
// duration or set expression of the document's current text (see
// date_recognizer.hpp), with attributes `value` (TIMEX3, anchored to the
// document's reference date), `type` (DATE, TIME, DURATION, SET),
// `timex_underspecified` (what the words alone say, before anchoring) and,
// for a modified expression, `mod` (START, MID, END for "a finales de junio",
// APPROX, BEFORE, AFTER...). The reference may be a date-time: then "hace 30
// minutos" is anchored too.
// Needs the `sentences` layer: the tense of a sentence decides "el martes".
//
// Options: "lang" as for the other stages; "numbers_data" is the folder of
// the number words it reads "tres días" with, "" for the `numbers` plugin's
// data installed beside this plugin's (plugins share no data through the SDK).
#include <cadena/languages.hpp>
#include <cadena/sdk.hpp>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "data_table.hpp"
#include "date_lexicon.hpp"
#include "date_recognizer.hpp"

namespace {

using cadena::dates::DateLexicon;

std::string numbers_folder(const cadena::StageContext& ctx) {
  std::string option = ctx.options.at("numbers_data").get<std::string>();
  if (!option.empty()) return option;
  return (std::filesystem::path(ctx.data_dir).parent_path() / "numbers").string();
}

cadena::Languages<DateLexicon> load_languages(const cadena::StageContext& ctx) {
  std::string numbers_dir = numbers_folder(ctx);
  return cadena::Languages<DateLexicon>(
      ctx.data_dir, "months.txt", [&](const std::string&, const std::string& tag) {
        std::vector<std::string> number_folders =
            cadena::numbers::language_folders(numbers_dir, tag);
        if (number_folders.empty())
          throw cadena::OptionError("/numbers_data",
                                    "no number data for '" + tag + "' in " + numbers_dir +
                                        " (dates reads numbers with the numbers plugin's data)");
        return DateLexicon::load(cadena::numbers::language_folders(ctx.data_dir, tag),
                                 number_folders);
      });
}

class DatesStage final : public cadena::Stage {
 public:
  explicit DatesStage(const cadena::StageContext& ctx)
      : lexicons_(load_languages(ctx)), lang_(ctx.options.at("lang").get<std::string>()) {
    lexicons_.check_option(lang_, "date");
  }

  void process(cadena::DocRef& doc) const override {
    const DateLexicon& lexicon =
        lexicons_.for_document(lang_, doc.lang(), "date");
    std::vector<cadena::dates::ByteRange> sentences;
    cadena::LayerRef layer = doc.layer("sentences");
    for (std::size_t i = 0; i < layer.size(); ++i)
      sentences.push_back({layer[i].begin, layer[i].end});
    cadena::LayerWriter dates = doc.write("dates");
    for (const auto& m : cadena::dates::find_dates(doc.text(), lexicon, doc.date(), sentences)) {
      cadena::SpanWriter span = dates.add(m.begin, m.end);
      span.set("value", m.value);
      span.set("type", m.type);
      span.set("timex_underspecified", m.underspecified);
      if (!m.mod.empty()) span.set("mod", m.mod);
    }
  }

 private:
  cadena::Languages<DateLexicon> lexicons_;
  std::string lang_;
};

}  // namespace

CADENA_PLUGIN(dates, "1.0.0", "Apache-2.0",
              "Date normalization: absolute, partial, numeric and relative dates, times, "
              "durations and sets, as TIMEX3 values resolved in two phases (underspecified, then "
              "anchored to the reference date and the sentence's tense).",
              cadena::stage<DatesStage>("dates",
                                        "Finds dates and their TIMEX3 values (layer `dates`); "
                                        "needs `sentences`. Options: lang (\"\" for the "
                                        "document's language), numbers_data (\"\" for the numbers "
                                        "plugin's data beside this one).",
                                        R"({"lang": "", "numbers_data": ""})", "sentences",
                                        "dates"))
