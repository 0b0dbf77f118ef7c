// `cadena serve` against `cadena run`, in one run, on the same documents:
// one corpus article (corpus/001_*.txt) sent kRequests times.
//  - CliRun: `cadena run -j 2` over the kRequests documents as JSONL, start-up
//    included: documents/s.
//  - Serve/C: one `cadena serve -j 2` (started once, outside the timing), C
//    keep-alive connections sending the kRequests documents as
//    application/json, each waiting for its answer: requests/s, and the p50
//    and p99 latency of a request in milliseconds.
// The targets: at 16 connections ≥ 0.8× CliRun's documents/s; at 4
// connections p99 ≤ 3× p50. `make bench-serve` builds and runs it.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "serve_process.hpp"

namespace fs = std::filesystem;

namespace {

constexpr int kRequests = 400;

const std::string& article() {
  static const std::string text = [] {
    std::ifstream in(CADENA_SOURCE_DIR "/corpus/001_89594c8156684479.txt", std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }();
  return text;
}

std::string record(int i) {
  return nlohmann::json{{"id", "d" + std::to_string(i)}, {"text", article()}, {"date", "2025-07-13"}}.dump();
}

void CliRun(benchmark::State& state) {
  fs::path jsonl = fs::temp_directory_path() / "cadena-bench-serve.jsonl";
  {
    std::ofstream out(jsonl, std::ios::binary);
    for (int i = 0; i < kRequests; ++i) out << record(i) << '\n';
  }
  std::string command =
      "'" CADENA_BINARY_DIR "/bin/cadena' run -q -j 2 '" + jsonl.string() + "' -o /dev/null 2>/dev/null";
  for (auto _ : state) {
    if (std::system(command.c_str()) != 0) {
      state.SkipWithError("cadena run failed");
      break;
    }
  }
  state.counters["docs_per_s"] = benchmark::Counter(static_cast<double>(kRequests) * state.iterations(),
                                                    benchmark::Counter::kIsRate);
}

ServeProcess& server() {
  static std::unique_ptr<ServeProcess> s = std::make_unique<ServeProcess>(
      std::vector<std::string>{"-j", "2", "--max-queue", "256", "--max-connections", "64"});
  return *s;
}

void Serve(benchmark::State& state) {
  const int connections = static_cast<int>(state.range(0));
  std::vector<std::string> bodies;
  for (int i = 0; i < kRequests; ++i) bodies.push_back(record(i));
  server();  // started here, not in a client thread: it dies with the thread that started it
  std::vector<double> latencies_ms;
  int failures = 0;
  std::string first_failure;
  for (auto _ : state) {
    std::mutex mutex;
    std::vector<std::thread> clients;
    for (int c = 0; c < connections; ++c) {
      clients.emplace_back([&, c] {
        httplib::Client client = server().client();
        client.set_keep_alive(true);
        std::vector<double> mine;
        int failed = 0;
        std::string why;
        for (int i = c; i < kRequests; i += connections) {
          auto start = std::chrono::steady_clock::now();
          auto r = client.Post("/v1/annotate", bodies[i], "application/json");
          mine.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
          if (!r || r->status != 200) {
            ++failed;
            if (why.empty()) why = r ? std::to_string(r->status) + " " + r->body : httplib::to_string(r.error());
          }
        }
        std::lock_guard<std::mutex> lock(mutex);
        latencies_ms.insert(latencies_ms.end(), mine.begin(), mine.end());
        failures += failed;
        if (first_failure.empty()) first_failure = why;
      });
    }
    for (std::thread& t : clients) t.join();
  }
  if (failures)
    state.SkipWithError((std::to_string(failures) + " requests failed; the first: " + first_failure).c_str());
  std::sort(latencies_ms.begin(), latencies_ms.end());
  auto percentile = [&](double p) {
    return latencies_ms.empty() ? 0.0 : latencies_ms[static_cast<std::size_t>(p * (latencies_ms.size() - 1))];
  };
  state.counters["requests_per_s"] = benchmark::Counter(static_cast<double>(kRequests) * state.iterations(),
                                                        benchmark::Counter::kIsRate);
  state.counters["p50_ms"] = percentile(0.50);
  state.counters["p99_ms"] = percentile(0.99);
}

}  // namespace

BENCHMARK(CliRun)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(Serve)->Arg(1)->Arg(4)->Arg(16)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

BENCHMARK_MAIN();
