// The Python package against the CLI, whole process, side by side in one run:
// `cadena run -j N docs.jsonl` and bench/python/pipe_jsonl.py (Pipeline().pipe
// with threads=N, each line written as doc.to_json()) over the same ~10 MB of
// articles as JSONL (bench/corpus.hpp), N = 1 and 2. Start-up, model loading
// and output count for both. After the table it prints Python's throughput as
// a share of the CLI's and each one's 2-thread speed-up: compare those ratios,
// not absolute numbers, since these machines are shared.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "corpus.hpp"

namespace fs = std::filesystem;

namespace {

const std::string& jsonl_file() {
  static const std::string path = [] {
    fs::path p = fs::temp_directory_path() / "cadena-bench-python-10mb.jsonl";
    std::ofstream out(p, std::ios::binary);
    std::size_t n = 0;
    for (const std::string& text : cadena::bench::corpus_documents())
      out << nlohmann::json{{"id", "d" + std::to_string(n++)}, {"text", text}, {"date", "2025-08-14"}}.dump()
          << '\n';
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
  double documents = static_cast<double>(cadena::bench::corpus_documents().size());
  state.counters["docs/s"] = benchmark::Counter(documents * static_cast<double>(state.iterations()),
                                                benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * cadena::bench::corpus_bytes()));
}

void BM_Cli(benchmark::State& state) {
  run_command(state, CADENA_BIN_DIR "/cadena run --quiet -j " + std::to_string(state.range(0)) + " " +
                         jsonl_file() + " -o /dev/null");
}

void BM_Python(benchmark::State& state) {
  run_command(state, "PYTHONPATH=" CADENA_PYTHON_DIR " " CADENA_PYTHON " " CADENA_PIPE_SCRIPT " --threads " +
                         std::to_string(state.range(0)) + " " + jsonl_file() + " > /dev/null");
}

// Keeps each benchmark's real time per iteration, for the ratios.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& run : runs)
      if (!run.error_occurred && run.iterations > 0 && run.run_type == Run::RT_Iteration)
        seconds_[run.run_name.function_name + "/" + run.run_name.args] = run.GetAdjustedRealTime();
    ConsoleReporter::ReportRuns(runs);
  }
  void PrintRatios() const {
    auto time = [&](const std::string& name) {
      auto it = seconds_.find(name);
      return it == seconds_.end() ? 0.0 : it->second;
    };
    double cli1 = time("BM_Cli/1"), cli2 = time("BM_Cli/2");
    double py1 = time("BM_Python/1"), py2 = time("BM_Python/2");
    std::printf("\n%zu documents, %.1f MB\n", cadena::bench::corpus_documents().size(),
                cadena::bench::corpus_bytes() / 1e6);
    if (cli1 > 0 && py1 > 0) std::printf("Python threads=1 throughput / CLI -j 1: %.2f\n", cli1 / py1);
    if (cli2 > 0 && py2 > 0) std::printf("Python threads=2 throughput / CLI -j 2: %.2f\n", cli2 / py2);
    if (py1 > 0 && py2 > 0) std::printf("Python threads=2 speed-up over threads=1: %.2fx\n", py1 / py2);
    if (cli1 > 0 && cli2 > 0) std::printf("CLI -j 2 speed-up over -j 1: %.2fx\n", cli1 / cli2);
  }

 private:
  std::map<std::string, double> seconds_;
};

}  // namespace

// Interleaved, so that a busy spell on the shared machine hits both sides.
BENCHMARK(BM_Cli)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);
BENCHMARK(BM_Python)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  reporter.PrintRatios();
  benchmark::Shutdown();
  return 0;
}
