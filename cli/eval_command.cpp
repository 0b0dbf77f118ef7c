// `cadena eval ner`: tags the tokens of a CoNLL file as they are given and
// prints conlleval's table (per-type and overall precision, recall, F1); with
// --predictions, also conlleval's input, to look at the errors.
//
// Links the `ner` plugin's core library directly (see train_command.cpp); the
// tagger is built from the same options the `entities` stage would get: its
// defaults, merged with the stage's options in --config, then --model.
#include <cadena/config.hpp>
#include <cadena/error.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "commands.hpp"
#include "conll.hpp"
#include "entity_recognizer.hpp"
#include "evaluation.hpp"
#include "geo_names.hpp"

namespace cadena::cli {
namespace {

constexpr const char* kStage = "entities";

const StageFactory& entities_factory(const Registry& registry) {
  const StageFactory* factory = registry.find(kStage);
  if (!factory)
    throw Error(std::string("no plugin provides the stage '") + kStage +
                "' (see `cadena plugins`; --plugin-path adds a folder)");
  return *factory;
}

// The stage's defaults merged with the options of the first stage of
// `config_path` that uses it ("" = the defaults).
nlohmann::json entities_options(const StageFactory& factory, const std::string& config_path) {
  if (config_path.empty()) return factory.defaults;
  PipelineConfig config = load_pipeline_config(config_path);
  for (std::size_t i = 0; i < config.stages.size(); ++i) {
    if (config.stages[i].plugin != kStage) continue;
    nlohmann::json merged;
    std::string problem = merge_options(factory.defaults, config.stages[i].options,
                                        "/pipeline/" + std::to_string(i) + "/options", merged);
    if (!problem.empty()) throw Error(config_path + ": " + problem);
    return merged;
  }
  throw Error(config_path + ": no stage uses '" + std::string(kStage) + "'");
}

}  // namespace

int eval_ner_command(const EvalNerOptions& o) {
  try {
    Registry registry = load_registry(o.plugin_path, true);
    const StageFactory& factory = entities_factory(registry);
    nlohmann::json options = entities_options(factory, o.config);
    if (!o.model.empty()) options["model"] = std::filesystem::absolute(o.model).string();
    ner::RecognizerFiles files = ner::files_from_options(factory.data_dir, options);
    ner::EntityRecognizer recognizer(files);

    std::ofstream predictions;
    if (!o.predictions.empty()) {
      predictions.open(o.predictions, std::ios::binary);
      if (!predictions) throw Error(o.predictions + ": cannot be written (--predictions)");
    }
    std::vector<ner::TaggedSentence> gold = ner::read_conll(o.gold);
    if (o.geo_as_loc) {
      // The gazetteers of the language folder the tagger runs with, as in training.
      ner::GeoNames geo = ner::GeoNames::standard(files.language_dir + "/gazetteers");
      std::cerr << "cadena: --geo-as-loc: " << o.gold << ": " << ner::describe(geo.relabel(gold))
                << "\n";
    }
    ner::EntityKeys keys(files.language_dir + "/variants.txt");
    ner::DocumentLabels labels = o.document_labels == "keys"   ? ner::DocumentLabels::keys
                                 : o.document_labels == "vote" ? ner::DocumentLabels::vote
                                                               : ner::DocumentLabels::tagger;
    ner::evaluate(recognizer.tagger(), gold, o.predictions.empty() ? nullptr : &predictions,
                  labels, &keys)
        .report(std::cout);
    predictions.close();
    if (!o.predictions.empty() && predictions.fail())
      throw Error(o.predictions + ": writing failed (--predictions)");
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "cadena: error: " << e.what() << "\n";
    return 2;
  }
}

}  // namespace cadena::cli
