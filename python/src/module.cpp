// The extension module `cadena._cadena`: the core library and the plugin
// loader as the pure-Python package (python/cadena) uses them. The names
// users see are defined there; this layer stays small and private.
#include <cadena/config.hpp>
#include <cadena/corpus_summary.hpp>
#include <cadena/entity_index.hpp>
#include <cadena/error.hpp>
#include <cadena/loader.hpp>

#include <pybind11/stl.h>

#include <optional>

#include "native.hpp"
#include "stream.hpp"

namespace py = pybind11;

namespace cadena::python {

namespace {

Registry load_registry(const std::vector<std::string>& plugin_path, const std::string& installed_dir) {
  Registry registry;
  load_plugins(plugin_search_path(plugin_path, installed_dir), registry);
  return registry;
}

// config_path or config_json (from a dict; `source` names it in messages) or
// neither for the embedded default pipeline. Throws cadena::Error.
std::shared_ptr<const PipelineHandle> build(const std::optional<std::string>& config_path,
                                            const std::optional<std::string>& config_json,
                                            const std::string& source,
                                            const std::vector<std::string>& plugin_path,
                                            const std::string& installed_dir) {
  auto handle = std::make_shared<PipelineHandle>();
  PipelineConfig config;
  {
    py::gil_scoped_release release;  // loading plugins reads their models
    handle->registry = load_registry(plugin_path, installed_dir);
    config = config_path    ? load_pipeline_config(*config_path)
             : config_json ? parse_pipeline_config(*config_json, source)
                           : default_pipeline_config();
    handle->pipeline = std::make_unique<Pipeline>(config, handle->registry);
  }
  return handle;
}

struct NativePipeline {
  std::shared_ptr<const PipelineHandle> handle;

  std::vector<std::pair<std::string, std::string>> rejections() const {
    std::vector<std::pair<std::string, std::string>> out;
    for (const Rejection& r : handle->registry.rejections()) out.emplace_back(r.path, r.reason);
    return out;
  }

  std::shared_ptr<DocResult> process(py::handle input, const std::string& default_id) const {
    RunItem item;
    fill_item(input, default_id, item);
    {
      py::gil_scoped_release release;
      Runner(*handle->pipeline, RunnerOptions{1, 0, {}}).process(item);
    }
    return take_result(handle, item);
  }
};

py::list plugins(const std::vector<std::string>& plugin_path, const std::string& installed_dir) {
  std::vector<std::string> dirs = plugin_search_path(plugin_path, installed_dir);
  Registry registry;
  {
    py::gil_scoped_release release;
    load_plugins(dirs, registry);
  }
  py::list out;
  for (const PluginRecord& p : registry.plugins()) {
    py::dict d;
    d["name"] = p.name;
    d["version"] = p.version;
    d["license"] = p.license;
    d["description"] = p.description;
    d["path"] = p.path;
    d["stages"] = p.stages;
    d["loaded"] = true;
    d["reason"] = py::none();
    out.append(d);
  }
  for (const Rejection& r : registry.rejections()) {
    py::dict d;
    d["name"] = py::none();
    d["version"] = py::none();
    d["license"] = py::none();
    d["description"] = py::none();
    d["path"] = r.path;
    d["stages"] = py::list();
    d["loaded"] = false;
    d["reason"] = r.reason;
    out.append(d);
  }
  return out;
}

const Document& processed(const DocResult& result) {
  if (!result.doc) throw py::value_error("document '" + result.where + "' was not processed");
  return *result.doc;
}

// The corpus summary of a stream of documents, and the pipeline that made
// them (whose registry holds the summarizer's data).
struct NativeCorpusSummary {
  std::shared_ptr<const PipelineHandle> handle;
  std::unique_ptr<CorpusSummary> summary;

  NativeCorpusSummary(std::shared_ptr<const PipelineHandle> h, std::size_t max_documents)
      : handle(std::move(h)), summary(std::make_unique<CorpusSummary>(handle->registry, *handle->pipeline, max_documents)) {}
};

std::optional<std::string> optional_str(const std::string& s) {
  return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

}  // namespace

}  // namespace cadena::python

PYBIND11_MODULE(_cadena, m) {
  using namespace cadena::python;
  using cadena::Document;
  m.doc() = "The Cadena core library (private: use the package `cadena`).";
  m.attr("__version__") = CADENA_VERSION;
  py::register_exception<cadena::Error>(m, "CoreError", PyExc_ValueError);

  py::class_<DocResult, std::shared_ptr<DocResult>>(m, "DocResult")
      .def_property_readonly("ok", [](const DocResult& r) { return r.error.empty(); })
      .def_readonly("error", &DocResult::error)
      .def_readonly("where", &DocResult::where)
      .def_property_readonly("json", [](const DocResult& r) { return r.json; })
      .def_property_readonly("id", [](const DocResult& r) { return processed(r).id; })
      .def_property_readonly("lang", [](const DocResult& r) { return processed(r).lang; })
      .def_property_readonly("date", [](const DocResult& r) { return optional_str(processed(r).date); })
      .def_property_readonly("type", [](const DocResult& r) { return processed(r).type; })
      .def_property_readonly("text", [](const DocResult& r) { return std::string(processed(r).text()); })
      .def("same_pipeline", [](const DocResult& a, const DocResult& b) { return a.handle == b.handle; });

  py::class_<NativePipeline>(m, "Pipeline")
      .def(py::init([](std::optional<std::string> config_path, std::optional<std::string> config_json,
                       const std::string& source, const std::vector<std::string>& plugin_path,
                       const std::string& installed_dir) {
             return NativePipeline{build(config_path, config_json, source, plugin_path, installed_dir)};
           }),
           py::arg("config_path"), py::arg("config_json"), py::arg("source"), py::arg("plugin_path"),
           py::arg("installed_dir"))
      .def("rejections", &NativePipeline::rejections)
      .def("stages",
           [](const NativePipeline& p) {
             std::vector<std::string> names;
             for (const auto& s : p.handle->pipeline->describe()) names.push_back(s.name);
             return names;
           })
      .def("process", &NativePipeline::process, py::arg("input"), py::arg("default_id"))
      .def("pipe",
           [](const NativePipeline& p, py::object items, unsigned threads) {
             return std::make_unique<Stream>(p.handle, std::move(items), threads);
           },
           py::arg("items"), py::arg("threads"));

  py::class_<Stream>(m, "Stream")
      .def("__iter__", [](py::object self) { return self; })
      .def("__next__", &Stream::next)
      .def("close", &Stream::close);

  py::class_<cadena::EntityIndex>(m, "EntityIndex")
      .def(py::init<>())
      .def("add", [](cadena::EntityIndex& index, const DocResult& r) { index.add(processed(r)); })
      .def("to_json", [](const cadena::EntityIndex& index) { return index.to_json().dump(); });

  py::class_<NativeCorpusSummary>(m, "CorpusSummary")
      .def(py::init([](const DocResult& first, std::size_t max_documents) {
             return std::make_unique<NativeCorpusSummary>(first.handle, max_documents);
           }))
      .def("add",
           [](NativeCorpusSummary& s, const DocResult& r) {
             if (r.handle != s.handle)
               throw py::value_error("document '" + r.where + "' was made by another Pipeline than the first");
             s.summary->add(processed(r));
           })
      .def("to_json", [](const NativeCorpusSummary& s) {
        std::vector<std::string> notes;
        std::string json;
        {
          py::gil_scoped_release release;
          json = s.summary->to_json(&notes).dump();
        }
        return std::make_pair(json, notes);
      });

  m.def("plugins", &plugins, py::arg("plugin_path"), py::arg("installed_dir"));
}
