#include "pipeline_info.hpp"

#include <set>

namespace cadena::cli::serve {

nlohmann::json describe_pipeline(const PipelineConfig& config, const Pipeline& pipeline, const Registry& registry) {
  nlohmann::json stages = nlohmann::json::array();
  std::set<std::string> used_plugins;
  std::vector<StageDescription> described = pipeline.describe();
  for (std::size_t i = 0; i < described.size(); ++i) {
    const StageDescription& d = described[i];
    nlohmann::json options = nlohmann::json::object();
    std::string kind;  // the stage factory the config named, as `cadena plugins` lists it
    // describe() follows the config's order; the Pipeline already merged and
    // checked these options once, so merging again cannot fail.
    if (i < config.stages.size()) {
      kind = config.stages[i].plugin;
      if (const StageFactory* f = registry.find(kind)) merge_options(f->defaults, config.stages[i].options, "", options);
    }
    stages.push_back({{"name", d.name}, {"stage", kind}, {"plugin", d.plugin}, {"needs", d.needs},
                      {"writes", d.writes}, {"options", options}});
    used_plugins.insert(d.plugin);
  }
  nlohmann::json plugins = nlohmann::json::array();
  for (const PluginRecord& p : registry.plugins()) {
    if (!used_plugins.count(p.name)) continue;
    plugins.push_back(
        {{"name", p.name}, {"version", p.version}, {"license", p.license}, {"description", p.description}});
  }
  return {{"config", config.source}, {"stages", stages}, {"plugins", plugins}};
}

}  // namespace cadena::cli::serve
