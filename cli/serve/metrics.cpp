#include "metrics.hpp"

#include <sstream>

namespace cadena::cli::serve {

void Metrics::request_finished(const std::string& route, int status, double seconds, std::uint64_t bytes_out) {
  --in_flight_;
  std::lock_guard<std::mutex> lock(mutex_);
  ++requests_[{route, status}];
  Histogram& h = latency_[route];
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) {
      ++h.counts[i];
      break;
    }
  }
  ++h.count;
  h.sum += seconds;
  bytes_out_ += bytes_out;
}

std::string Metrics::render(std::size_t queue_waiting, std::size_t queue_capacity, unsigned workers) const {
  std::ostringstream out;
  out.precision(9);
  std::lock_guard<std::mutex> lock(mutex_);
  out << "# HELP cadena_http_requests_total HTTP requests answered, by route and status.\n"
         "# TYPE cadena_http_requests_total counter\n";
  for (const auto& [key, n] : requests_)
    out << "cadena_http_requests_total{route=\"" << key.first << "\",status=\"" << key.second << "\"} " << n << "\n";
  out << "# HELP cadena_http_request_duration_seconds Time from the request's headers to the end of its answer.\n"
         "# TYPE cadena_http_request_duration_seconds histogram\n";
  for (const auto& [route, h] : latency_) {
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      cumulative += h.counts[i];
      out << "cadena_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\"" << kBuckets[i] << "\"} "
          << cumulative << "\n";
    }
    out << "cadena_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\"+Inf\"} " << h.count << "\n"
        << "cadena_http_request_duration_seconds_sum{route=\"" << route << "\"} " << h.sum << "\n"
        << "cadena_http_request_duration_seconds_count{route=\"" << route << "\"} " << h.count << "\n";
  }
  out << "# HELP cadena_http_requests_in_flight Requests being read, processed or answered.\n"
         "# TYPE cadena_http_requests_in_flight gauge\n"
         "cadena_http_requests_in_flight " << in_flight_.load() << "\n"
      << "# HELP cadena_documents_total Documents answered, by outcome (failed: refused input or a stage failure).\n"
         "# TYPE cadena_documents_total counter\n"
         "cadena_documents_total{outcome=\"ok\"} " << documents_ok_.load() << "\n"
         "cadena_documents_total{outcome=\"failed\"} " << documents_failed_.load() << "\n"
      << "# HELP cadena_http_request_bytes_total Request body bytes received.\n"
         "# TYPE cadena_http_request_bytes_total counter\n"
         "cadena_http_request_bytes_total " << bytes_in_ << "\n"
      << "# HELP cadena_http_response_bytes_total Response body bytes sent.\n"
         "# TYPE cadena_http_response_bytes_total counter\n"
         "cadena_http_response_bytes_total " << bytes_out_ << "\n"
      << "# HELP cadena_queue_documents Documents waiting for a pipeline worker.\n"
         "# TYPE cadena_queue_documents gauge\n"
         "cadena_queue_documents " << queue_waiting << "\n"
      << "# HELP cadena_queue_capacity Documents the queue holds before requests get 503 (--max-queue).\n"
         "# TYPE cadena_queue_capacity gauge\n"
         "cadena_queue_capacity " << queue_capacity << "\n"
      << "# HELP cadena_workers Pipeline workers (-j).\n"
         "# TYPE cadena_workers gauge\n"
         "cadena_workers " << workers << "\n";
  return out.str();
}

}  // namespace cadena::cli::serve
