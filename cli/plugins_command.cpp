#include <cadena/abi.h>
#include <cadena/loader.hpp>

#include <iostream>

#include "commands.hpp"

namespace cadena::cli {

namespace {

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out.empty() ? "-" : out;
}

}  // namespace

Registry load_registry(const std::vector<std::string>& plugin_path, bool warn_rejections) {
  Registry registry;
  load_plugins(plugin_search_path(plugin_path), registry);
  if (warn_rejections)
    for (const Rejection& r : registry.rejections())
      std::cerr << "cadena: warning: plugin refused: " << r.path << ": " << r.reason << "\n";
  return registry;
}

int plugins_command(const std::vector<std::string>& plugin_path) {
  std::vector<std::string> dirs = plugin_search_path(plugin_path);
  Registry registry;
  load_plugins(dirs, registry);
  std::cout << "Plugin search path:\n";
  for (const auto& d : dirs) std::cout << "  " << d << "\n";
  std::cout << "\nPlugins (" << registry.plugins().size() << "):\n";
  for (const PluginRecord& p : registry.plugins()) {
    std::cout << "  " << p.name << " " << p.version << "  ABI " << p.abi_major << "." << p.abi_minor
              << "  license " << p.license << "\n"
              << "    " << p.description << "\n"
              << "    " << p.path << "\n";
    for (const std::string& s : p.stages) {
      const StageFactory* f = registry.find(s);
      std::cout << "    stage " << s << ": needs " << join(f->needs);
      if (!f->reads_if_present.empty()) std::cout << "; reads if present " << join(f->reads_if_present);
      std::cout << "; writes " << join(f->writes)
                << "; options " << f->defaults.dump() << "\n";
    }
  }
  if (!registry.rejections().empty()) {
    std::cout << "\nRefused (" << registry.rejections().size() << "):\n";
    for (const Rejection& r : registry.rejections()) std::cout << "  " << r.path << "\n    " << r.reason << "\n";
  }
  return 0;
}

}  // namespace cadena::cli
