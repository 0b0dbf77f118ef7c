// GET /v1/pipeline: what the service runs, so that a client can tell which
// stages, options and plugin versions produced its output.
#ifndef CADENA_CLI_SERVE_PIPELINE_INFO_HPP
#define CADENA_CLI_SERVE_PIPELINE_INFO_HPP

#include <cadena/config.hpp>
#include <cadena/pipeline.hpp>
#include <cadena/registry.hpp>

#include <nlohmann/json.hpp>

namespace cadena::cli::serve {

// {"config", "stages": [{"name", "stage", "plugin", "needs", "writes", "options"}],
//  "plugins": [{"name", "version", "license", "description"}]}; each stage's
// options are its plugin's defaults merged with the config's.
nlohmann::json describe_pipeline(const PipelineConfig& config, const Pipeline& pipeline, const Registry& registry);

}  // namespace cadena::cli::serve

#endif  // CADENA_CLI_SERVE_PIPELINE_INFO_HPP
