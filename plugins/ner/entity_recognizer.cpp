#include "entity_recognizer.hpp"

#include <cadena/sdk.hpp>

#include "label_vote.hpp"
#include "word_form.hpp"

namespace cadena::ner {

Gazetteer load_gazetteers(const std::string& language_dir, const std::vector<std::string>& extra) {
  Gazetteer gazetteer;
  gazetteer.load_folder(language_dir + "/gazetteers");
  for (const std::string& file : extra) gazetteer.load(file, true);
  return gazetteer;
}

namespace {

std::string inside(const std::string& data_dir, const std::string& path) {
  return path.empty() || path.front() == '/' || data_dir.empty() ? path : data_dir + "/" + path;
}

}  // namespace

RecognizerFiles files_from_options(const std::string& data_dir, const nlohmann::json& options) {
  RecognizerFiles files;
  files.language_dir = inside(data_dir, options.at("lang").get<std::string>());
  files.model = inside(data_dir, options.at("model").get<std::string>());
  const nlohmann::json& list = options.at("gazetteers");
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (!list[i].is_string() || list[i].get<std::string>().empty())
      throw OptionError("/gazetteers/" + std::to_string(i), "expected a file name");
    files.gazetteers.push_back(inside(data_dir, list[i].get<std::string>()));
  }
  return files;
}

EntityRecognizer::EntityRecognizer(const RecognizerFiles& files)
    : tokenizer_(files.language_dir + "/abbreviations.txt"),
      tagger_(Model::load(files.model), load_gazetteers(files.language_dir, files.gazetteers)),
      keys_(files.language_dir + "/variants.txt") {}

std::vector<Entity> EntityRecognizer::recognize(std::string_view text,
                                                const std::vector<SentenceRange>& sentences) const {
  std::vector<std::vector<Token>> tokens;
  std::vector<std::vector<std::string>> forms;
  tokens.reserve(sentences.size());
  forms.reserve(sentences.size());
  for (const SentenceRange& sentence : sentences) {
    std::string_view sentence_text = text.substr(sentence.begin, sentence.end - sentence.begin);
    tokens.push_back(tokenizer_.tokenize(sentence_text));
    forms.emplace_back();
    for (const Token& t : tokens.back())
      forms.back().push_back(token_form(sentence_text.substr(t.begin, t.end - t.begin)));
  }
  std::vector<Entity> entities;
  visit_in_context(forms, sentences.size(), [&](std::size_t s, const DocumentContext& context) {
    std::size_t offset = sentences[s].begin;
    for (const Chunk& c : tagger_.tag(forms[s], context))
      entities.push_back({offset + tokens[s][c.begin].begin, offset + tokens[s][c.end - 1].end,
                          c.type, std::string()});
  });
  std::vector<Mention> mentions;
  mentions.reserve(entities.size());
  for (const Entity& e : entities)
    mentions.push_back({text.substr(e.begin, e.end - e.begin), e.label});
  std::vector<KeyedMention> keyed = keys_.keys(mentions);
  // One label per entity in the document; copied out before any entity
  // changes, as the keyed labels are views into the entities.
  std::vector<std::string> labels = one_label_per_key(keyed);
  for (std::size_t i = 0; i < entities.size(); ++i) {
    entities[i].key = std::move(keyed[i].key);
    entities[i].label = std::move(labels[i]);
  }
  return entities;
}

}  // namespace cadena::ner
