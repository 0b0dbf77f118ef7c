// Which plugins the host knows, which stage factories they provide, and which
// plugins it refused and why. Plugins reach the registry either from shared
// libraries (loader.hpp) or, in a static build, from a generated table; the
// checks are the same either way.
#ifndef CADENA_REGISTRY_HPP
#define CADENA_REGISTRY_HPP

#include <cadena/abi.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace cadena {

struct PluginRecord {
  std::string name;
  std::string version;
  std::string license;
  std::string description;
  std::string path;  // the shared library, or "(built in)"
  int abi_major = 0;
  int abi_minor = 0;
  std::vector<std::string> stages;
};

struct Rejection {
  std::string path;
  std::string reason;
};

// A kind of stage, as a plugin described it. Holds the plugin's library alive.
struct StageFactory {
  std::string name;
  std::string description;
  nlohmann::json defaults;  // also the schema the user's options are checked against
  std::vector<std::string> needs;             // required: an earlier stage must write each
  std::vector<std::string> reads_if_present;  // read when an earlier stage wrote them (ABI 1.1)
  std::vector<std::string> writes;
  std::string data_dir;
  std::string data_dir_sought;  // where the host looked for data_dir, for error messages
  std::string plugin;  // PluginRecord::name
  cadena_stage* (*create)(const cadena_create_args*) = nullptr;
  void (*destroy)(cadena_stage*) = nullptr;
  cadena_status (*process)(const cadena_stage*, cadena_doc*, const cadena_host*) = nullptr;
  std::shared_ptr<const void> library;  // keeps the code above loaded
};

class Registry {
 public:
  // Checks a plugin's description (ABI version, struct sizes, factories,
  // duplicate names) and adds it; on refusal records a Rejection and returns
  // false. `library` keeps the plugin's code loaded while anything made from
  // it lives; `data_dir` is where its data files are ("" if none);
  // `data_dir_sought` where the host looked for them ("" = same as data_dir).
  bool add(const cadena_plugin_info* info, const std::string& path, const std::string& data_dir,
           std::shared_ptr<const void> library, const std::string& data_dir_sought = "");
  void reject(std::string path, std::string reason);

  const StageFactory* find(std::string_view stage) const;
  std::vector<std::string> stage_names() const;
  const std::vector<PluginRecord>& plugins() const { return plugins_; }
  const std::vector<Rejection>& rejections() const { return rejections_; }

 private:
  std::vector<PluginRecord> plugins_;
  std::vector<std::shared_ptr<const StageFactory>> factories_;
  std::vector<Rejection> rejections_;
};

// Splits "a, b,c" into {"a","b","c"}.
std::vector<std::string> split_layer_list(std::string_view list);

}  // namespace cadena

#endif  // CADENA_REGISTRY_HPP
