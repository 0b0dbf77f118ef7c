// The pipeline config parser over any bytes: a config is accepted or refused
// with a cadena::Error; any other exception escaping is a bug.
#include <cadena/config.hpp>
#include <cadena/error.hpp>

#include "fuzz_data.hpp"

using namespace cadena;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    PipelineConfig config = parse_pipeline_config(fuzz::bytes(data, size), "fuzz.json");
    static const PipelineConfig defaults = default_pipeline_config();
    // Options given for a stage are checked against a default stage's.
    for (const StageConfig& stage : config.stages) {
      nlohmann::json merged;
      merge_options(defaults.stages.front().options, stage.options, "/pipeline/0/options", merged);
    }
  } catch (const Error&) {
  }
  return 0;
}
