#include <cadena/config.hpp>
#include <cadena/error.hpp>

#include <fstream>
#include <set>
#include <sstream>

namespace cadena {

namespace {

std::string type_name(const nlohmann::json& v) {
  switch (v.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::boolean: return "a boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned: return "an integer";
    case nlohmann::json::value_t::number_float: return "a number";
    case nlohmann::json::value_t::string: return "a string";
    case nlohmann::json::value_t::array: return "an array";
    case nlohmann::json::value_t::object: return "an object";
    default: return "a value";
  }
}

// A value is acceptable where the default is: same JSON type, except that an
// integer may stand where the default is a non-integral number, and a null
// default accepts anything.
bool same_kind(const nlohmann::json& def, const nlohmann::json& v) {
  if (def.is_null()) return true;
  if (def.is_number_float()) return v.is_number();
  if (def.is_number_integer() || def.is_number_unsigned()) return v.is_number_integer() || v.is_number_unsigned();
  return def.type() == v.type();
}

std::string shown(const nlohmann::json& v) {
  std::string s = v.dump();
  return s.size() > 60 ? s.substr(0, 57) + "..." : s;
}

std::string escape_pointer_token(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

// "line L, column C" of a byte offset, for parse errors.
std::string line_column(std::string_view text, std::size_t offset) {
  std::size_t line = 1, col = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(col);
}

std::string require_string(const nlohmann::json& stage, const char* key, const std::string& pointer,
                           const std::string& source, bool required) {
  auto it = stage.find(key);
  if (it == stage.end()) {
    if (required) throw Error(source + ": " + pointer + ": missing \"" + key + "\" (a string)");
    return "";
  }
  if (!it->is_string() || it->get<std::string>().empty())
    throw Error(source + ": " + pointer + "/" + key + ": expected a non-empty string, got " + shown(*it));
  return it->get<std::string>();
}

}  // namespace

std::string merge_options(const nlohmann::json& defaults, const nlohmann::json& user, const std::string& pointer,
                          nlohmann::json& merged) {
  if (!user.is_object()) return pointer + ": expected an object, got " + shown(user);
  merged = defaults;
  for (auto it = user.begin(); it != user.end(); ++it) {
    std::string at = pointer + "/" + escape_pointer_token(it.key());
    auto def = defaults.find(it.key());
    if (def == defaults.end()) {
      std::string known;
      for (auto d = defaults.begin(); d != defaults.end(); ++d) known += (known.empty() ? "" : ", ") + d.key();
      return at + ": unknown option" + (known.empty() ? " (this stage takes none)" : " (known: " + known + ")");
    }
    if (!same_kind(*def, it.value()))
      return at + ": expected " + type_name(*def) + ", got " + shown(it.value());
    if (def->is_object() && !def->empty()) {
      nlohmann::json inner;
      std::string problem = merge_options(*def, it.value(), at, inner);
      if (!problem.empty()) return problem;
      merged[it.key()] = std::move(inner);
    } else {
      merged[it.key()] = it.value();
    }
  }
  return "";
}

PipelineConfig parse_pipeline_config(std::string_view json_text, const std::string& source) {
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(json_text);
  } catch (const nlohmann::json::parse_error& e) {
    std::string what = e.what();
    std::size_t cut = what.find("parse error");
    throw Error(source + ": " + line_column(json_text, e.byte ? e.byte - 1 : 0) + ": invalid JSON (" +
                (cut == std::string::npos ? what : what.substr(cut)) + ")");
  } catch (const nlohmann::json::out_of_range& e) {
    // Well-formed, but a number past the range of a double ("1e999").
    std::string what = e.what();
    std::size_t cut = what.find("number overflow");
    throw Error(source + ": invalid JSON (" + (cut == std::string::npos ? what : what.substr(cut)) + ")");
  }
  if (!doc.is_object()) throw Error(source + ": expected a JSON object with a \"pipeline\" array");
  for (auto it = doc.begin(); it != doc.end(); ++it)
    if (it.key() != "pipeline")
      throw Error(source + ": /" + escape_pointer_token(it.key()) + ": unknown key (expected only \"pipeline\")");
  auto pipeline = doc.find("pipeline");
  if (pipeline == doc.end()) throw Error(source + ": missing \"pipeline\" (an array of stages)");
  if (!pipeline->is_array()) throw Error(source + ": /pipeline: expected an array, got " + shown(*pipeline));
  if (pipeline->empty()) throw Error(source + ": /pipeline: the pipeline has no stages");

  PipelineConfig config;
  config.source = source;
  std::set<std::string> names;
  for (std::size_t i = 0; i < pipeline->size(); ++i) {
    const nlohmann::json& stage = (*pipeline)[i];
    std::string pointer = "/pipeline/" + std::to_string(i);
    if (!stage.is_object()) throw Error(source + ": " + pointer + ": expected an object, got " + shown(stage));
    for (auto it = stage.begin(); it != stage.end(); ++it)
      if (it.key() != "name" && it.key() != "plugin" && it.key() != "options")
        throw Error(source + ": " + pointer + "/" + escape_pointer_token(it.key()) +
                    ": unknown key (expected \"name\", \"plugin\", \"options\")");
    StageConfig sc;
    sc.plugin = require_string(stage, "plugin", pointer, source, true);
    sc.name = require_string(stage, "name", pointer, source, false);
    if (sc.name.empty()) sc.name = sc.plugin;
    if (!names.insert(sc.name).second)
      throw Error(source + ": " + pointer + "/name: a stage named '" + sc.name + "' is already in the pipeline");
    auto options = stage.find("options");
    if (options != stage.end()) {
      if (!options->is_object())
        throw Error(source + ": " + pointer + "/options: expected an object, got " + shown(*options));
      sc.options = *options;
    }
    config.stages.push_back(std::move(sc));
  }
  return config;
}

PipelineConfig load_pipeline_config(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path + ": cannot open the config file");
  std::ostringstream text;
  text << in.rdbuf();
  return parse_pipeline_config(text.str(), path);
}

PipelineConfig default_pipeline_config() {
  return parse_pipeline_config(default_pipeline_json(), "<default pipeline>");
}

}  // namespace cadena
