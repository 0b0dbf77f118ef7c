// The `split` stage: writes the layer `sentences`, one span per sentence of the
// document's current text (see sentence_splitter.hpp).
//
// Options: "lang" picks the language whose data to use; "" means the
// document's own language, or Spanish when the document has none.
#include <cadena/sdk.hpp>
#include <string>
#include <string_view>

#include "sentence_splitter.hpp"

namespace {

class SplitStage final : public cadena::Stage {
 public:
  explicit SplitStage(const cadena::StageContext& ctx)
      : splitter_(ctx.data_dir), lang_(ctx.options.at("lang").get<std::string>()) {
    if (!lang_.empty() && !splitter_.supports(lang_))
      throw cadena::OptionError("/lang", "no sentence data for '" + lang_ + "' in " + ctx.data_dir +
                                             " (have: " + splitter_.languages() + ")");
  }

  void process(cadena::DocRef& doc) const override {
    std::string_view lang = cadena::document_language(lang_, doc.lang());
    cadena::LayerWriter sentences = doc.write("sentences");
    for (const cadena::split::ByteRange& sentence : splitter_.split(doc.text(), lang))
      sentences.add(sentence.begin, sentence.end);
  }

 private:
  cadena::split::SentenceSplitter splitter_;
  std::string lang_;
};

}  // namespace

CADENA_PLUGIN(split, "1.0.0", "Apache-2.0",
              "Sentence splitting: ICU's sentence rules corrected by per-language abbreviation "
              "data and by rules for headlines, list items, initials, datelines and '¿…?'.",
              cadena::stage<SplitStage>("split",
                                        "Splits the text into sentences (layer `sentences`). "
                                        "Option lang: a language tag, or \"\" for the "
                                        "document's language (default es).",
                                        R"({"lang": ""})", "", "sentences"))
