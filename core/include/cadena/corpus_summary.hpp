// The one summary of all the documents of a run (`cadena run --corpus-summary
// FILE`, Python's cadena.corpus_summary): the most central sentences across
// documents, near-duplicates across outlets once, each citing its document.
//
// A pragmatic exception to the plugin boundary: a stage sees one document per
// call, and this summary needs them all, so this library links the summarizer
// of plugins/summarize (its static core library) and reads that plugin's
// language data from where the registry found it. Only the text and sentence
// ranges of each document are kept, not the document.
#ifndef CADENA_CORPUS_SUMMARY_HPP
#define CADENA_CORPUS_SUMMARY_HPP

#include <cadena/document.hpp>
#include <cadena/pipeline.hpp>
#include <cadena/registry.hpp>
#include <cadena/runner.hpp>

#include <cstddef>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace cadena {

class CorpusSummary : public DocumentObserver {
 public:
  // Throws cadena::Error when the pipeline writes no `sentences` or the
  // `summarize` plugin (whose data this needs) is not in the registry.
  // At most `max_documents` documents are summarized: the first by id.
  CorpusSummary(const Registry& registry, const Pipeline& pipeline, std::size_t max_documents);
  ~CorpusSummary() override;

  // Keeps the document's id, language, text and sentences, while it is one
  // of the first `max_documents` by id: memory and the cross-document graph
  // stay bounded however long the run (the graph grows with the square of
  // its documents). Safe to call from several threads at once, in any order.
  void add(const Document& doc) override;

  // {"sentences": [{"doc", "title", "start", "end", "text", "score"}],
  // "text"}: offsets in code points of the document's (cleaned) text, as in
  // cadena.doc/1; "title" is the document's headline for display (its first
  // line, when that has no final period), or null. Documents are taken in order of id, so the summary does not
  // depend on the number of jobs. `notes`, when given, receives what was left
  // out and why (documents without language data, documents past the limit).
  // Throws cadena::Error when the summarizer fails.
  nlohmann::ordered_json to_json(std::vector<std::string>* notes = nullptr) const;

  // to_json() as a file; throws cadena::Error naming the file when it cannot
  // be written.
  void write(const std::string& path, std::vector<std::string>* notes = nullptr) const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace cadena

#endif  // CADENA_CORPUS_SUMMARY_HPP
