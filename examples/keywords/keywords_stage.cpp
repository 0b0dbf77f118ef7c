// The `keywords` stage: writes the layer `keywords`, the document's best key
// phrases by RAKE (rake.hpp), best first. Each span is the phrase's first
// occurrence, with attributes `keyword` (the case-folded phrase), `score`,
// `rank` (1 = best) and `count` (occurrences).
//
// Options: "lang" ("" = the document's language), "max_keywords" and
// "max_words" (positive integers), "word_score" ("degree", "ratio" or
// "frequency", see rake.hpp). Stop words: data/<lang>/stopwords.txt.
#include <cadena/data.hpp>
#include <cadena/languages.hpp>
#include <cadena/sdk.hpp>
#include <cadena/sdk_options.hpp>

#include <unordered_set>

#include "rake.hpp"
#include "words.hpp"

namespace {

using StopWords = std::unordered_set<std::string>;

StopWords load_stop_words(const std::string& folder) {
  StopWords words;
  for (const std::string& w : cadena::read_word_list(folder + "/stopwords.txt")) words.insert(keywords::fold_case(w));
  return words;
}

keywords::WordScore word_score(const nlohmann::json& options) {
  using keywords::WordScore;
  return cadena::one_of<WordScore>(options, "word_score", {{"degree", WordScore::kDegree},
                                                           {"ratio", WordScore::kDegreeOverFrequency},
                                                           {"frequency", WordScore::kFrequency}});
}

class KeywordsStage final : public cadena::Stage {
 public:
  explicit KeywordsStage(const cadena::StageContext& ctx)
      : stop_words_(ctx.data_dir, "stopwords.txt", [](const std::string& folder, const std::string&) {
          return load_stop_words(folder);
        }),
        lang_(ctx.options.at("lang").get<std::string>()),
        settings_{cadena::positive_int(ctx.options, "max_words"), cadena::positive_int(ctx.options, "max_keywords"),
                  word_score(ctx.options)} {
    stop_words_.check_option(lang_, "stop-word");
  }

  void process(cadena::DocRef& doc) const override {
    const StopWords& stop = stop_words_.for_document(lang_, doc.lang(), "stop-word");
    cadena::LayerWriter layer = doc.write("keywords");
    int rank = 0;
    for (const keywords::KeyPhrase& k : keywords::extract_key_phrases(doc.text(), stop, settings_))
      layer.add(k.begin, k.end)
          .set("keyword", k.phrase)
          .set("score", k.score)
          .set("rank", ++rank)
          .set("count", k.count);
  }

 private:
  cadena::Languages<StopWords> stop_words_;
  std::string lang_;
  keywords::RakeSettings settings_;
};

}  // namespace

CADENA_PLUGIN(keywords, "0.1.0", "MIT",
              "Example third-party plugin: key phrases by RAKE, with its own stop-word lists (es, en; "
              "written for this example, MIT).",
              cadena::stage<KeywordsStage>("keywords",
                                           "Key phrases by RAKE, best first (layer `keywords`). Options: lang "
                                           "(\"\" = the document's), max_keywords, max_words, word_score.",
                                           R"({"lang": "", "max_keywords": 10, "max_words": 3, "word_score": "degree"})", "", "keywords"))
