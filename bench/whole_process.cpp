// Whole-process timings, side by side in one run: `cadena run` with clean+split
// against the bare ICU sentence-iterator program (bench/split/icu_sentences)
// on the same ~10 MB text made by repeating the corpus. Each iteration starts
// the program afresh, so start-up, plugin loading and output count too.
// Compare the ratio of the two, not absolute numbers: these machines are shared.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kTargetBytes = 10u << 20;

// The corpus repeated to ~10 MB, written once per process.
const std::string& corpus_file() {
  static const std::string path = [] {
    std::string corpus;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(CADENA_CORPUS_DIR))
      if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      corpus += s.str() + "\n\n";
    }
    fs::path out = fs::temp_directory_path() / "cadena-bench-corpus-10mb.txt";
    std::ofstream o(out, std::ios::binary);
    std::size_t written = 0;
    while (written < kTargetBytes) {
      o << corpus;
      written += corpus.size();
    }
    return out.string();
  }();
  return path;
}

// Boilerplate removal is off: the repeated corpus is one text, in which it would
// drop every repeated block as a duplicate, and split would then see one copy.
const std::string& clean_split_config() {
  static const std::string path = [] {
    fs::path p = fs::temp_directory_path() / "cadena-bench-clean-split.json";
    std::ofstream(p) << R"({"pipeline":[{"plugin":"clean","options":{"boilerplate":false}},{"plugin":"split"}]})";
    return p.string();
  }();
  return path;
}

void run_command(benchmark::State& state, const std::string& command) {
  std::uintmax_t bytes = fs::file_size(corpus_file());
  for (auto _ : state) {
    if (std::system(command.c_str()) != 0) {
      state.SkipWithError(("failed: " + command).c_str());
      break;
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}

void BM_IcuSentences(benchmark::State& state) {
  run_command(state, std::string(CADENA_BIN_DIR "/icu_sentences ") + corpus_file() + " > /dev/null");
}

void BM_CadenaCleanSplit(benchmark::State& state) {
  run_command(state, std::string(CADENA_BIN_DIR "/cadena run --config ") + clean_split_config() + " " +
                         corpus_file() + " -o /dev/null 2> /dev/null");
}

}  // namespace

BENCHMARK(BM_IcuSentences)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);
BENCHMARK(BM_CadenaCleanSplit)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);
BENCHMARK_MAIN();
