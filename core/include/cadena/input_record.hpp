// A document given as a JSON object {"text", "id"?, "date"?, "lang"?,
// "format"?, "type"?}: a line of a JSONL input, or a call from JavaScript.
#ifndef CADENA_INPUT_RECORD_HPP
#define CADENA_INPUT_RECORD_HPP

#include <cadena/document.hpp>

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

namespace cadena {

struct RecordDefaults {
  std::string id;    // when the record has none
  std::string date;  // likewise; "" for none
  std::string lang = "es";
  std::uint64_t max_bytes = 32u << 20;
};

// The document, or null with `error` saying which field is wrong and why
// (and the text checks of input_checks.hpp).
std::unique_ptr<Document> document_from_record(const nlohmann::json& record, const RecordDefaults& defaults,
                                               std::string& error);

}  // namespace cadena

#endif  // CADENA_INPUT_RECORD_HPP
