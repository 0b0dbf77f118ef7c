// The Python package against the CLI, whole process, side by side in one run:
// `cadena run -j N docs.jsonl` and bench/python/pipe_jsonl.py (Pipeline().pipe
// with threads=N, each line written as doc.to_json()) over the same ~10 MB of
// articles as JSONL (bench/corpus.hpp), N = 1 and 2. Start-up, model loading
// and output count for both. After the table it prints Python's throughput as
// a share of the CLI's, each one's 2-thread speed-up, and Python's CPU time as
// a share of the CLI's: compare those ratios, not absolute numbers, since
// these machines are shared.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <nlohmann/json.hpp>
#include <string>
#include <sys/resource.h>

#include "corpus_jsonl.hpp"

namespace fs = std::filesystem;

namespace {

// CPU seconds (user + system) of the finished child processes so far.
double children_cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

void run_command(benchmark::State& state, const std::string& command) {
  double cpu_before = children_cpu_seconds();
  for (auto _ : state) {
    if (std::system(command.c_str()) != 0) {
      state.SkipWithError(("failed: " + command).c_str());
      break;
    }
  }
  double documents = static_cast<double>(cadena::bench::corpus_documents().size());
  double runs = static_cast<double>(state.iterations());
  state.counters["docs/s"] = benchmark::Counter(documents * runs, benchmark::Counter::kIsRate);
  // What the machine's other users cannot take away: the process's own CPU time.
  if (runs > 0) state.counters["cpu_s"] = (children_cpu_seconds() - cpu_before) / runs;
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * cadena::bench::corpus_bytes()));
}

void BM_Cli(benchmark::State& state) {
  run_command(state, CADENA_BIN_DIR "/cadena run --quiet -j " + std::to_string(state.range(0)) + " " +
                         cadena::bench::corpus_jsonl_file() + " -o /dev/null 2> /dev/null");
}

void BM_Python(benchmark::State& state) {
  run_command(state, "PYTHONPATH=" CADENA_PYTHON_DIR " " CADENA_PYTHON " " CADENA_PIPE_SCRIPT " --threads " +
                         std::to_string(state.range(0)) + " " + cadena::bench::corpus_jsonl_file() + " > /dev/null");
}

// Keeps each benchmark's real time and CPU time per run (the median when
// repeated), for the ratios.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& run : runs) {
      if (run.error_occurred || run.iterations <= 0) continue;
      bool median = run.run_type == Run::RT_Aggregate && run.aggregate_name == "median";
      if (run.run_type != Run::RT_Iteration && !median) continue;
      std::string name = run.run_name.function_name + "/" + run.run_name.args;
      if (median || !medians_.count(name)) {
        seconds_[name] = run.GetAdjustedRealTime();
        auto cpu = run.counters.find("cpu_s");
        if (cpu != run.counters.end()) cpu_[name] = cpu->second.value;
      }
      if (median) medians_.insert(name);
    }
    ConsoleReporter::ReportRuns(runs);
  }
  void PrintRatios() const {
    auto get = [](const std::map<std::string, double>& m, const std::string& name) {
      auto it = m.find(name);
      return it == m.end() ? 0.0 : it->second;
    };
    auto ratio = [&](const char* what, const std::map<std::string, double>& m, const char* a, const char* b) {
      double x = get(m, a), y = get(m, b);
      if (x > 0 && y > 0) std::printf("  %-58s %.2f\n", what, x / y);
    };
    std::printf("\n%zu documents, %.1f MB\n", cadena::bench::corpus_documents().size(),
                cadena::bench::corpus_bytes() / 1e6);
    std::printf("wall-clock throughput ratios:\n");
    ratio("Python threads=1 / CLI -j 1", seconds_, "BM_Cli/1", "BM_Python/1");
    ratio("Python threads=2 / CLI -j 2", seconds_, "BM_Cli/2", "BM_Python/2");
    ratio("Python threads=2 / threads=1", seconds_, "BM_Python/1", "BM_Python/2");
    ratio("CLI -j 2 / -j 1", seconds_, "BM_Cli/1", "BM_Cli/2");
    std::printf("CPU time (user + system), Python / CLI:\n");
    ratio("threads=1 / -j 1", cpu_, "BM_Python/1", "BM_Cli/1");
    ratio("threads=2 / -j 2", cpu_, "BM_Python/2", "BM_Cli/2");
  }

 private:
  std::map<std::string, double> seconds_;
  std::map<std::string, double> cpu_;
  std::set<std::string> medians_;
};

}  // namespace

// On a shared machine run them repeated and interleaved (docs/python.md):
// --benchmark_repetitions=3 --benchmark_enable_random_interleaving=true
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
