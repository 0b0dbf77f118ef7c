#include "side_plugins.hpp"

#include <dlfcn.h>
#include <emscripten/emscripten.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>

namespace cadena::web {

namespace {

struct Request {
  std::string url;
  Registry* registry;
  PluginLoaded done;
};

std::string str(cadena_str s) { return s.size ? std::string(s.data, s.size) : std::string(); }

// Writes the files a side module carries (CADENA_DATA_ENTRY_POINT) to a folder
// of its own; "" when it carries none. Throws on a path that would leave it.
// Each load gets a new folder, so that a refused second copy of a plugin
// cannot overwrite the data of the one in use.
std::string unpack_data(void* handle, const cadena_plugin_info& info) {
  static int unpacked = 0;
  auto files = reinterpret_cast<cadena_plugin_data_fn>(dlsym(handle, CADENA_DATA_ENTRY_POINT));
  if (!files || info.name.size == 0) return "";
  namespace fs = std::filesystem;
  fs::path dir = fs::path("/cadena/side-plugins") / std::to_string(++unpacked) / str(info.name);
  cadena_str path{}, bytes{};
  for (std::size_t i = 0; files(i, &path, &bytes); ++i) {
    fs::path relative = fs::path(str(path)).lexically_normal();
    if (relative.empty() || relative.is_absolute() || *relative.begin() == "..")
      throw std::runtime_error("its data file '" + str(path) + "' lies outside its data folder");
    fs::create_directories((dir / relative).parent_path());
    std::ofstream out(dir / relative, std::ios::binary);
    out.write(bytes.data, static_cast<std::streamsize>(bytes.size));
    if (!out) throw std::runtime_error("cannot write its data file " + (dir / relative).string());
  }
  return dir.string();
}

// Registers an opened side module, or says why it cannot be used.
void add_opened(void* handle, Request* r) {
  auto entry = reinterpret_cast<cadena_plugin_entry_fn>(dlsym(handle, CADENA_ENTRY_POINT));
  if (!entry) {
    std::string reason = std::string("not a Cadena plugin: no '") + CADENA_ENTRY_POINT + "' entry point";
    r->registry->reject(r->url, reason);
    return r->done(false, reason);
  }
  const cadena_plugin_info* info = entry();
  std::string data_dir;
  try {
    // Only a description the registry can read names the data folder.
    if (info && info->abi_major == CADENA_ABI_MAJOR) data_dir = unpack_data(handle, *info);
  } catch (const std::exception& e) {
    r->registry->reject(r->url, e.what());
    return r->done(false, e.what());
  }
  // Side modules stay loaded: nothing to keep alive.
  if (!r->registry->add(info, r->url, data_dir, nullptr))
    return r->done(false, r->registry->rejections().back().reason);
  r->done(true, "");
}

void refuse_unloadable(Request* r) {
  const char* why = dlerror();
  std::string reason = std::string("not a loadable WebAssembly side module: ") + (why ? why : "unknown error");
  r->registry->reject(r->url, reason);
  r->done(false, reason);
}

// Emscripten 3.1.6 calls back with (user data, handle), whatever its header says.
void loaded(void* user_data, void* handle) {
  std::unique_ptr<Request> r(static_cast<Request*>(user_data));
  add_opened(handle, r.get());
}

void failed(void* user_data) {
  std::unique_ptr<Request> r(static_cast<Request*>(user_data));
  refuse_unloadable(r.get());
}

}  // namespace

void load_side_plugin(const std::string& url, Registry& registry, PluginLoaded done) {
  auto* request = new Request{url, &registry, std::move(done)};
  emscripten_dlopen(url.c_str(), RTLD_NOW | RTLD_LOCAL, request, reinterpret_cast<em_dlopen_callback>(&loaded),
                    &failed);
}

void load_side_plugin_bytes(const std::string& name, std::string_view bytes, Registry& registry, PluginLoaded done) {
  static int loaded_count = 0;
  Request request{name, &registry, std::move(done)};
  // A fresh file name each time: dlopen would hand back an open module by name.
  std::filesystem::create_directories("/cadena/side-modules");
  std::string path = "/cadena/side-modules/" + std::to_string(++loaded_count) + ".wasm";
  std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle) return refuse_unloadable(&request);
  add_opened(handle, &request);
}

}  // namespace cadena::web
