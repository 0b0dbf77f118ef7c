// The text the benchmarks run on: the corpus articles (corpus/*.txt, in name
// order) repeated to about 10 MB, either as separate documents (what stages
// see in a batch) or joined into one text. Needs CADENA_CORPUS_DIR.
#ifndef CADENA_BENCH_CORPUS_HPP
#define CADENA_BENCH_CORPUS_HPP

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace cadena::bench {

constexpr std::size_t kCorpusBytes = 10u << 20;

// The articles, read once.
inline const std::vector<std::string>& corpus_articles() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> paths;
    for (const auto& entry : std::filesystem::directory_iterator(CADENA_CORPUS_DIR))
      if (entry.path().extension() == ".txt") paths.push_back(entry.path().string());
    std::sort(paths.begin(), paths.end());
    std::vector<std::string> out;
    for (const std::string& path : paths) {
      std::ifstream in(path, std::ios::binary);
      std::stringstream buffer;
      buffer << in.rdbuf();
      out.push_back(buffer.str());
    }
    return out;
  }();
  return texts;
}

// The articles repeated, each copy a document of its own, to about kCorpusBytes.
inline const std::vector<std::string>& corpus_documents() {
  static const std::vector<std::string> documents = [] {
    std::vector<std::string> repeated;
    std::size_t bytes = 0;
    while (bytes < kCorpusBytes && !corpus_articles().empty())
      for (const std::string& text : corpus_articles()) {
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

// The same copies joined into one text, a blank line between articles.
inline const std::string& corpus_text() {
  static const std::string text = [] {
    std::string joined;
    for (const std::string& d : corpus_documents()) joined += d + "\n\n";
    return joined;
  }();
  return text;
}

}  // namespace cadena::bench

#endif  // CADENA_BENCH_CORPUS_HPP
