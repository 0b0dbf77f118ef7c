// The WebAssembly module's C interface, wrapped by web/cadena.js. The same
// core and the same plugin sources as the CLI; plugins are linked in and
// registered from the generated table, their data preloaded under
// /cadena/plugins; third-party plugins are loaded later as side modules
// (side_plugins.hpp). Strings returned stay valid until the next call.
#include <cadena/error.hpp>
#include <cadena/input_record.hpp>
#include <cadena/json_output.hpp>
#include <cadena/pipeline.hpp>
#include <cadena/static_plugins.hpp>
#include <emscripten/emscripten.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "side_plugins.hpp"

namespace {

// Grows as side modules are loaded; pipelines keep copies of their factories.
cadena::Registry& registry() {
  static cadena::Registry r = [] {
    cadena::Registry built;
    cadena::register_static_plugins(built, "/cadena/plugins");
    return built;
  }();
  return r;
}

std::map<int, std::unique_ptr<cadena::Pipeline>> pipelines;
int next_handle = 1;
std::string last_error;
std::string last_result;
std::string last_timings;
std::string last_plugins;

const char* fail(std::string message) {
  last_error = std::move(message);
  return nullptr;
}

// Tells JavaScript that load `request` ended: Module.cadenaPluginLoaded(request, ok, message).
cadena::web::PluginLoaded answer(int request) {
  return [request](bool ok, const std::string& message) {
    EM_ASM({ Module["cadenaPluginLoaded"]($0, $1, UTF8ToString($2)); }, request, ok, message.c_str());
  };
}

}  // namespace

extern "C" {

// Builds a pipeline from a JSON config ("" for the embedded default). Returns
// a handle, or 0 with the reason in cadena_error().
EMSCRIPTEN_KEEPALIVE int cadena_create(const char* config_json) {
  try {
    std::string_view json = config_json ? config_json : "";
    cadena::PipelineConfig config = json.empty() ? cadena::default_pipeline_config()
                                                 : cadena::parse_pipeline_config(json, "config");
    pipelines[next_handle] = std::make_unique<cadena::Pipeline>(config, registry());
    return next_handle++;
  } catch (const std::exception& e) {
    last_error = e.what();
    return 0;
  }
}

EMSCRIPTEN_KEEPALIVE void cadena_destroy(int handle) { pipelines.erase(handle); }

// Runs a pipeline over one document given as a JSON record {"text", "id"?,
// "date"?, "lang"?, "format"?, "type"?}. Returns the cadena.doc/1 JSON, or
// null with the reason in cadena_error().
EMSCRIPTEN_KEEPALIVE const char* cadena_run(int handle, const char* record_json) {
  auto it = pipelines.find(handle);
  if (it == pipelines.end()) return fail("no pipeline with handle " + std::to_string(handle));
  nlohmann::json record = nlohmann::json::parse(record_json ? record_json : "", nullptr, false);
  if (record.is_discarded()) return fail("the document record is not valid JSON");
  std::string error;
  cadena::RecordDefaults defaults;
  defaults.id = "document";
  std::unique_ptr<cadena::Document> doc = cadena::document_from_record(record, defaults, error);
  if (!doc) return fail(error);
  error = it->second->process(*doc);
  nlohmann::json timings = nlohmann::json::array();
  for (const auto& t : doc->timings) timings.push_back({{"stage", t.stage}, {"ms", t.milliseconds}});
  last_timings = timings.dump();
  if (!error.empty()) return fail(error);
  last_result.clear();
  cadena::append_json(*doc, last_result);
  return last_result.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* cadena_error() { return last_error.c_str(); }

// [{"stage": name, "ms": time}] of the last run.
EMSCRIPTEN_KEEPALIVE const char* cadena_timings() { return last_timings.c_str(); }

EMSCRIPTEN_KEEPALIVE const char* cadena_default_config() {
  static const std::string json(cadena::default_pipeline_json());
  return json.c_str();
}

// The plugins, linked-in and loaded, and their stages, for the demo page's
// stage toggles.
EMSCRIPTEN_KEEPALIVE const char* cadena_plugins() {
  last_plugins = [] {
    nlohmann::json out = nlohmann::json::array();
    for (const cadena::PluginRecord& p : registry().plugins()) {
      nlohmann::json stages = nlohmann::json::array();
      for (const std::string& s : p.stages) {
        const cadena::StageFactory* f = registry().find(s);
        stages.push_back({{"name", s}, {"description", f->description}, {"needs", f->needs},
                          {"writes", f->writes}, {"options", f->defaults}});
      }
      out.push_back({{"name", p.name}, {"version", p.version}, {"license", p.license},
                     {"description", p.description}, {"stages", stages}});
    }
    return out.dump();
  }();
  return last_plugins.c_str();
}

// Starts loading the side module at `path`, a URL path on the page's own
// server ("plugins/x.wasm", "/plugins/x.wasm"); answers later.
EMSCRIPTEN_KEEPALIVE void cadena_load_plugin(const char* path, int request) {
  cadena::web::load_side_plugin(path ? path : "", registry(), answer(request));
}

// Loads a side module from `size` bytes at `bytes` (the caller frees them);
// `name` is for messages. Answers before it returns.
EMSCRIPTEN_KEEPALIVE void cadena_load_plugin_bytes(const char* name, const char* bytes, int size, int request) {
  cadena::web::load_side_plugin_bytes(name ? name : "", std::string_view(bytes, static_cast<std::size_t>(size)),
                                      registry(), answer(request));
}

}  // extern "C"
