// Throughput of the cleaner, in bytes of original per second:
//  - plain text: about 10 MB made by repeating corpus/*.txt, with and without
//    boilerplate removal (the repeats make every block a repeat, so the
//    removal does its most work);
//  - HTML: the 24 development pages of ../shared/data/boilerplate (3.6 MB).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cleaner.hpp"
#include "corpus.hpp"

namespace {

using cadena::clean::Cleaner;
using cadena::clean::CleanOptions;
using cadena::clean::InputFormat;

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::string> files_in(const std::string& dir, const std::string& extension) {
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == extension) paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> contents;
  for (const auto& path : paths) contents.push_back(read_file(path));
  return contents;
}

void clean_text(benchmark::State& state, bool boilerplate) {
  const Cleaner cleaner(CADENA_CLEAN_DATA_DIR, CleanOptions{boilerplate, "es"});
  const std::string& text = cadena::bench::corpus_text();
  for (auto _ : state) {
    benchmark::DoNotOptimize(cleaner.clean(text, InputFormat::kText, "es"));
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

void BM_CleanText(benchmark::State& state) { clean_text(state, true); }
void BM_CleanTextKeepEveryBlock(benchmark::State& state) { clean_text(state, false); }

void BM_CleanHtml(benchmark::State& state) {
  const Cleaner cleaner(CADENA_CLEAN_DATA_DIR, CleanOptions{});
  const std::vector<std::string> pages =
      files_in(std::string(CADENA_SHARED_DATA_DIR) + "/boilerplate/html", ".html");
  std::size_t bytes = 0;
  for (const std::string& page : pages) bytes += page.size();
  for (auto _ : state) {
    for (const std::string& page : pages) {
      benchmark::DoNotOptimize(cleaner.clean(page, InputFormat::kHtml, "es"));
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}

BENCHMARK(BM_CleanText)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CleanTextKeepEveryBlock)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CleanHtml)->Unit(benchmark::kMillisecond);

}  // namespace
