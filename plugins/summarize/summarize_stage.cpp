// The `summarize` stage: reads the layer `sentences` and writes the layer
// `summary`, one span per chosen sentence (the sentence's own byte range) with
// its `score`, in document order (see summarizer.hpp and docs/summarize.md).
#include <cadena/sdk.hpp>
#include <string>
#include <utility>
#include <vector>

#include "summarizer.hpp"

namespace {

using cadena::OptionError;
using cadena::summarize::Budget;
using cadena::summarize::Settings;

double number_in(const nlohmann::json& options, const char* key, double low, double high) {
  double value = options.at(key).get<double>();
  if (!(value >= low && value <= high))
    throw OptionError(std::string("/") + key,
                      "expected a number from " + nlohmann::json(low).dump() + " to " +
                          nlohmann::json(high).dump() + ", got " + nlohmann::json(value).dump());
  return value;
}

std::int64_t count_at_least_zero(const nlohmann::json& options, const char* key) {
  std::int64_t value = options.at(key).get<std::int64_t>();
  if (value < 0)
    throw OptionError(
        std::string("/") + key,
        "expected a positive integer (or 0 for no such budget), got " + std::to_string(value));
  return value;
}

// Exactly one of "sentences", "ratio", "characters" and "words" is non-zero.
// The defaults set "sentences", so budgeting by ratio, characters or words means
// setting "sentences" to 0: an explicit choice rather than a silent
// precedence between options.
Budget budget_of(const nlohmann::json& options) {
  std::int64_t sentences = count_at_least_zero(options, "sentences");
  double ratio = number_in(options, "ratio", 0, 1);
  std::int64_t characters = count_at_least_zero(options, "characters");
  std::int64_t words = count_at_least_zero(options, "words");
  int given = (sentences > 0) + (ratio > 0) + (characters > 0) + (words > 0);
  if (given == 0)
    throw OptionError("/sentences",
                      "no budget: give \"sentences\", \"ratio\", \"characters\" or \"words\" a "
                      "positive value");
  if (given > 1) {
    // The first budget set and the next: "sentences" is set by default.
    std::vector<std::pair<std::string, std::string>> set;
    if (sentences > 0) set.push_back({"sentences", std::to_string(sentences)});
    if (ratio > 0) set.push_back({"ratio", nlohmann::json(ratio).dump()});
    if (characters > 0) set.push_back({"characters", std::to_string(characters)});
    if (words > 0) set.push_back({"words", std::to_string(words)});
    const std::string& other = set[1].first;
    throw OptionError("/" + other,
                      "only one budget may be set, and \"" + set[0].first + "\" is " + set[0].second +
                          (sentences > 0 ? " (set \"sentences\": 0 to budget by " + other + ")"
                                         : ""));
  }
  if (sentences > 0) return Budget::sentences(static_cast<std::size_t>(sentences));
  if (ratio > 0) return Budget::ratio(ratio);
  if (words > 0) return Budget::words(static_cast<std::size_t>(words));
  return Budget::characters(static_cast<std::size_t>(characters));
}

class SummarizeStage final : public cadena::Stage {
 public:
  explicit SummarizeStage(const cadena::StageContext& ctx)
      : summarizer_(ctx.data_dir), lang_(ctx.options.at("lang").get<std::string>()) {
    summarizer_.languages().check_option(lang_, "summarization");
    settings_.budget = budget_of(ctx.options);
    settings_.position_weight = number_in(ctx.options, "position_weight", 0, 1);
    settings_.mmr.lambda = number_in(ctx.options, "mmr_lambda", 0, 1);
    settings_.headline_weight = number_in(ctx.options, "headline_weight", 0, 1);
  }

  void process(cadena::DocRef& doc) const override {
    cadena::LayerRef layer = doc.layer("sentences");
    cadena::summarize::SourceDocument source{doc.text(), {}, cadena::document_language(lang_, doc.lang())};
    for (std::size_t i = 0; i < layer.size(); ++i)
      source.sentences.push_back({layer[i].begin, layer[i].end});
    std::vector<cadena::summarize::ChosenSentence> chosen =
        summarizer_.summarize({source}, settings_);
    cadena::LayerWriter summary = doc.write("summary");
    for (const cadena::summarize::ChosenSentence& c : chosen) {
      const cadena::summarize::ByteRange& range = source.sentences[c.sentence];
      summary.add(range.begin, range.end).set("score", c.score);
    }
  }

 private:
  cadena::summarize::Summarizer summarizer_;
  std::string lang_;
  Settings settings_;
};

}  // namespace

CADENA_PLUGIN(summarize, "1.0.0", "Apache-2.0",
              "Extractive summarization: LexRank centrality over TF-IDF sentence vectors with a "
              "news position prior, the headline as a prior and MMR redundancy removal; never headlines, labels, "
              "captions or boilerplate.",
              cadena::stage<SummarizeStage>(
                  "summarize",
                  "Chooses the sentences that summarize the document (layer `summary`, spans "
                  "with `score`, in document order). Budget: exactly one of sentences, ratio "
                  "(share of the sentences), characters or words is non-zero.",
                  R"({"sentences": 3, "ratio": 0.0, "characters": 0, "words": 0, "lang": "",)"
                  R"( "position_weight": 0.5, "headline_weight": 0.15, "mmr_lambda": 0.7})",
                  "sentences", "summary"))
