// The benchmark corpus (corpus.hpp) as one JSONL file, one document a line,
// for the whole-process benchmarks that feed `cadena run` and Python's `pipe`
// the same input. Written once per process into the temporary folder.
#ifndef CADENA_BENCH_CORPUS_JSONL_HPP
#define CADENA_BENCH_CORPUS_JSONL_HPP

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "corpus.hpp"

namespace cadena::bench {

inline const std::string& corpus_jsonl_file() {
  static const std::string path = [] {
    std::filesystem::path p =
        std::filesystem::temp_directory_path() / "cadena-bench-corpus-10mb.jsonl";
    std::ofstream out(p, std::ios::binary);
    std::size_t n = 0;
    for (const std::string& text : corpus_documents())
      out << nlohmann::json{{"id", "d" + std::to_string(n++)},
                            {"text", text},
                            {"date", "2025-08-14"}}
                 .dump()
          << '\n';
    return p.string();
  }();
  return path;
}

}  // namespace cadena::bench

#endif  // CADENA_BENCH_CORPUS_JSONL_HPP
