// The document runner every front end shares: `cadena run`, the Python
// package's `pipe`, the HTTP service. It pulls documents from a source in
// order, runs the pipeline on several of them at once, and hands each result
// to a sink in the order the source gave them, with a bounded number of
// documents in memory whatever the input's size.
#ifndef CADENA_RUNNER_HPP
#define CADENA_RUNNER_HPP

#include <cadena/document.hpp>
#include <cadena/pipeline.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace cadena {

// One document on its way through a run.
struct RunItem {
  std::string where;              // "corpus/a.txt", "docs.jsonl:12": names it in messages
  std::unique_ptr<Document> doc;  // null when the input could not be read (then `error` says why)
  std::string error;              // why it failed, reading or processing; "" = it did not
  std::string json;               // the cadena.doc/1 line once processed (no newline)
  std::uint64_t input_bytes = 0;  // bytes of the input consumed for it, for progress
  // What the front end needs back with the result (a Python object, a request).
  std::shared_ptr<void> user;
  // Keep the processed document in the item instead of freeing it once its
  // JSON is written (Python's Doc reads it; the CLI does not need it).
  bool keep_document = false;
};

// Sees every document that was processed without error, from the worker
// threads, concurrently and in any order (the entity index, the corpus
// summary). Implementations lock what they share.
class DocumentObserver {
 public:
  virtual ~DocumentObserver() = default;
  virtual void add(const Document& doc) = 0;
};

struct RunnerOptions {
  unsigned jobs = 0;       // documents processed at once; 0 = all hardware threads
  std::size_t window = 0;  // documents in memory at once; 0 = 4 per job
  std::vector<DocumentObserver*> observers;
};

class Runner {
 public:
  Runner(const Pipeline& pipeline, RunnerOptions options);

  // The jobs the runner uses (options.jobs, or the hardware threads).
  unsigned jobs() const { return jobs_; }

  // Calls `source` (one call at a time, in order) until it returns false;
  // runs the pipeline on each item it filled, `jobs()` at a time; calls
  // `sink` (one call at a time) with each item in the order the source gave
  // them. An item the source filled with a null doc goes to the sink as it
  // is. Returns once every item reached the sink. An exception from the
  // source or the sink stops the run and is rethrown here; items still in
  // flight are dropped.
  void run(const std::function<bool(RunItem&)>& source, const std::function<void(RunItem&)>& sink) const;

  // One item on the calling thread: the pipeline, the JSON, the observers.
  // Never throws; a failure is in item.error.
  void process(RunItem& item) const;

 private:
  const Pipeline& pipeline_;
  RunnerOptions options_;
  unsigned jobs_;
};

}  // namespace cadena

#endif  // CADENA_RUNNER_HPP
