#include <cadena/input_checks.hpp>
#include <cadena/input_record.hpp>
#include <cadena/iso_date.hpp>

namespace cadena {

namespace {

// The string field `key`, "" when absent or null; sets `error` when it is of another type.
std::string optional_string(const nlohmann::json& obj, const char* key, std::string& error) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return "";
  if (!it->is_string()) {
    if (error.empty()) error = std::string("\"") + key + "\" must be a string, got " + it->dump();
    return "";
  }
  return it->get<std::string>();
}

}  // namespace

std::unique_ptr<Document> document_from_record(const nlohmann::json& record, const RecordDefaults& defaults,
                                               std::string& error) {
  error.clear();
  if (!record.is_object()) {
    error = "expected a JSON object with \"text\", got " + std::string(record.type_name());
    return nullptr;
  }
  auto text_it = record.find("text");
  if (text_it == record.end() || !text_it->is_string()) {
    error = "expected a string field \"text\"";
    return nullptr;
  }
  std::string id = defaults.id;
  auto id_it = record.find("id");
  if (id_it != record.end() && !id_it->is_null()) {
    if (id_it->is_string()) id = id_it->get<std::string>();
    else if (id_it->is_number_integer()) id = id_it->dump();
    else error = "\"id\" must be a string or an integer, got " + id_it->dump();
  }
  std::string date = optional_string(record, "date", error);
  std::string lang = optional_string(record, "lang", error);
  std::string format = optional_string(record, "format", error);
  std::string type = optional_string(record, "type", error);
  if (!error.empty()) return nullptr;
  if (!date.empty()) {
    std::string problem = check_iso_date(date);
    if (!problem.empty()) {
      error = "\"date\": " + problem;
      return nullptr;
    }
  }
  if (!format.empty() && format != "text" && format != "html") {
    error = "\"format\" must be \"text\" or \"html\", got \"" + format + "\"";
    return nullptr;
  }
  const std::string& text = text_it->get_ref<const std::string&>();
  error = check_text(text, defaults.max_bytes);
  if (!error.empty()) return nullptr;
  auto doc = std::make_unique<Document>(id, text);
  doc->lang = lang.empty() ? defaults.lang : lang;
  doc->date = date.empty() ? defaults.date : date;
  if (!format.empty()) doc->format = format;
  if (!type.empty()) doc->type = type;
  return doc;
}

}  // namespace cadena
