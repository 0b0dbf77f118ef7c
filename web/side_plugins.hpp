// Third-party plugins loaded at run time as WebAssembly side modules (the
// module is a -sMAIN_MODULE=2 host). The browser's counterpart of the native
// loader (cadena/loader.hpp): the same Registry checks, the same refusals.
#ifndef CADENA_WEB_SIDE_PLUGINS_HPP
#define CADENA_WEB_SIDE_PLUGINS_HPP

#include <cadena/registry.hpp>

#include <functional>
#include <string>
#include <string_view>

namespace cadena::web {

// Called once when a load ends: ok, or why the plugin could not be used.
using PluginLoaded = std::function<void(bool ok, const std::string& message)>;

// Fetches the side module at `url` asynchronously (emscripten_dlopen), unpacks
// the data files it carries into /cadena/side-plugins/<n>/<name>/ and adds it to
// `registry`. `done` runs later, from the browser's event loop. Emscripten
// 3.1.6 passes the URL through a file-path normalization that turns "//" into
// "/": give it a path ("plugins/x.wasm", "/plugins/x.wasm"), not "http://…"
// or "blob:…".
void load_side_plugin(const std::string& url, Registry& registry, PluginLoaded done);

// The same for a side module already in memory (a picked file, or one fetched
// from another origin): written to the in-memory file system and opened with
// dlopen, synchronously, which a worker may do. `name` is what refusals show.
void load_side_plugin_bytes(const std::string& name, std::string_view bytes, Registry& registry, PluginLoaded done);

}  // namespace cadena::web

#endif  // CADENA_WEB_SIDE_PLUGINS_HPP
