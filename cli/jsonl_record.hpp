// One JSONL line to one document, as `cadena run` reads .jsonl files and
// stdin and as `cadena serve` reads application/json and NDJSON bodies, so
// that both accept the same lines with the same messages.
#ifndef CADENA_CLI_JSONL_RECORD_HPP
#define CADENA_CLI_JSONL_RECORD_HPP

#include <cadena/input_record.hpp>
#include <cadena/runner.hpp>

#include <nlohmann/json.hpp>
#include <string>

namespace cadena::cli {

// True for a line of spaces and tabs only: it separates nothing and is skipped.
bool is_blank_line(const std::string& line);

// Removes a UTF-8 byte order mark at the start of `text`.
void strip_bom(std::string& text);

// Parses `line` as JSON into `value`; false with `error` saying where not.
bool parse_json_line(const std::string& line, nlohmann::json& value, std::string& error);

// Parses `line` and fills item.doc, or item.error with why not ("malformed
// JSON at byte 12 of the line", "expected a string field \"text\"", ...).
void document_from_jsonl_line(const std::string& line, const RecordDefaults& defaults, RunItem& item);

}  // namespace cadena::cli

#endif  // CADENA_CLI_JSONL_RECORD_HPP
