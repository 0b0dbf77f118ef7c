// A built pipeline: stage instances in config order, checked when built.
//
// Building resolves every stage's plugin, merges and checks its options, checks
// that each stage's needed layers are written by an earlier stage, and creates
// the instances; any problem is a cadena::Error naming the config and the
// stage. A Pipeline is then immutable: process() may be called from several
// threads at once on different documents.
#ifndef CADENA_PIPELINE_HPP
#define CADENA_PIPELINE_HPP

#include <cadena/config.hpp>
#include <cadena/document.hpp>
#include <cadena/registry.hpp>

#include <memory>
#include <string>
#include <vector>

namespace cadena {

class StageInstance;

struct StageDescription {
  std::string name;
  std::string plugin;
  std::vector<std::string> needs;
  std::vector<std::string> writes;
};

class Pipeline {
 public:
  Pipeline(const PipelineConfig& config, const Registry& registry);
  ~Pipeline();
  Pipeline(Pipeline&&) noexcept;
  Pipeline& operator=(Pipeline&&) noexcept;

  // Runs every stage in order. Returns "" on success, otherwise why the
  // document failed ("stage 'split': ..."); the document is then incomplete.
  std::string process(Document& doc) const;

  std::vector<StageDescription> describe() const;

 private:
  std::vector<std::unique_ptr<StageInstance>> stages_;
};

}  // namespace cadena

#endif  // CADENA_PIPELINE_HPP
