// Pipeline configuration: {"pipeline": [{"name", "plugin", "options"}, ...]}.
#ifndef CADENA_CONFIG_HPP
#define CADENA_CONFIG_HPP

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace cadena {

struct StageConfig {
  std::string name;    // unique in the pipeline; defaults to the plugin's name
  std::string plugin;  // the registered stage factory
  nlohmann::json options = nlohmann::json::object();
};

struct PipelineConfig {
  std::string source;  // file name (or "<default pipeline>") used in messages
  std::vector<StageConfig> stages;
};

// Parses and checks the shape of a config; throws cadena::Error naming the
// source and the line/column or JSON pointer of the problem.
PipelineConfig parse_pipeline_config(std::string_view json_text, const std::string& source);
PipelineConfig load_pipeline_config(const std::string& path);
// The pipeline embedded in the library: all first-party stages, Spanish.
PipelineConfig default_pipeline_config();
std::string_view default_pipeline_json();

// Merges `user` onto `defaults` and checks each user option against the
// default's type: an unknown key or a value of another type is an error.
// `pointer` is the JSON pointer of `user` in the config, for messages.
// Returns "" when fine, else a message starting with the offending pointer.
std::string merge_options(const nlohmann::json& defaults, const nlohmann::json& user,
                          const std::string& pointer, nlohmann::json& merged);

}  // namespace cadena

#endif  // CADENA_CONFIG_HPP
