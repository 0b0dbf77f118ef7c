// The one summary of all the documents of a run, `cadena run --corpus-summary
// FILE`: the most central sentences across documents, near-duplicates across
// outlets once, each citing its document.
//
// A pragmatic exception to the plugin boundary: a stage sees one document per
// call, and this summary needs them all, so the CLI links the summarizer of
// plugins/summarize (its static core library) and reads that plugin's
// language data from where the registry found it. Only the text and sentence
// ranges of each written document are kept, not the document.
#ifndef CADENA_CLI_CORPUS_SUMMARY_HPP
#define CADENA_CLI_CORPUS_SUMMARY_HPP

#include <cadena/document.hpp>
#include <cadena/pipeline.hpp>
#include <cadena/registry.hpp>
#include <mutex>
#include <string>
#include <vector>

#include "summarizer.hpp"

namespace cadena::cli {

class CorpusSummary {
 public:
  // Throws cadena::Error when the pipeline writes no `sentences` or the
  // `summarize` plugin (whose data this needs) is not in the registry.
  // At most `max_documents` documents are summarized: the first by id.
  CorpusSummary(const Registry& registry, const Pipeline& pipeline, std::size_t max_documents);

  // Keeps the document's id, language, text and sentences, while it is one
  // of the first `max_documents` by id: memory and the cross-document graph
  // stay bounded however long the run (the graph grows with the square of
  // its documents). Safe to call from several threads at once, in any order.
  void add(const Document& doc);

  // {"sentences": [{"doc", "start", "end", "text", "score"}], "text"}:
  // offsets in code points of the document's (cleaned) text, as in
  // cadena.doc/1. Documents are taken in order of id, so the summary does not
  // depend on -j. Throws cadena::Error naming the file when it cannot be
  // written; says on stderr which documents had no language data.
  void write(const std::string& path) const;

 private:
  struct Kept {
    std::string id;
    std::string lang;
    std::string text;
    std::vector<summarize::ByteRange> sentences;
  };
  // The kept documents with language data, in order of id; notes the others.
  std::vector<const Kept*> summarizable() const;
  summarize::Summarizer summarizer_;
  std::size_t max_documents_;
  mutable std::mutex mutex_;
  std::vector<Kept> kept_;  // a heap whose top is the last document by id
  std::size_t left_out_ = 0;
};

}  // namespace cadena::cli

#endif  // CADENA_CLI_CORPUS_SUMMARY_HPP
