// Plugins linked into the executable (the WebAssembly build): a CMake-generated
// table calls each plugin's entry point. No self-registering static objects,
// which the linker would drop from a static library.
#ifndef CADENA_STATIC_PLUGINS_HPP
#define CADENA_STATIC_PLUGINS_HPP

#include <cadena/registry.hpp>

#include <string>

namespace cadena {

// Adds every linked-in plugin to `registry`, with the same checks as a loaded
// one; plugin NAME's data is expected in `data_root`/NAME.
void register_static_plugins(Registry& registry, const std::string& data_root);

}  // namespace cadena

#endif  // CADENA_STATIC_PLUGINS_HPP
