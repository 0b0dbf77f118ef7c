// Turns the command line's INPUT arguments into a stream of documents, in
// order: .txt and .html files, directories (recursively, sorted), .jsonl files
// of {"id","text","date"?,"lang"?,"format"?,"type"?} and "-" (JSONL on stdin).
// A bad input becomes an item carrying an error that names it (file, and line
// for JSONL), so the run can report it and go on with the others.
#ifndef CADENA_CLI_INPUTS_HPP
#define CADENA_CLI_INPUTS_HPP

#include <cadena/document.hpp>
#include <cadena/runner.hpp>

#include <cstdint>
#include <deque>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cadena::cli {

struct InputOptions {
  std::string date;  // reference date for documents that bring none
  std::string lang = "es";
  std::uint64_t max_bytes = 32u << 20;  // larger documents are refused
  // JSONL on stdin read as the lines after `stdin_lines_before` of the file
  // `stdin_name`: ids and messages then name that file and its lines, as when
  // a part of it is sent to another process (scale/). "" = "<stdin>" from 1.
  std::string stdin_name;
  std::uint64_t stdin_lines_before = 0;
};


class InputReader {
 public:
  InputReader(std::vector<std::string> inputs, InputOptions options);
  // Fills the next item; false at the end of all inputs.
  bool next(RunItem& item);
  // The bytes next() will consume over the whole run, when known before
  // reading (no stdin among the inputs; folders are walked for it).
  std::optional<std::uint64_t> total_bytes() const;
  // Files a directory held that are not documents (other extensions).
  const std::vector<std::string>& skipped() const { return skipped_; }

 private:
  struct Pending {
    std::string path;
    std::string id;
  };
  void expand(const std::string& input);
  bool next_jsonl_line(RunItem& item);
  void read_file(const Pending& p, RunItem& item);

  InputOptions options_;
  std::deque<std::string> inputs_;
  std::deque<Pending> files_;
  std::vector<std::string> skipped_;
  // The JSONL stream being read, if any.
  std::unique_ptr<std::ifstream> jsonl_file_;
  std::istream* jsonl_ = nullptr;
  std::string jsonl_name_;
  std::string jsonl_stem_;
  std::uint64_t jsonl_line_ = 0;
};

}  // namespace cadena::cli

#endif  // CADENA_CLI_INPUTS_HPP
