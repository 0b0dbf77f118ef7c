#include "corpus_summary.hpp"

#include <algorithm>
#include <cadena/error.hpp>
#include <cadena/utf8.hpp>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

namespace cadena::cli {
namespace {

bool writes_sentences(const Pipeline& pipeline) {
  for (const StageDescription& stage : pipeline.describe())
    for (const std::string& layer : stage.writes)
      if (layer == "sentences") return true;
  return false;
}

std::string summarize_data_dir(const Registry& registry) {
  const StageFactory* summarize = registry.find("summarize");
  if (!summarize)
    throw Error(
        "--corpus-summary: needs the `summarize` plugin for its language data; none was "
        "found on the plugin path");
  return summarize->data_dir;
}

// The order documents are summarized in, which -j does not change.
template <class K>
bool before(const K& a, const K& b) {
  return a.id != b.id ? a.id < b.id : a.text < b.text;
}

}  // namespace

CorpusSummary::CorpusSummary(const Registry& registry, const Pipeline& pipeline,
                             std::size_t max_documents)
    : summarizer_([&] {
        if (!writes_sentences(pipeline))
          throw Error("--corpus-summary: the pipeline has no stage that writes `sentences`");
        return summarize_data_dir(registry);
      }()),
      max_documents_(max_documents) {}

void CorpusSummary::add(const Document& doc) {
  const Layer* sentences = doc.layer("sentences");
  Kept kept{doc.id, doc.lang, std::string(doc.text()), {}};
  if (sentences)
    for (const Span& s : sentences->spans) kept.sentences.push_back({s.begin, s.end});
  auto by_order = [](const Kept& a, const Kept& b) { return before(a, b); };
  std::lock_guard<std::mutex> lock(mutex_);
  kept_.push_back(std::move(kept));
  std::push_heap(kept_.begin(), kept_.end(), by_order);
  if (kept_.size() > max_documents_) {  // drop the last by id: the first N stay, whatever -j does
    std::pop_heap(kept_.begin(), kept_.end(), by_order);
    kept_.pop_back();
    ++left_out_;
  }
}

std::vector<const CorpusSummary::Kept*> CorpusSummary::summarizable() const {
  std::vector<const Kept*> documents;
  for (const Kept& k : kept_) {
    if (summarizer_.supports(k.lang))
      documents.push_back(&k);
    else
      std::cerr << "cadena: note: --corpus-summary: left out " << k.id
                << " (no summarization data for '" << k.lang << "')\n";
  }
  std::sort(documents.begin(), documents.end(),
            [](const Kept* a, const Kept* b) { return before(*a, *b); });
  if (left_out_)
    std::cerr << "cadena: note: --corpus-summary: summarized the first " << max_documents_
              << " documents by id and left out " << left_out_
              << " (--corpus-summary-max-docs sets how many; the cross-document graph grows with "
                 "the square of its documents)\n";
  return documents;
}

void CorpusSummary::write(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<const Kept*> documents = summarizable();
  std::vector<summarize::SourceDocument> sources;
  for (const Kept* k : documents) sources.push_back({k->text, k->sentences, k->lang});
  std::vector<summarize::ChosenSentence> chosen;
  try {
    chosen = summarizer_.summarize(sources, summarize::corpus_settings());
  } catch (const std::exception& e) {
    throw Error(std::string("--corpus-summary: ") + e.what());
  }

  nlohmann::ordered_json sentences = nlohmann::ordered_json::array();
  std::string text;
  for (const summarize::ChosenSentence& c : chosen) {
    const Kept& doc = *documents[c.document];
    const summarize::ByteRange& r = doc.sentences[c.sentence];
    CodePointIndex code_points(doc.text);
    std::string sentence = doc.text.substr(r.begin, r.end - r.begin);
    sentences.push_back({{"doc", doc.id},
                         {"start", code_points(r.begin)},
                         {"end", code_points(r.end)},
                         {"text", sentence},
                         {"score", c.score}});
    text += (text.empty() ? "" : " ") + sentence;
  }
  nlohmann::ordered_json summary = {{"sentences", std::move(sentences)}, {"text", text}};
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << summary.dump() << '\n';
  if (!out.flush()) throw Error("--corpus-summary " + path + ": cannot write the file");
}

}  // namespace cadena::cli
