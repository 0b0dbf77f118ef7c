// Loading a plugin runs its code (static initializers, then the entry point)
// inside our process, where a segfault or an exception thrown through dlopen
// cannot be recovered from. So each library is first loaded in a forked child;
// only if the child survives is it loaded for real.
#ifndef CADENA_PLUGIN_PROBE_HPP
#define CADENA_PLUGIN_PROBE_HPP

#include <string>

namespace cadena {

// "" when loading `path` and calling its entry point (if it has one) in a
// child process went through; otherwise what happened to the child ("crashed
// while loading: signal 11 (Segmentation fault)"). A library that fails to
// load or lacks an entry point passes: the caller's own load says why in
// detail. Also "" when the platform cannot fork.
std::string probe_plugin(const std::string& path);

}  // namespace cadena

#endif  // CADENA_PLUGIN_PROBE_HPP
