#include <algorithm>
#include <cadena/corpus_summary.hpp>
#include <cadena/error.hpp>
#include <cadena/utf8.hpp>
#include <fstream>
#include <mutex>

#include "summarizer.hpp"

namespace cadena {
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
        "needs the `summarize` plugin for its language data; none was found on the plugin path");
  return summarize->data_dir;
}

// The document's title for display: its first line, when the text has more
// lines and that one reads as a headline (no final period); else "".
std::string title_of(std::string_view text) {
  std::size_t end = text.find('\n');
  if (end == std::string_view::npos) return "";
  std::string_view line = text.substr(0, end);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  bool sentence_end = !line.empty() && (line.back() == '.' || (line.size() >= 3 && line.substr(line.size() - 3) == "\xE2\x80\xA6"));
  return line.empty() || sentence_end ? "" : std::string(line);
}

struct Kept {
  std::string id;
  std::string lang;
  std::string title;
  std::string text;
  std::vector<summarize::ByteRange> sentences;
};

// The order documents are summarized in, which the number of jobs does not
// change.
bool before(const Kept& a, const Kept& b) { return a.id != b.id ? a.id < b.id : a.text < b.text; }

}  // namespace

struct CorpusSummary::State {
  State(std::string data_dir, std::size_t max_documents)
      : summarizer(std::move(data_dir)), max_documents(max_documents) {}

  // The kept documents with language data, in order of id; notes the others.
  std::vector<const Kept*> summarizable(std::vector<std::string>* notes) const {
    std::vector<const Kept*> documents;
    for (const Kept& k : kept) {
      if (summarizer.supports(k.lang))
        documents.push_back(&k);
      else if (notes)
        notes->push_back("left out " + k.id + " (no summarization data for '" + k.lang + "')");
    }
    std::sort(documents.begin(), documents.end(), [](const Kept* a, const Kept* b) { return before(*a, *b); });
    if (left_out && notes)
      notes->push_back("summarized the first " + std::to_string(max_documents) + " documents by id and left out " +
                       std::to_string(left_out) +
                       " (--corpus-summary-max-docs sets how many; the cross-document graph grows with the "
                       "square of its documents)");
    return documents;
  }

  summarize::Summarizer summarizer;
  std::size_t max_documents;
  mutable std::mutex mutex;
  std::vector<Kept> kept;  // a heap whose top is the last document by id
  std::size_t left_out = 0;
};

CorpusSummary::CorpusSummary(const Registry& registry, const Pipeline& pipeline, std::size_t max_documents)
    : state_([&] {
        if (!writes_sentences(pipeline)) throw Error("the pipeline has no stage that writes `sentences`");
        return std::make_unique<State>(summarize_data_dir(registry), max_documents);
      }()) {}

CorpusSummary::~CorpusSummary() = default;

void CorpusSummary::add(const Document& doc) {
  const Layer* sentences = doc.layer("sentences");
  Kept kept{doc.id, doc.lang, title_of(doc.text()), std::string(doc.text()), {}};
  if (sentences)
    for (const Span& s : sentences->spans) kept.sentences.push_back({s.begin, s.end});
  State& st = *state_;
  std::lock_guard<std::mutex> lock(st.mutex);
  st.kept.push_back(std::move(kept));
  std::push_heap(st.kept.begin(), st.kept.end(), before);
  if (st.kept.size() > st.max_documents) {  // drop the last by id: the first N stay, whatever -j does
    std::pop_heap(st.kept.begin(), st.kept.end(), before);
    st.kept.pop_back();
    ++st.left_out;
  }
}

nlohmann::ordered_json CorpusSummary::to_json(std::vector<std::string>* notes) const {
  const State& st = *state_;
  std::lock_guard<std::mutex> lock(st.mutex);
  std::vector<const Kept*> documents = st.summarizable(notes);
  std::vector<summarize::SourceDocument> sources;
  for (const Kept* k : documents) sources.push_back({k->text, k->sentences, k->lang});
  std::vector<summarize::ChosenSentence> chosen;
  try {
    chosen = st.summarizer.summarize(sources, summarize::corpus_settings());
  } catch (const std::exception& e) {
    throw Error(std::string("cannot summarize: ") + e.what());
  }

  nlohmann::ordered_json sentences = nlohmann::ordered_json::array();
  std::string text;
  for (const summarize::ChosenSentence& c : chosen) {
    const Kept& doc = *documents[c.document];
    const summarize::ByteRange& r = doc.sentences[c.sentence];
    CodePointIndex code_points(doc.text);
    std::string sentence = doc.text.substr(r.begin, r.end - r.begin);
    sentences.push_back({{"doc", doc.id},
                         {"title", doc.title.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(doc.title)},
                         {"start", code_points(r.begin)},
                         {"end", code_points(r.end)},
                         {"text", sentence},
                         {"score", c.score}});
    text += (text.empty() ? "" : " ") + sentence;
  }
  return {{"sentences", std::move(sentences)}, {"text", text}};
}

void CorpusSummary::write(const std::string& path, std::vector<std::string>* notes) const {
  nlohmann::ordered_json summary = to_json(notes);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << summary.dump() << '\n';
  if (!out.flush()) throw Error(path + ": cannot write the file");
}

}  // namespace cadena
