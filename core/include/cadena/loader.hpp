// Finding and loading plugin shared libraries (native builds only).
#ifndef CADENA_LOADER_HPP
#define CADENA_LOADER_HPP

#include <cadena/registry.hpp>

#include <string>
#include <vector>

namespace cadena {

// Where plugins are looked for, in order: the `explicit_dirs` (--plugin-path),
// then each entry of CADENA_PLUGIN_PATH (colon-separated), then the install
// location relative to the running executable (<exe dir>/../lib/cadena/plugins).
std::vector<std::string> plugin_search_path(const std::vector<std::string>& explicit_dirs);

// The same search path for a host that is not the cadena executable (the
// Python package, which carries the first-party plugins inside itself):
// `installed_dir` takes the place of the executable's install location, and is
// left out when it is not a folder.
std::vector<std::string> plugin_search_path(const std::vector<std::string>& explicit_dirs,
                                            const std::string& installed_dir);

// Loads every shared library (*.so) in `dirs` (not recursive; a file may also
// be named directly) into `registry`. Anything that is not a usable plugin is
// recorded as a Rejection with the reason; nothing is skipped silently.
void load_plugins(const std::vector<std::string>& dirs, Registry& registry);

}  // namespace cadena

#endif  // CADENA_LOADER_HPP
