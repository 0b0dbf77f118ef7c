// What the extension module `cadena._cadena` shares between its files: a
// built pipeline as Python holds it, and one processed document.
#ifndef CADENA_PYTHON_NATIVE_HPP
#define CADENA_PYTHON_NATIVE_HPP

#include <cadena/document.hpp>
#include <cadena/pipeline.hpp>
#include <cadena/registry.hpp>
#include <cadena/runner.hpp>

#include <pybind11/pybind11.h>

#include <memory>
#include <string>

namespace cadena::python {

// The registry keeps the plugins' code loaded; documents made by the pipeline
// hold this (through a shared pointer) so that it outlives them, and so that
// the corpus summary can reach the plugin data it needs.
struct PipelineHandle {
  Registry registry;
  std::unique_ptr<Pipeline> pipeline;
};

// One document once the runner is done with it: processed (`doc` and `json`
// set, `error` empty) or failed (`error` says why, `where` names it).
struct DocResult {
  std::shared_ptr<const PipelineHandle> handle;
  std::unique_ptr<Document> doc;
  std::string json;
  std::string error;
  std::string where;
};

// The runner's item for one Python input: a str (the text) or a dict shaped
// like a JSONL line. `default_id` names it when it brings no id. A bad input
// is not an exception: it leaves item.doc null and says why in item.error, so
// that it reaches Python in its place among the others. Needs the GIL.
void fill_item(pybind11::handle input, const std::string& default_id, RunItem& item);

// The result the runner left in `item`, for Python.
std::shared_ptr<DocResult> take_result(const std::shared_ptr<const PipelineHandle>& handle, RunItem& item);

}  // namespace cadena::python

#endif  // CADENA_PYTHON_NATIVE_HPP
