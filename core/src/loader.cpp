#include <cadena/loader.hpp>

#include <algorithm>
#include <boost/dll/import.hpp>
#include <boost/dll/runtime_symbol_info.hpp>
#include <boost/dll/shared_library.hpp>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <system_error>

#include "plugin_probe.hpp"

namespace fs = std::filesystem;

namespace cadena {

namespace {

using Entry = const cadena_plugin_info*();

// The one place that names Boost.DLL's import call: Boost 1.74 (Debian 12)
// calls it `import`, Boost 1.76 and later `import_symbol`. The returned
// function object keeps the library loaded for as long as it lives.
std::shared_ptr<const void> import_entry(const boost::dll::shared_library& lib,
                                         const cadena_plugin_info** info) {
#if BOOST_VERSION >= 107600
  auto entry = boost::dll::import_symbol<Entry>(lib, CADENA_ENTRY_POINT);
#else
  auto entry = boost::dll::import<Entry>(lib, CADENA_ENTRY_POINT);
#endif
  *info = entry();
  return std::make_shared<decltype(entry)>(std::move(entry));
}

bool is_shared_library(const fs::path& p) { return p.extension() == ".so"; }

void load_one(const fs::path& path, Registry& registry) {
  std::string where = path.string();
  std::string crashed = probe_plugin(where);
  if (!crashed.empty()) {
    registry.reject(where, crashed);
    return;
  }
  boost::dll::shared_library lib;
  try {
    lib.load(boost::dll::fs::path(where), boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
  } catch (const std::exception& e) {
    registry.reject(where, std::string("not a loadable shared library: ") + e.what());
    return;
  }
  if (!lib.has(CADENA_ENTRY_POINT)) {
    registry.reject(where, std::string("not a Cadena plugin: no '") + CADENA_ENTRY_POINT + "' entry point");
    return;
  }
  const cadena_plugin_info* info = nullptr;
  std::shared_ptr<const void> keep_alive;
  try {
    keep_alive = import_entry(lib, &info);
  } catch (const std::exception& e) {
    registry.reject(where, std::string("cannot call its entry point: ") + e.what());
    return;
  } catch (...) {
    registry.reject(where, "cannot call its entry point: it threw something other than a std::exception");
    return;
  }
  // A plugin's data lives in a folder named after it, beside the library.
  std::string data_dir, sought;
  if (info && info->abi_major == CADENA_ABI_MAJOR && info->name.size) {
    fs::path dir = path.parent_path() / std::string(info->name.data, info->name.size);
    std::error_code ec;
    sought = dir.string();
    if (fs::is_directory(dir, ec)) data_dir = sought;
  }
  registry.add(info, where, data_dir, std::move(keep_alive), sought);
}

}  // namespace

std::vector<std::string> plugin_search_path(const std::vector<std::string>& explicit_dirs,
                                            const std::string& installed_dir) {
  std::vector<std::string> dirs = explicit_dirs;
  if (const char* env = std::getenv("CADENA_PLUGIN_PATH")) {
    std::string list = env;
    std::size_t pos = 0;
    while (pos <= list.size()) {
      std::size_t colon = list.find(':', pos);
      if (colon == std::string::npos) colon = list.size();
      if (colon > pos) dirs.push_back(list.substr(pos, colon - pos));
      pos = colon + 1;
    }
  }
  std::error_code ec;
  if (!installed_dir.empty() && fs::is_directory(installed_dir, ec)) dirs.push_back(installed_dir);
  return dirs;
}

std::vector<std::string> plugin_search_path(const std::vector<std::string>& explicit_dirs) {
  std::error_code ec;
  fs::path exe = fs::canonical("/proc/self/exe", ec);
  std::string installed;
  if (!ec) installed = (exe.parent_path().parent_path() / "lib" / "cadena" / "plugins").string();
  return plugin_search_path(explicit_dirs, installed);
}

void load_plugins(const std::vector<std::string>& dirs, Registry& registry) {
  std::set<fs::path> seen;  // the same folder may be named twice (flag and environment)
  for (const std::string& d : dirs) {
    std::error_code ec;
    fs::path dir(d);
    if (fs::is_regular_file(dir, ec)) {
      fs::path canon = fs::weakly_canonical(dir, ec);
      if (seen.insert(canon).second) load_one(dir, registry);
      continue;
    }
    if (!fs::is_directory(dir, ec)) {
      registry.reject(d, "plugin path is not a folder or a file");
      continue;
    }
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir, ec))
      if (entry.is_regular_file(ec) && is_shared_library(entry.path())) files.push_back(entry.path());
    std::sort(files.begin(), files.end());  // a stable order makes duplicate reports stable
    for (const fs::path& f : files) {
      fs::path canon = fs::weakly_canonical(f, ec);
      if (seen.insert(canon).second) load_one(f, registry);
    }
  }
}

}  // namespace cadena
