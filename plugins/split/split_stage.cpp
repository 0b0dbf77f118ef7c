// The `split` stage: writes the layer `sentences`, one span per sentence of the
// document's current text (see sentence_splitter.hpp).
//
// Options: "lang" picks the language whose data to use; "" means the
// document's own language, or Spanish when the document has none.
//
// When an earlier stage (clean) wrote the layer `dateline`, the dateline is
// left out of the sentences, so that the story's first sentence (and so its
// summary) does not open with it. The layer is optional: declared in
// `reads_if_present` (ABI 1.1), not in `needs`, so split runs without clean.
#include <cadena/sdk.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "outside_span.hpp"
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
    std::vector<cadena::split::ByteRange> found = splitter_.split(doc.text(), lang);
    cadena::LayerRef datelines = doc.layer("dateline");
    for (std::size_t i = 0; i < datelines.size(); ++i)
      found = cadena::split::outside_span(found, {datelines[i].begin, datelines[i].end}, doc.text());
    cadena::LayerWriter sentences = doc.write("sentences");
    for (const cadena::split::ByteRange& sentence : found) sentences.add(sentence.begin, sentence.end);
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
                                        "Splits the text into sentences (layer `sentences`), "
                                        "leaving out a `dateline` when there is one. "
                                        "Option lang: a language tag, or \"\" for the "
                                        "document's language (default es).",
                                        R"({"lang": ""})", "", "sentences", "dateline"))
