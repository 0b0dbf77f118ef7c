// Whole-process timings, side by side in one run, on the ~10 MB corpus text
// (bench/corpus.hpp): the bare ICU sentence-iterator program
// (bench/split/icu_sentences) on the text as one file, against
//  - `cadena run` with clean+split on that same file (bench/configs/clean-split.json), and
//  - `cadena run` with the full default pipeline at -j 1 and -j 2 on the same
//    articles as JSONL, one document each — as a real batch arrives; one
//    10 MB document would be neither parallel nor news.
// Each iteration starts the program afresh, so start-up, model loading and
// output count too. After the table it prints each time as a ratio of the ICU
// program's and -j 2 against -j 1: compare those, not absolute numbers, since
// these machines are shared.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "corpus_jsonl.hpp"

namespace fs = std::filesystem;

namespace {

// The corpus text as one file, written once per process.
const std::string& text_file() {
  static const std::string path = [] {
    fs::path p = fs::temp_directory_path() / "cadena-bench-corpus-10mb.txt";
    std::ofstream(p, std::ios::binary) << cadena::bench::corpus_text();
    return p.string();
  }();
  return path;
}

void run_command(benchmark::State& state, const std::string& command) {
  for (auto _ : state) {
    if (std::system(command.c_str()) != 0) {
      state.SkipWithError(("failed: " + command).c_str());
      break;
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * cadena::bench::corpus_bytes()));
}

const std::string kCadena = CADENA_BIN_DIR "/cadena run --quiet ";

void BM_IcuSentences(benchmark::State& state) {
  run_command(state, std::string(CADENA_BIN_DIR "/icu_sentences ") + text_file() + " > /dev/null");
}

void BM_CadenaCleanSplit(benchmark::State& state) {
  // -j 1: one thread, as ICU's baseline (the CLI's default is all hardware threads).
  run_command(state, kCadena + "-j 1 --config " CADENA_BENCH_CONFIGS "/clean-split.json " + text_file() +
                         " -o /dev/null 2> /dev/null");
}

void BM_CadenaDefaultPipeline(benchmark::State& state) {
  run_command(state, kCadena + "-j " + std::to_string(state.range(0)) + " " +
                         cadena::bench::corpus_jsonl_file() + " -o /dev/null 2> /dev/null");
}

// Keeps each benchmark's real time per iteration, for the ratios.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& run : runs)
      if (!run.error_occurred && run.iterations > 0)
        seconds_[run.benchmark_name()] = run.GetAdjustedRealTime();
    ConsoleReporter::ReportRuns(runs);
  }
  void PrintRatios() const {
    auto time = [&](const std::string& prefix) {  // names end in options that vary by version
      for (const auto& [name, t] : seconds_)
        if (name.rfind(prefix, 0) == 0) return t;
      return 0.0;
    };
    double icu = time("BM_IcuSentences");
    if (icu <= 0) return;
    std::printf("\nwhole-process time / bare ICU splitter's:\n");
    for (const auto& [name, t] : seconds_) std::printf("  %-52s %6.2fx\n", name.c_str(), t / icu);
    double one = time("BM_CadenaDefaultPipeline/1/");
    double two = time("BM_CadenaDefaultPipeline/2/");
    if (one > 0 && two > 0) std::printf("default pipeline -j 2 speed-up over -j 1: %.2fx\n", one / two);
  }

 private:
  std::map<std::string, double> seconds_;
};

}  // namespace

BENCHMARK(BM_IcuSentences)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);
BENCHMARK(BM_CadenaCleanSplit)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);
BENCHMARK(BM_CadenaDefaultPipeline)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  reporter.PrintRatios();
  benchmark::Shutdown();
  return 0;
}
