// `cadena train ner`: trains the entity tagger's model from CoNLL files.
//
// Training and evaluation link the `ner` plugin's core library directly — a
// deliberate exception to the plugin boundary: the ABI carries documents, not
// training loops or given tokens. --gazetteers must be the folder the model
// will run with (the plugin's data/es/gazetteers for the shipped model): the
// model learns how far to trust each category.
#include <cstdio>
#include <iostream>

#include "commands.hpp"
#include "conll.hpp"
#include "gazetteer.hpp"
#include "geo_names.hpp"
#include "trainer.hpp"

namespace cadena::cli {

int train_ner_command(const TrainNerOptions& o) {
  try {
    ner::Gazetteer gazetteer;
    gazetteer.load_folder(o.gazetteers);
    std::vector<ner::TaggedSentence> train = ner::read_conll(o.train);
    std::vector<ner::TaggedSentence> dev =
        o.dev.empty() ? std::vector<ner::TaggedSentence>() : ner::read_conll(o.dev);
    if (o.geo_as_loc) {
      ner::GeoNames geo = ner::GeoNames::standard(o.gazetteers);
      std::cerr << "cadena: --geo-as-loc: " << o.train << ": " << ner::describe(geo.relabel(train))
                << "\n";
      if (!dev.empty())
        std::cerr << "cadena: --geo-as-loc: " << o.dev << ": " << ner::describe(geo.relabel(dev))
                  << "\n";
    }
    std::cerr << "cadena: training on " << train.size() << " sentences of " << o.train
              << ", gazetteers " << o.gazetteers << " (" << gazetteer.size() << " entries), seed "
              << o.seed << "\n";

    ner::TrainingOptions options;
    options.algorithm = o.algorithm == "crf" ? ner::Algorithm::crf : ner::Algorithm::perceptron;
    options.epochs = o.epochs;
    options.seed = o.seed;
    options.min_feature_count = o.min_count;
    options.margin = o.margin;
    options.iterations = o.iterations;
    options.l2 = o.l2;
    options.prune = o.prune;
    ner::Model model = ner::train(train, dev, gazetteer, options, [&](const ner::EpochReport& r) {
      char line[256];
      if (options.algorithm == ner::Algorithm::crf)
        std::snprintf(line, sizeof line, "cadena: iteration %d/%d: loss %.1f", r.epoch,
                      o.iterations, r.loss);
      else
        std::snprintf(line, sizeof line, "cadena: epoch %d/%d: %zu of %zu sentences wrong", r.epoch,
                      o.epochs, r.mistakes, r.sentences);
      std::cerr << line;
      if (!dev.empty()) {
        std::snprintf(line, sizeof line, "; dev P %.2f R %.2f F1 %.2f", 100 * r.dev.precision(),
                      100 * r.dev.recall(), 100 * r.dev.f1());
        std::cerr << line;
      }
      std::snprintf(line, sizeof line, " (%.1f s)\n", r.seconds);
      std::cerr << line;
    });
    model.save(o.output);
    std::cerr << "cadena: wrote " << o.output << ": " << model.features() << " features, "
              << model.lexicon().hashes().size() << " lexicon words\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "cadena: error: " << e.what() << "\n";
    return 2;
  }
}

}  // namespace cadena::cli
