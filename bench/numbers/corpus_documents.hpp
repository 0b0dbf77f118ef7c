// The texts the numbers and dates benchmarks run on: corpus/*.txt repeated
// until they hold about 10 MB, kept as separate documents (the stages work
// one document at a time).
#ifndef CADENA_BENCH_NUMBERS_CORPUS_DOCUMENTS_HPP
#define CADENA_BENCH_NUMBERS_CORPUS_DOCUMENTS_HPP

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace cadena::bench {

constexpr std::size_t kCorpusBytes = 10u << 20;

inline const std::vector<std::string>& corpus_documents() {
  static const std::vector<std::string> documents = [] {
    std::vector<std::string> paths;
    for (const auto& entry : std::filesystem::directory_iterator(CADENA_CORPUS_DIR))
      if (entry.path().extension() == ".txt") paths.push_back(entry.path().string());
    std::sort(paths.begin(), paths.end());
    std::vector<std::string> texts;
    for (const std::string& path : paths) {
      std::ifstream in(path, std::ios::binary);
      std::stringstream buffer;
      buffer << in.rdbuf();
      texts.push_back(buffer.str());
    }
    std::vector<std::string> repeated;
    std::size_t bytes = 0;
    while (bytes < kCorpusBytes)
      for (const std::string& text : texts) {
        repeated.push_back(text);
        bytes += text.size();
      }
    return repeated;
  }();
  return documents;
}

inline std::size_t corpus_bytes() {
  std::size_t bytes = 0;
  for (const std::string& d : corpus_documents()) bytes += d.size();
  return bytes;
}

}  // namespace cadena::bench

#endif  // CADENA_BENCH_NUMBERS_CORPUS_DOCUMENTS_HPP
