#include <cadena/error.hpp>
#include <cadena/pipeline.hpp>

#include <algorithm>
#include <chrono>
#include <map>

#include "host.hpp"

namespace cadena {

// One configured stage: the plugin's instance handle plus what the host needs
// to call it. Keeps the plugin's library loaded until the handle is destroyed.
class StageInstance {
 public:
  StageInstance(const StageConfig& config, const StageFactory& factory, const std::string& options_json,
                const std::string& where)
      : name_(config.name), factory_(factory) {
    for (const auto* list : {&factory_.needs, &factory_.reads_if_present, &factory_.writes})
      readable_.insert(readable_.end(), list->begin(), list->end());
    struct Sink {
      std::string message;
      static void report(void* ctx, cadena_str m) {
        static_cast<Sink*>(ctx)->message.assign(m.data ? m.data : "", m.size);
      }
    } sink;
    cadena_create_args args{};
    args.struct_size = sizeof(args);
    args.stage_name = cadena_str{name_.data(), name_.size()};
    args.options_json = cadena_str{options_json.data(), options_json.size()};
    args.data_dir = cadena_str{factory_.data_dir.data(), factory_.data_dir.size()};
    args.data_dir_sought = cadena_str{factory_.data_dir_sought.data(), factory_.data_dir_sought.size()};
    args.error_context = &sink;
    args.error = &Sink::report;
    handle_ = factory_.create(&args);
    if (!handle_) {
      std::string m = sink.message.empty() ? "the plugin could not build the stage" : sink.message;
      // An OptionError already starts with "/options/...": make it a full pointer.
      throw Error(m.rfind("/options", 0) == 0 ? where + m : where + ": " + m);
    }
  }
  ~StageInstance() { factory_.destroy(handle_); }
  StageInstance(const StageInstance&) = delete;
  StageInstance& operator=(const StageInstance&) = delete;

  std::string process(Document& doc) const {
    cadena_doc call{&doc, &name_, &factory_.writes, &readable_, {}, {}};
    cadena_status status = factory_.process(handle_, &call, &host_table());
    if (status == CADENA_OK && call.error.empty()) return "";
    return "stage '" + name_ + "': " + (call.error.empty() ? "failed without a message" : call.error);
  }

  const std::string& name() const { return name_; }
  const StageFactory& factory() const { return factory_; }

 private:
  std::string name_;
  StageFactory factory_;  // a copy: holds the library alive
  std::vector<std::string> readable_;  // the layers process() may read
  cadena_stage* handle_ = nullptr;
};

namespace {

std::string did_you_mean(const std::string& wanted, const std::vector<std::string>& known) {
  std::string list;
  for (const std::string& k : known) list += (list.empty() ? "" : ", ") + k;
  return list.empty() ? " (no plugins were found: see `cadena plugins`)" : " (known stages: " + list + ")";
}

}  // namespace

Pipeline::Pipeline(const PipelineConfig& config, const Registry& registry) {
  // Which stage wrote each layer so far, to check the order before anything runs.
  std::map<std::string, std::string> written_by;
  for (std::size_t i = 0; i < config.stages.size(); ++i) {
    const StageConfig& sc = config.stages[i];
    // Messages read "config.json: stage 'split': /pipeline/1/options/x: ...".
    std::string where = config.source + ": stage '" + sc.name + "': /pipeline/" + std::to_string(i);
    const StageFactory* factory = registry.find(sc.plugin);
    if (!factory)
      throw Error(where + "/plugin: unknown plugin '" + sc.plugin + "'" + did_you_mean(sc.plugin, registry.stage_names()));
    for (const std::string& need : factory->needs) {
      if (!written_by.count(need))
        throw Error(where + ": needs layer '" + need +
                    "', which no earlier stage writes; put a stage that writes it before this one");
    }
    for (const std::string& w : factory->writes) {
      auto it = written_by.find(w);
      if (it != written_by.end())
        throw Error(where + ": writes layer '" + w + "', already written by stage '" +
                    it->second + "'");
      if (w == "text" && !written_by.empty()) {
        const auto& [layer, stage] = *written_by.begin();
        throw Error(where + ": replaces the text, so it must come before stage '" + stage + "', which writes layer '" +
                    layer + "'");
      }
    }
    nlohmann::json merged;
    std::string problem = merge_options(factory->defaults, sc.options, "/options", merged);
    if (!problem.empty()) throw Error(where + problem);
    stages_.push_back(std::make_unique<StageInstance>(sc, *factory, merged.dump(), where));
    for (const std::string& w : factory->writes) written_by[w] = sc.name;
  }
}

Pipeline::~Pipeline() = default;
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;

std::string Pipeline::process(Document& doc) const {
  doc.timings.clear();
  for (const auto& stage : stages_) {
    auto start = std::chrono::steady_clock::now();
    std::string error = stage->process(doc);
    std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
    doc.timings.push_back(StageTiming{stage->name(), took.count()});
    if (!error.empty()) return error;
  }
  return "";
}

std::vector<StageDescription> Pipeline::describe() const {
  std::vector<StageDescription> out;
  for (const auto& s : stages_)
    out.push_back(StageDescription{s->name(), s->factory().plugin, s->factory().needs, s->factory().writes});
  return out;
}

}  // namespace cadena
