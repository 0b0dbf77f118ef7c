// The `clean` stage: the first stage of a pipeline, turning the original
// input (HTML or plain text) into the cleaned text every later stage reads.
//
// Options:
//   "format":      "input" (the document's "format" metadata; sniffed when it
//                  has none), "auto" (always sniffed), "html" or "text"
//   "boilerplate": false keeps every block (only normalizes)
//   "default_lang": the language data used for documents in a language the
//                  plugin has no data for
//
// Writes the text and the layer `dateline`: the place and date opening the
// story, at most one span, which `split` keeps out of the first sentence.
#include <cadena/sdk.hpp>
#include <string>

#include "cleaner.hpp"

namespace {

using cadena::clean::InputFormat;

enum class FormatChoice { kInput, kAuto, kHtml, kText };

FormatChoice parse_format(const std::string& value) {
  if (value == "input") return FormatChoice::kInput;
  if (value == "auto") return FormatChoice::kAuto;
  if (value == "html") return FormatChoice::kHtml;
  if (value == "text") return FormatChoice::kText;
  throw cadena::OptionError(
      "/format", "expected \"input\", \"auto\", \"html\" or \"text\", got \"" + value + "\"");
}

template <class T>
T option(const nlohmann::json& options, const char* key, const char* expected) {
  const auto it = options.find(key);
  if (it == options.end()) throw cadena::OptionError(std::string("/") + key, "missing");
  try {
    return it->get<T>();
  } catch (const nlohmann::json::exception&) {
    throw cadena::OptionError(std::string("/") + key,
                              std::string("expected ") + expected + ", got " + it->dump());
  }
}

cadena::clean::CleanOptions clean_options(const nlohmann::json& options) {
  cadena::clean::CleanOptions out;
  out.remove_boilerplate = option<bool>(options, "boilerplate", "true or false");
  out.default_language = option<std::string>(options, "default_lang", "a language code");
  return out;
}

std::string data_dir(const cadena::StageContext& ctx) {
  if (ctx.data_dir.empty()) {
    throw std::runtime_error("the clean plugin's data folder is missing (expected a folder 'clean' beside the library)");
  }
  return ctx.data_dir;
}

class CleanStage : public cadena::Stage {
 public:
  explicit CleanStage(const cadena::StageContext& ctx)
      : format_(parse_format(option<std::string>(ctx.options, "format", "a string"))),
        cleaner_(data_dir(ctx), clean_options(ctx.options)) {}

  void process(cadena::DocRef& doc) const override {
    const std::string_view original = doc.original();
    cadena::clean::CleanResult result =
        cleaner_.clean(original, format_of(doc, original), doc.lang());
    doc.set_text(result.text, result.pieces);
    if (doc.date().empty() && result.date) doc.set_date(*result.date);
    // Always written, empty when there is none: every document has the same layers.
    cadena::LayerWriter dateline = doc.write("dateline");
    if (result.dateline) dateline.add(result.dateline->first, result.dateline->second);
  }

 private:
  InputFormat format_of(const cadena::DocRef& doc, std::string_view original) const {
    switch (format_) {
      case FormatChoice::kHtml:
        return InputFormat::kHtml;
      case FormatChoice::kText:
        return InputFormat::kText;
      case FormatChoice::kInput: {
        const std::string_view declared = doc.format();
        if (declared == "html") return InputFormat::kHtml;
        if (declared == "text") return InputFormat::kText;
        return cadena::clean::sniff_format(original);
      }
      case FormatChoice::kAuto:
        break;
    }
    return cadena::clean::sniff_format(original);
  }

  FormatChoice format_;
  cadena::clean::Cleaner cleaner_;
};

}  // namespace

CADENA_PLUGIN(clean, "1.0.0", "Apache-2.0",
              "Cleans HTML or plain text into the text later stages read: boilerplate removed, "
              "NFC, white space collapsed, with an offset map back to the original; sets the "
              "reference date from the page or a dateline.",
              cadena::stage<CleanStage>(
                  "clean",
                  "HTML or text to clean text: boilerplate removal, NFC, white space; the "
                  "dateline (layer `dateline`) and its date.",
                  R"({"format": "input", "boilerplate": true, "default_lang": "es"})", "",
                  "text,dateline"))
