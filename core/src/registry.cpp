#include <cadena/registry.hpp>

#include <algorithm>
#include <cstddef>

namespace cadena {

namespace {

std::string str(cadena_str s) { return s.size ? std::string(s.data, s.size) : std::string(); }

std::string abi(int major, int minor) { return std::to_string(major) + "." + std::to_string(minor); }

// The oldest struct layouts this host can read: ABI 1.0.
constexpr std::size_t kMinInfoSize = offsetof(cadena_plugin_info, reserved);
constexpr std::size_t kMinFactorySize = offsetof(cadena_stage_factory, reads_if_present);
// 1.1 put `reads_if_present` where two of the 1.0 reserved pointers were.
static_assert(sizeof(cadena_str) == 2 * sizeof(void*), "reads_if_present fills two reserved slots");
constexpr std::size_t kFactorySize_1_1 = offsetof(cadena_stage_factory, reserved);

// Why a factory description cannot be used, or "" if it can.
std::string check_factory(const cadena_stage_factory& f, nlohmann::json& defaults) {
  if (f.struct_size < kMinFactorySize)
    return "stage factory struct is " + std::to_string(f.struct_size) + " bytes, expected at least " +
           std::to_string(kMinFactorySize);
  if (f.name.size == 0) return "a stage factory has no name";
  std::string name = str(f.name);
  if (!f.create || !f.destroy || !f.process) return "stage '" + name + "' lacks a create, destroy or process function";
  std::string text = f.default_options.size ? str(f.default_options) : "{}";
  defaults = nlohmann::json::parse(text, nullptr, false);
  if (defaults.is_discarded() || !defaults.is_object())
    return "stage '" + name + "': default options are not a JSON object";
  return "";
}

}  // namespace

std::vector<std::string> split_layer_list(std::string_view list) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= list.size()) {
    std::size_t comma = list.find(',', pos);
    if (comma == std::string_view::npos) comma = list.size();
    std::string_view item = list.substr(pos, comma - pos);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) out.emplace_back(item);
    pos = comma + 1;
  }
  return out;
}

void Registry::reject(std::string path, std::string reason) {
  rejections_.push_back(Rejection{std::move(path), std::move(reason)});
}

bool Registry::add(const cadena_plugin_info* info, const std::string& path, const std::string& data_dir,
                   std::shared_ptr<const void> library, const std::string& data_dir_sought) {
  if (!info) {
    reject(path, "its entry point returned no plugin description");
    return false;
  }
  // Read only the version fields before trusting anything else in the struct.
  if (info->abi_major != CADENA_ABI_MAJOR) {
    reject(path, "built for plugin ABI " + abi(info->abi_major, info->abi_minor) +
                     ", this Cadena speaks ABI " + abi(CADENA_ABI_MAJOR, CADENA_ABI_MINOR) +
                     " (another major version: rebuild the plugin against this Cadena's SDK)");
    return false;
  }
  if (info->abi_minor > CADENA_ABI_MINOR) {
    reject(path, "built for plugin ABI " + abi(info->abi_major, info->abi_minor) +
                     ", newer than this Cadena's ABI " + abi(CADENA_ABI_MAJOR, CADENA_ABI_MINOR) +
                     " (upgrade Cadena or rebuild the plugin against the older SDK)");
    return false;
  }
  if (info->struct_size < kMinInfoSize) {
    reject(path, "plugin description is " + std::to_string(info->struct_size) +
                     " bytes, expected at least " + std::to_string(kMinInfoSize));
    return false;
  }
  std::string name = str(info->name);
  if (name.empty()) {
    reject(path, "the plugin has no name");
    return false;
  }
  for (const PluginRecord& p : plugins_) {
    if (p.name == name) {
      reject(path, "duplicate plugin name '" + name + "', already loaded from " + p.path);
      return false;
    }
  }
  if (info->factory_count == 0 || !info->factories) {
    reject(path, "plugin '" + name + "' provides no stages");
    return false;
  }

  PluginRecord record{name, str(info->version), str(info->license), str(info->description), path,
                      info->abi_major, info->abi_minor, {}};
  std::vector<std::shared_ptr<const StageFactory>> made;
  // Factories are an array of structs whose size the plugin states in each one.
  std::size_t stride = info->factories[0].struct_size;
  const char* base = reinterpret_cast<const char*>(info->factories);
  for (std::size_t i = 0; i < info->factory_count; ++i) {
    const auto& f = *reinterpret_cast<const cadena_stage_factory*>(base + i * stride);
    nlohmann::json defaults;
    std::string problem = check_factory(f, defaults);
    if (!problem.empty()) {
      reject(path, "plugin '" + name + "': " + problem);
      return false;
    }
    std::string stage = str(f.name);
    const StageFactory* other = find(stage);
    for (const auto& m : made)
      if (m->name == stage) other = m.get();
    if (other) {
      reject(path, "plugin '" + name + "': duplicate stage name '" + stage + "', already provided by plugin '" +
                       other->plugin + "'");
      return false;
    }
    auto factory = std::make_shared<StageFactory>();
    factory->name = stage;
    factory->description = str(f.description);
    factory->defaults = std::move(defaults);
    factory->needs = split_layer_list(str(f.needs));
    factory->writes = split_layer_list(str(f.writes));
    // A 1.0 plugin's reserved slots are not ours to read.
    if (info->abi_minor >= 1 && f.struct_size >= kFactorySize_1_1)
      factory->reads_if_present = split_layer_list(str(f.reads_if_present));
    factory->data_dir = data_dir;
    factory->data_dir_sought = data_dir_sought.empty() ? data_dir : data_dir_sought;
    factory->plugin = name;
    factory->create = f.create;
    factory->destroy = f.destroy;
    factory->process = f.process;
    factory->library = library;
    record.stages.push_back(stage);
    made.push_back(std::move(factory));
  }
  plugins_.push_back(std::move(record));
  factories_.insert(factories_.end(), made.begin(), made.end());
  return true;
}

const StageFactory* Registry::find(std::string_view stage) const {
  for (const auto& f : factories_)
    if (f->name == stage) return f.get();
  return nullptr;
}

std::vector<std::string> Registry::stage_names() const {
  std::vector<std::string> names;
  for (const auto& f : factories_) names.push_back(f->name);
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace cadena
