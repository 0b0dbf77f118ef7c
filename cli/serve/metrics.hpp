// What GET /metrics reports, in the Prometheus text format (version 0.0.4):
// requests by route and status, their latency, documents, bytes, failures,
// and requests in flight. Names start with `cadena_`.
#ifndef CADENA_CLI_SERVE_METRICS_HPP
#define CADENA_CLI_SERVE_METRICS_HPP

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace cadena::cli::serve {

class Metrics {
 public:
  // Upper bounds of the latency histogram's buckets, in seconds (+Inf follows).
  static constexpr std::array<double, 12> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                   0.1,   0.25,   0.5,   1.0,  2.5,   10.0};

  void request_started() { ++in_flight_; }
  // `route` is one of the served paths, or "other" (404s must not create a
  // series per path a scanner tries).
  void request_finished(const std::string& route, int status, double seconds, std::uint64_t bytes_out);
  void add_request_bytes(std::uint64_t n) {
    std::lock_guard<std::mutex> lock(mutex_);
    bytes_in_ += n;
  }
  // Streamed answers have no body to count when they finish: they add as they go.
  void add_response_bytes(std::uint64_t n) {
    std::lock_guard<std::mutex> lock(mutex_);
    bytes_out_ += n;
  }
  void document_done(bool ok) { ++(ok ? documents_ok_ : documents_failed_); }

  // The exposition text; the queue's state is read by the caller.
  std::string render(std::size_t queue_waiting, std::size_t queue_capacity, unsigned workers) const;

 private:
  struct Histogram {
    std::array<std::uint64_t, kBuckets.size()> counts{};  // not cumulative; summed when rendered
    std::uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, std::uint64_t> requests_;
  std::map<std::string, Histogram> latency_;
  std::uint64_t bytes_in_ = 0;
  std::uint64_t bytes_out_ = 0;
  std::atomic<std::int64_t> in_flight_{0};
  std::atomic<std::uint64_t> documents_ok_{0};
  std::atomic<std::uint64_t> documents_failed_{0};
};

}  // namespace cadena::cli::serve

#endif  // CADENA_CLI_SERVE_METRICS_HPP
