#include "jsonl_record.hpp"

namespace cadena::cli {

bool is_blank_line(const std::string& line) { return line.find_first_not_of(" \t") == std::string::npos; }

void strip_bom(std::string& text) {
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
}

bool parse_json_line(const std::string& line, nlohmann::json& value, std::string& error) {
  try {
    value = nlohmann::json::parse(line);
    return true;
  } catch (const nlohmann::json::parse_error& e) {
    error = "malformed JSON at byte " + std::to_string(e.byte) + " of the line";
  } catch (const nlohmann::json::out_of_range&) {
    // Well-formed, but a number past the range of a double ("1e999").
    error = "malformed JSON: a number too large for a double";
  }
  return false;
}

void document_from_jsonl_line(const std::string& line, const RecordDefaults& defaults, RunItem& item) {
  nlohmann::json obj;
  if (!parse_json_line(line, obj, item.error)) return;
  item.doc = document_from_record(obj, defaults, item.error);
}

}  // namespace cadena::cli
