// The `entities` stage: writes the layer `entities`, one span per named entity
// with its `label` (PER, LOC, ORG, MISC) and `key` (equal across spellings and
// documents). Needs `sentences`.
//
// Options (see entity_recognizer.hpp): "lang" names the data folder
// (tokenizer, gazetteers, variants); "model" is the model file; "gazetteers"
// lists the user's extra gazetteer files, whose entries are features and force
// their type. Relative paths are inside the plugin's data folder.
#include <cadena/sdk.hpp>
#include <vector>

#include "entity_recognizer.hpp"

namespace {

class EntitiesStage final : public cadena::Stage {
 public:
  explicit EntitiesStage(const cadena::StageContext& ctx)
      : recognizer_(cadena::ner::files_from_options(ctx.data_dir, ctx.options)) {}

  void process(cadena::DocRef& doc) const override {
    cadena::LayerRef sentences = doc.layer("sentences");
    std::vector<cadena::ner::SentenceRange> ranges;
    ranges.reserve(sentences.size());
    for (std::size_t i = 0; i < sentences.size(); ++i)
      ranges.push_back({static_cast<std::size_t>(sentences[i].begin),
                        static_cast<std::size_t>(sentences[i].end)});
    cadena::LayerWriter entities = doc.write("entities");
    for (const cadena::ner::Entity& e : recognizer_.recognize(doc.text(), ranges))
      entities.add(e.begin, e.end).set("label", e.label).set("key", e.key);
  }

 private:
  cadena::ner::EntityRecognizer recognizer_;
};

}  // namespace

CADENA_PLUGIN(
    ner, "1.0.0", "Apache-2.0; model: CC BY 4.0",
    "Named entities (PER, LOC, ORG, MISC) by an averaged perceptron over BILOU labels, "
    "with keys equal across spellings and documents. The shipped model is trained on "
    "AnCora-ES (Taulé, Martí, Recasens 2008; CLiC-UB, CC BY 4.0, doi:10.5281/zenodo.4762030) "
    "as converted by ragerri/evaluation-spanish-language-models, DATE and NUM removed.",
    cadena::stage<EntitiesStage>("entities",
                                 "Tags named entities (layer `entities`: label, key). "
                                 "Options: lang (data folder), model (file), gazetteers "
                                 "(extra files whose entries force their type).",
                                 R"({"lang": "es", "model": "es/model.bin", "gazetteers": []})",
                                 "sentences", "entities"))
